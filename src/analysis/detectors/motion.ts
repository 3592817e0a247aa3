/**
 * Suspected physics violations: a motion discontinuity inside one shot, e.g. an object that vanishes in one place
 * and reappears elsewhere between two frames. A cut changes the whole layout (cuts.ts); this looks for a local
 * change that no small motion explains, which spikes for one frame pair while the motion around it is smooth.
 * Reported with low confidence and the frames before and after: a fast but real motion can look the same.
 */
import { why } from '../why.ts';
import type { Grid } from '../frames.ts';
import { CHANGED, FLAT_STD } from '../features.ts';
import { clock, finding, type ClipInfo, type Detector, type DetectorContext, type Finding, type Sample } from './types.ts';

/** Search radius in cells (about 5% of the frame width per frame at 64 cells). */
const R = 3;
/** A changed cell is unexplained when no cell within R in the other frame has its colour (Lab L1, compensated). */
const NO_MATCH = 15;
/**
 * ...and at least this many of its 8 neighbours changed too. Sub-cell motion changes thin 1-cell edges whose blend
 * colours match nothing exactly; requiring a changed neighbourhood keeps only the inside of a whole region.
 */
const NEIGHBOURS = 6;
/**
 * Smallest unexplained area worth reporting: 0.5% of the grid (12 cells of 64x36, an object about 1/14 of the frame
 * wide). Compression ringing and chroma bleed where two objects overlap leave 3-6 cells; a jump leaves dozens.
 */
const MIN_SHARE = 0.005;
/** The spike must be this many times the shot's usual unexplained count, and the next pair must fall back. */
const SPIKE = 3;
/** More than this share of cells changed = camera motion or a transition, not an object jumping. */
const LOCAL_MAX = 0.5;
const MAX_FINDINGS = 5;
/** Frame pairs whose global colour shift exceeds this (ΔE) are skipped; the colour detector covers them. */
const GLOBAL_MAX = 1;

export interface Region {
  count: number;
  cx: number;
  cy: number;
  cur: Vec3;
  prev: Vec3;
}
type Vec3 = [number, number, number];

/** Lab L1 between `a` at cell i and `b` at cell j, `b` moved by the global shift. */
const dist = (a: Grid, b: Grid, i: number, j: number, sh: readonly number[]) =>
  Math.abs(a.L[i]! - b.L[j]! - sh[0]!) + Math.abs(a.A[i]! - b.A[j]! - sh[1]!) + Math.abs(a.B[i]! - b.B[j]! - sh[2]!);

/**
 * Mask of cells of `cur` that changed vs `prev` and whose colour appears nowhere within R in `prev`: content that
 * no small motion brings there. Both ends of a jump show up (where it went, and the hole where it was).
 */
export function unexplained(cur: Grid, prev: Grid, shift: readonly number[]): { mask: Uint8Array; count: number } {
  const { w, h } = cur;
  const changed = new Uint8Array(w * h);
  for (let i = 0; i < w * h; i++) changed[i] = dist(cur, prev, i, i, shift) > CHANGED ? 1 : 0;
  const mask = new Uint8Array(w * h);
  let count = 0;
  // Skip the border ring: objects entering the frame legitimately have nothing to match yet.
  for (let y = 1; y < h - 1; y++) {
    for (let x = 1; x < w - 1; x++) {
      const i = y * w + x;
      if (!changed[i]) continue;
      let around = 0;
      for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) around += changed[i + dy * w + dx]!;
      if (around - 1 < NEIGHBOURS) continue;
      let best = Infinity;
      for (let yy = Math.max(0, y - R); yy <= Math.min(h - 1, y + R) && best > NO_MATCH; yy++) {
        for (let xx = Math.max(0, x - R); xx <= Math.min(w - 1, x + R); xx++) {
          const v = dist(cur, prev, i, yy * w + xx, shift);
          if (v < best) best = v;
        }
      }
      if (best > NO_MATCH) {
        mask[i] = 1;
        count++;
      }
    }
  }
  return { mask, count };
}

/** Connected regions of the mask (8-neighbour), largest first, with their mean colour now and before. */
export function regions(mask: Uint8Array, cur: Grid, prev: Grid): Region[] {
  const { w, h } = cur;
  const seen = new Uint8Array(mask.length);
  const out: Region[] = [];
  for (let s = 0; s < mask.length; s++) {
    if (!mask[s] || seen[s]) continue;
    const stack = [s];
    seen[s] = 1;
    const r: Region = { count: 0, cx: 0, cy: 0, cur: [0, 0, 0], prev: [0, 0, 0] };
    while (stack.length) {
      const i = stack.pop()!;
      const x = i % w;
      const y = (i - x) / w;
      r.count++;
      r.cx += x;
      r.cy += y;
      r.cur = [r.cur[0] + cur.L[i]!, r.cur[1] + cur.A[i]!, r.cur[2] + cur.B[i]!];
      r.prev = [r.prev[0] + prev.L[i]!, r.prev[1] + prev.A[i]!, r.prev[2] + prev.B[i]!];
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const nx = x + dx;
          const ny = y + dy;
          const j = ny * w + nx;
          if (nx < 0 || ny < 0 || nx >= w || ny >= h || !mask[j] || seen[j]) continue;
          seen[j] = 1;
          stack.push(j);
        }
      }
    }
    const n = r.count;
    out.push({
      count: n,
      cx: (r.cx / n + 0.5) / w,
      cy: (r.cy / n + 0.5) / h,
      cur: r.cur.map((v) => v / n) as Vec3,
      prev: r.prev.map((v) => v / n) as Vec3,
    });
  }
  return out.sort((a, b) => b.count - a.count);
}

const l1 = (a: Vec3, b: Vec3) => Math.abs(a[0] - b[0]) + Math.abs(a[1] - b[1]) + Math.abs(a[2] - b[2]);
/** The same thing at both ends of a jump: what appears at one end looked like this at the other end before. */
const SAME_THING = 25;

interface Candidate {
  tPrev: number;
  t: number;
  regions: Region[];
  count: number;
  ratio: number;
  localShare: number;
}

export function motionDetector(): Detector {
  const found: { conf: number; f: Finding }[] = [];
  let typical: number | undefined;
  let pending: Candidate | undefined;

  const report = (c: Candidate) => {
    const pos = (r: Region) => `(${Math.round(r.cx * 100)}% across, ${Math.round(r.cy * 100)}% down)`;
    const posWhy = (r: Region) => why('analysis_why_position', String(Math.round(r.cx * 100)), String(Math.round(r.cy * 100)));
    const [p, q] = c.regions;
    let what = `a region around ${p ? pos(p) : 'the frame'} changes abruptly in a way no nearby motion explains`;
    let whatWhy = why('analysis_why_motion_region', p ? posWhy(p) : why('analysis_why_the_frame'));
    let conf = 0.35;
    if (p && q && q.count >= 3) {
      // Which end is the source: the one whose earlier colour matches what the other end shows now.
      const [src, dst] = l1(q.cur, p.prev) < l1(p.cur, q.prev) ? [p, q] : [q, p];
      const gap = Math.hypot(dst.cx - src.cx, (dst.cy - src.cy) * (9 / 16));
      const same = l1(dst.cur, src.prev) < SAME_THING;
      conf += 0.1 + (same ? 0.05 : 0);
      what = same
        ? `what was around ${pos(src)} reappears around ${pos(dst)}, a jump of about ${Math.round(gap * 100)}% of the frame width in one frame step`
        : `regions around ${pos(src)} and ${pos(dst)} change at once with no motion between them`;
      whatWhy = same
        ? why('analysis_why_motion_jump', posWhy(src), posWhy(dst), String(Math.round(gap * 100)))
        : why('analysis_why_motion_pair', posWhy(src), posWhy(dst));
    }
    conf += Math.min(0.05, (c.ratio - SPIKE) * 0.01);
    const f = finding(
      'physics',
      conf,
      [c.tPrev, c.t],
      [
        `Between ${clock(c.tPrev, 2)} and ${clock(c.t, 2)}, within one shot (no cut: ${Math.round((1 - c.localShare) * 100)}% of the frame is unchanged), ${what}; the motion just before and after is smooth. Suspected: check the two frames.`,
      ],
      [c.tPrev, c.t],
      why('analysis_why_motion', clock(c.tPrev, 2), clock(c.t, 2), String(Math.round((1 - c.localShare) * 100)), whatWhy),
    );
    found.push({ conf, f });
    found.sort((a, b) => b.conf - a.conf);
    if (found.length > MAX_FINDINGS) found.pop();
  };

  return {
    name: 'motion',
    push(s: Sample, ctx: DetectorContext) {
      const p = s.pair;
      if (s.cut || !p || !s.prev) {
        typical = undefined;
        pending = undefined;
        return;
      }
      // A global exposure change (flicker) alters objects and background unequally; matching is unreliable then.
      const usable = s.stats.stdL >= FLAT_STD && p.changedFrac <= LOCAL_MAX && Math.hypot(...p.shift) < GLOBAL_MAX;
      const { mask, count } = usable ? unexplained(s.grid, s.prev, p.shift) : { mask: undefined, count: 0 };
      if (pending) {
        // Confirm the spike: the pair after it must be back to ordinary motion.
        if (count * SPIKE <= pending.count) report(pending);
        pending = undefined;
      }
      const ratio = count / Math.max(typical ?? 0, 1);
      if (mask && count >= Math.max(8, MIN_SHARE * mask.length) && ratio >= SPIKE) {
        pending = {
          tPrev: s.t - p.dt,
          t: s.t,
          regions: regions(mask, s.grid, s.prev).slice(0, 2),
          count,
          ratio,
          localShare: p.changedFrac,
        };
        ctx.keep(s.t - p.dt);
        ctx.keep(s.t);
      } else {
        typical = typical === undefined ? count : 0.7 * typical + 0.3 * count;
      }
    },
    finish(_clip: ClipInfo) {
      // A jump on the very last pair has no "after" to confirm against; report it anyway, it is still local.
      if (pending) report(pending);
      return found.map((x) => x.f).sort((a, b) => a.at[0] - b.at[0]);
    },
  };
}
