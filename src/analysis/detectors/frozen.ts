/**
 * Frozen output: stretches where consecutive frames are practically identical. Generated video always moves a
 * little (noise, camera, subject), so a run of pixel-identical frames means the generator stopped producing motion.
 * Blank frames are left to the blank detector.
 */
import { why } from '../why.ts';
import { FLAT_STD } from '../features.ts';
import { clock, finding, type ClipInfo, type Detector, type DetectorContext, type Finding, type Sample } from './types.ts';

/** Mean |ΔL*| below this and no cell above MAX_CELL: nothing visibly moved. Encoder noise on a still is ~0.05. */
const STILL_MAD = 0.2;
const MAX_CELL = 1.5;
const MIN_S = 0.75;
const MIN_PAIRS = 4;
const WHOLE = 0.9;

interface Run {
  start: number;
  end: number;
  pairs: number;
}

export function frozenDetector(): Detector {
  const out: Finding[] = [];
  let run: Run | undefined;

  // Closed runs are judged in finish(), when the clip's duration is known; capped so memory stays flat.
  const closed: { r: Run; atEnd: boolean }[] = [];
  const close = (atEnd: boolean) => {
    if (run && closed.length < 50) closed.push({ r: run, atEnd });
    run = undefined;
  };
  const judge = ({ r, atEnd }: { r: Run; atEnd: boolean }, clip: ClipInfo) => {
    // The last frozen frame is shown until the next frame (or the clip's end), so the stretch lasts that long.
    const end = atEnd ? clip.durationS : r.end;
    const len = end - r.start;
    if (len < MIN_S || r.pairs < MIN_PAIRS) return;
    if (len >= WHOLE * clip.durationS) {
      out.push(
        finding(
          'blank_output',
          0.95,
          [r.start, end],
          [
            `The picture does not change for ${len.toFixed(1)} s of the ${clip.durationS.toFixed(1)} s clip: a still image instead of a video.`,
          ],
          [r.start, end],
          why('analysis_why_still', len.toFixed(1), clip.durationS.toFixed(1)),
        ),
      );
      return;
    }
    const conf = (atEnd ? 0.8 : 0.7) + Math.min(0.15, (len - MIN_S) * 0.1);
    out.push(
      finding(
        'blank_output',
        conf,
        [r.start, end],
        [
          `From ${clock(r.start)} to ${clock(end)} the video is frozen: ${r.pairs + 1} consecutive sampled frames are identical (no cell changed by more than ${MAX_CELL} L*)${atEnd ? ', until the end of the clip' : ''}.`,
        ],
        [r.start, end],
        why(
          atEnd ? 'analysis_why_frozen_to_end' : 'analysis_why_frozen',
          clock(r.start),
          clock(end),
          String(r.pairs + 1),
          String(MAX_CELL),
        ),
      ),
    );
  };

  return {
    name: 'frozen',
    push(s: Sample, ctx: DetectorContext) {
      const p = s.pair;
      const still = p !== undefined && !s.cut && s.stats.stdL >= FLAT_STD && p.mad < STILL_MAD && p.maxDiff < MAX_CELL;
      if (still) {
        if (!run) {
          run = { start: s.t - p.dt, end: s.t, pairs: 0 };
          ctx.keep(run.start);
        }
        run.end = s.t;
        run.pairs++;
      } else {
        close(false);
      }
    },
    finish(clip: ClipInfo) {
      close(true);
      for (const c of closed) judge(c, clip);
      return out;
    },
  };
}
