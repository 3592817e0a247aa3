/**
 * Temporal colour coherence: flicker and drift, measured on the median per-cell Lab shift between consecutive
 * frames (PairStats.shift). The median tracks the scene's global exposure/white balance and ignores moving objects,
 * so a red ball crossing the frame is not "colour drift". State is per shot: a cut legitimately changes colour.
 */
import type { MessageKey } from '../../shared/i18n.ts';
import { type Why, why } from '../why.ts';
import { FLAT_STD } from '../features.ts';
import { clock, finding, type ClipInfo, type Detector, type DetectorContext, type Finding, type Sample } from './types.ts';

/** A frame-to-frame global shift at least this large (ΔE) counts as a step; H.264 noise stays far below it. */
const STEP = 1.2;
/** Flicker = at least this many direction reversals of significant steps within WINDOW seconds. */
const REVERSALS = 3;
const WINDOW = 1.5;
/** Flicker episodes closer than this merge into one finding. */
const GAP = 0.5;
/** Drift = the mean colour moved at least DRIFT ΔE, mostly one way (net/path >= STEADY), over >= MIN_DRIFT_S. */
const DRIFT = 6;
const STEADY = 0.6;
const MIN_DRIFT_S = 1;
/**
 * Drift is judged on the cumulative shift averaged over CHUNK-second blocks: encoder noise and flicker (several
 * cycles per block) average out instead of piling up as path length or posing as a net shift.
 */
const CHUNK = 0.5;

type Vec = [number, number, number];
const norm = (v: Vec) => Math.hypot(v[0], v[1], v[2]);
const dot = (a: Vec, b: Vec) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];

interface Step {
  t: number;
  tPrev: number;
  g: Vec;
}
interface Episode {
  start: number;
  end: number;
  reversals: number;
  peak: number;
  peakAt: [number, number];
}

/** Each Lab axis's two directions (positive, negative), as English words and as message keys for the popup. */
type Direction = { en: string; key: MessageKey };
const DIRECTIONS: readonly [Direction, Direction][] = [
  [
    { en: 'brighter', key: 'analysis_why_brighter' },
    { en: 'darker', key: 'analysis_why_darker' },
  ],
  [
    { en: 'toward red/magenta', key: 'analysis_why_toward_red' },
    { en: 'toward green', key: 'analysis_why_toward_green' },
  ],
  [
    { en: 'toward yellow', key: 'analysis_why_toward_yellow' },
    { en: 'toward blue', key: 'analysis_why_toward_blue' },
  ],
];

/** A Lab shift's directions that count (at least 1 unit), largest first. */
function shiftParts(v: Vec): Direction[] {
  return DIRECTIONS.map(([up, down], i) => ({ m: Math.abs(v[i]!), d: v[i]! > 0 ? up : down }))
    .filter((x) => x.m >= 1)
    .sort((a, b) => b.m - a.m)
    .map((x) => x.d);
}

/** Plain words for a Lab shift, largest component first, so a support agent can picture it. */
export function describeShift(v: Vec): string {
  return (
    shiftParts(v)
      .map((p) => p.en)
      .join(', ') || 'slightly'
  );
}

/** The same, as a phrase for the popup to word (one, two or three directions, or "slightly"). */
export function shiftWhy(v: Vec): Why {
  const words = shiftParts(v).map((p) => why(p.key));
  if (words.length === 0) return why('analysis_why_slightly');
  if (words.length === 1) return words[0]!;
  return why(words.length === 2 ? 'analysis_why_list_two' : 'analysis_why_list_three', ...words);
}

export function colorDetector(): Detector {
  const out: Finding[] = [];
  let window: Step[] = [];
  let ep: Episode | undefined;
  // Drift state for the current shot.
  let cum: Vec = [0, 0, 0];
  let chunk = { start: 0, sum: [0, 0, 0] as Vec, n: 0 };
  let last: Vec = [0, 0, 0];
  let path = 0;
  let best = { norm: 0, t: 0, vec: [0, 0, 0] as Vec, path: 0 };
  let moveStart: number | undefined;
  let crossed: number | undefined;

  /** Close a chunk: its mean cumulative shift is one point of the smoothed colour track. */
  const flushChunk = (t: number, ctx?: DetectorContext) => {
    if (chunk.n === 0) return;
    const mean: Vec = [chunk.sum[0] / chunk.n, chunk.sum[1] / chunk.n, chunk.sum[2] / chunk.n];
    path += norm([mean[0] - last[0], mean[1] - last[1], mean[2] - last[2]]);
    last = mean;
    const n = norm(mean);
    if (moveStart === undefined && n >= 0.5) moveStart = chunk.start;
    if (n > best.norm) best = { norm: n, t, vec: mean, path };
    if (crossed === undefined && n >= DRIFT) {
      crossed = t;
      ctx?.keep(t);
    }
    chunk = { start: t, sum: [0, 0, 0], n: 0 };
  };

  const closeEpisode = () => {
    if (!ep) return;
    const { start, end, reversals, peak, peakAt } = ep;
    const rate = reversals / Math.max(0.5, end - start);
    const conf = 0.55 + Math.min(0.25, reversals * 0.03) + Math.min(0.15, (peak - STEP) * 0.05);
    out.push(
      finding(
        'color',
        conf,
        [start, end],
        [
          `From ${clock(start)} to ${clock(end)} the whole frame's colour/brightness flickers: it reverses direction ${reversals} times (about ${rate.toFixed(1)} per second) within one shot, with steps up to ΔE ${peak.toFixed(1)} between consecutive frames.`,
        ],
        [start, ...peakAt],
        why('analysis_why_flicker', clock(start), clock(end), String(reversals), rate.toFixed(1), peak.toFixed(1)),
      ),
    );
    ep = undefined;
  };

  const closeShot = (t: number) => {
    closeEpisode();
    flushChunk(t);
    const dur = best.t - (moveStart ?? best.t);
    const ratio = best.path > 0 ? best.norm / best.path : 0;
    if (moveStart !== undefined && best.norm >= DRIFT && ratio >= STEADY && dur >= MIN_DRIFT_S) {
      const v = best.vec;
      const conf = 0.5 + Math.min(0.3, (best.norm - DRIFT) * 0.03) + Math.min(0.15, (ratio - STEADY) * 0.4);
      out.push(
        finding(
          'color',
          conf,
          [moveStart, best.t],
          [
            `From ${clock(moveStart)} to ${clock(best.t)} the colour drifts steadily within one shot (no cut): the scene's colour moved ΔE ${best.norm.toFixed(1)} (${describeShift(v)}; L* ${v[0].toFixed(1)}, a* ${v[1].toFixed(1)}, b* ${v[2].toFixed(1)}), ${Math.round(ratio * 100)}% of it in one direction.`,
          ],
          [moveStart, ...(crossed !== undefined ? [crossed] : []), best.t],
          why(
            'analysis_why_drift',
            clock(moveStart),
            clock(best.t),
            best.norm.toFixed(1),
            shiftWhy(v),
            v[0].toFixed(1),
            v[1].toFixed(1),
            v[2].toFixed(1),
            String(Math.round(ratio * 100)),
          ),
        ),
      );
    }
    window = [];
    cum = [0, 0, 0];
    last = [0, 0, 0];
    chunk = { start: t, sum: [0, 0, 0], n: 0 };
    path = 0;
    best = { norm: 0, t: 0, vec: [0, 0, 0], path: 0 };
    moveStart = undefined;
    crossed = undefined;
  };

  return {
    name: 'color',
    push(s: Sample, ctx: DetectorContext) {
      const p = s.pair;
      if (s.cut) closeShot(s.t - (p?.dt ?? 0));
      if (!p || s.cut) {
        chunk = { start: s.t, sum: [0, 0, 0], n: 0 };
        return;
      }
      // Blank frames carry no colour to track; the blank detector reports them.
      if (s.stats.stdL < FLAT_STD) return;
      const g: Vec = [p.shift[0], p.shift[1], p.shift[2]];
      const m = norm(g);
      const tPrev = s.t - p.dt;

      // Drift: cumulative shift, smoothed per chunk.
      cum = [cum[0] + g[0], cum[1] + g[1], cum[2] + g[2]];
      chunk.sum = [chunk.sum[0] + cum[0], chunk.sum[1] + cum[1], chunk.sum[2] + cum[2]];
      chunk.n++;
      if (s.t - chunk.start >= CHUNK) flushChunk(s.t, ctx);

      // Flicker: direction reversals among significant steps in the last WINDOW seconds.
      if (m < STEP) return;
      const last = window[window.length - 1];
      window.push({ t: s.t, tPrev, g });
      window = window.filter((w) => w.t > s.t - WINDOW);
      let rev = 0;
      for (let i = 1; i < window.length; i++) if (dot(window[i - 1]!.g, window[i]!.g) < 0) rev++;
      const reversed = last !== undefined && last.t > s.t - WINDOW && dot(last.g, g) < 0;
      if (ep && s.t - ep.end > GAP) closeEpisode();
      if (rev >= REVERSALS) {
        if (!ep) {
          ep = { start: window[0]!.tPrev, end: s.t, reversals: rev, peak: m, peakAt: [tPrev, s.t] };
          ctx.keep(tPrev);
          ctx.keep(s.t);
        } else {
          ep.end = s.t;
          if (reversed) ep.reversals++;
        }
        if (m > ep.peak) {
          ep.peak = m;
          ep.peakAt = [tPrev, s.t];
        }
      } else if (ep && reversed) {
        ep.end = s.t;
        ep.reversals++;
      }
    },
    finish(clip: ClipInfo) {
      closeShot(clip.durationS);
      return out;
    },
  };
}
