/**
 * Blank and black frames: frames with no layout (uniform L* and chroma). A whole blank clip is a hard failure; a
 * blank stretch inside the clip is a glitch. Short blank runs at the very start or end are treated as fades.
 */
import { FLAT_STD } from '../features.ts';
import { why } from '../why.ts';
import { clock, finding, type ClipInfo, type Detector, type DetectorContext, type Finding, type Sample } from './types.ts';

const FLAT_CHROMA = 3;
const BLACK_L = 12;
/** Blank runs touching the clip's start or end shorter than this are fade-ins/outs, not failures. */
const FADE_S = 1;
/** Share of the clip that makes it "a blank video" rather than "a blank moment". */
const WHOLE = 0.9;

interface Run {
  start: number;
  frames: number;
  black: boolean;
  before?: number;
  first: number;
}

export function blankDetector(): Detector {
  const out: Finding[] = [];
  let run: Run | undefined;
  let firstT: number | undefined;
  let lastNonBlank: number | undefined;

  // Closed runs are judged in finish(), when the clip's duration is known; capped so a strobing clip stays small.
  const closed: { r: Run; end: number; atEnd: boolean }[] = [];
  const close = (end: number, atEnd: boolean) => {
    if (run && closed.length < 50) closed.push({ r: run, end, atEnd });
    run = undefined;
  };
  const judge = ({ r, end, atEnd }: { r: Run; end: number; atEnd: boolean }, clip: ClipInfo) => {
    const len = end - r.start;
    const what = r.black ? 'black' : 'blank (one flat colour)';
    const whatWhy = why(r.black ? 'analysis_why_black' : 'analysis_why_flat');
    const touchesEdge = r.start <= (firstT ?? 0) || atEnd;
    if (len >= WHOLE * clip.durationS) {
      out.push(
        finding(
          'blank_output',
          0.97,
          [r.start, end],
          [`The video is ${what} for ${len.toFixed(1)} s of its ${clip.durationS.toFixed(1)} s: no picture was generated.`],
          [r.first],
          why('analysis_why_blank_whole', whatWhy, len.toFixed(1), clip.durationS.toFixed(1)),
        ),
      );
      return;
    }
    if (touchesEdge && len < FADE_S) return;
    const where = atEnd ? 'until the end of the clip' : touchesEdge ? 'from the start of the clip' : 'in the middle of the clip';
    const whereWhy = why(atEnd ? 'analysis_why_until_end' : touchesEdge ? 'analysis_why_from_start' : 'analysis_why_in_middle');
    const conf = 0.6 + Math.min(0.3, len * 0.3);
    out.push(
      finding(
        'blank_output',
        conf,
        [r.start, end],
        [
          `From ${clock(r.start)} to ${clock(end)} the picture is ${what} (${r.frames} sampled frame${r.frames === 1 ? '' : 's'}, ${len.toFixed(2)} s) ${where}.`,
        ],
        [...(r.before !== undefined ? [r.before] : []), r.first, ...(atEnd ? [] : [end])],
        why(
          r.frames === 1 ? 'analysis_why_blank_moment_one' : 'analysis_why_blank_moment_many',
          clock(r.start),
          clock(end),
          whatWhy,
          String(r.frames),
          len.toFixed(2),
          whereWhy,
        ),
      ),
    );
  };

  return {
    name: 'blank',
    push(s: Sample, ctx: DetectorContext) {
      firstT ??= s.t;
      const blank = s.stats.stdL < FLAT_STD && s.stats.stdAB < FLAT_CHROMA;
      if (blank) {
        const black = s.stats.meanL < BLACK_L;
        if (!run) {
          run = { start: s.t, frames: 0, black, first: s.t, ...(lastNonBlank !== undefined ? { before: lastNonBlank } : {}) };
          ctx.keep(s.t);
          if (lastNonBlank !== undefined) ctx.keep(lastNonBlank);
        }
        run.frames++;
        run.black &&= black;
      } else {
        if (run) ctx.keep(s.t);
        close(s.t, false);
        lastNonBlank = s.t;
      }
    },
    finish(clip: ClipInfo) {
      close(clip.durationS, true);
      // Nothing decoded at all: a video with no pictures. (With a declared duration, truncated.ts says more.)
      if (clip.framesAnalysed === 0 && clip.declaredS === undefined)
        out.push(
          finding(
            'blank_output',
            0.9,
            [0, 0],
            ['No frame of the video could be decoded: there is no picture at all.'],
            [],
            why('analysis_why_no_frames'),
          ),
        );
      for (const c of closed) judge(c, clip);
      return out;
    },
  };
}
