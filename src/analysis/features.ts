/**
 * Per-frame and frame-to-frame statistics, computed once per sampled frame by the runner and shared by every
 * detector, so adding a detector does not add another pass over the cells.
 */
import type { Grid } from './frames.ts';

export interface FrameStats {
  meanL: number;
  meanA: number;
  meanB: number;
  /** Spread of L* over the cells: near 0 for a blank (uniform) frame. */
  stdL: number;
  /** Spread of chroma over the cells, so a uniform but coloured frame also reads as blank. */
  stdAB: number;
}

export interface PairStats {
  /** Seconds since the previous sampled frame. */
  dt: number;
  /** Mean |ΔL*| over cells, uncompensated. */
  mad: number;
  /** Largest |ΔL*| of any cell: a frozen pair has no cell that moved at all. */
  maxDiff: number;
  /**
   * Median per-cell shift of L*, a*, b*. The median ignores whatever moves in a minority of the frame, so it
   * measures a global exposure/colour change (flicker, drift) without being fooled by moving objects.
   */
  shift: [number, number, number];
  /** Mean Lab L1 difference per cell after removing `shift`: local change only. */
  localMad: number;
  /** Share of cells whose shift-compensated Lab L1 change exceeds CHANGED (a visible local change). */
  changedFrac: number;
  /** Pearson correlation of the two L* grids: layout similarity, unaffected by a brightness/contrast change. */
  corr: number;
}

export const CHANGED = 12;
/** Below this L* spread a frame has no layout to correlate (blank); the cut rule treats it separately. */
export const FLAT_STD = 2.5;

export function frameStats(g: Grid): FrameStats {
  const n = g.L.length;
  let sl = 0;
  let sa = 0;
  let sb = 0;
  for (let i = 0; i < n; i++) {
    sl += g.L[i]!;
    sa += g.A[i]!;
    sb += g.B[i]!;
  }
  const meanL = sl / n;
  const meanA = sa / n;
  const meanB = sb / n;
  let vl = 0;
  let vab = 0;
  for (let i = 0; i < n; i++) {
    vl += (g.L[i]! - meanL) ** 2;
    vab += (g.A[i]! - meanA) ** 2 + (g.B[i]! - meanB) ** 2;
  }
  return { meanL, meanA, meanB, stdL: Math.sqrt(vl / n), stdAB: Math.sqrt(vab / n) };
}

const scratch = { buf: new Float32Array(0) };

/** k-th smallest value, in place (Hoare quickselect): O(n), where sorting 2304 cells three times a frame was not. */
function select(d: Float32Array, k: number): number {
  let lo = 0;
  let hi = d.length - 1;
  while (lo < hi) {
    const pivot = d[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (d[i]! < pivot) i++;
      while (d[j]! > pivot) j--;
      if (i <= j) {
        const t = d[i]!;
        d[i] = d[j]!;
        d[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return d[k]!;
}

function medianDiff(a: Float32Array, b: Float32Array): number {
  if (scratch.buf.length !== a.length) scratch.buf = new Float32Array(a.length);
  const d = scratch.buf;
  for (let i = 0; i < a.length; i++) d[i] = a[i]! - b[i]!;
  const m = d.length >> 1;
  if (d.length % 2) return select(d, m);
  const hi = select(d, m);
  // After selecting m, everything below index m is <= d[m]; the lower middle is their maximum.
  let lo = -Infinity;
  for (let i = 0; i < m; i++) if (d[i]! > lo) lo = d[i]!;
  return (lo + hi) / 2;
}

export function pairStats(prev: Grid, cur: Grid, ps: FrameStats, cs: FrameStats): PairStats {
  const n = cur.L.length;
  const shift: [number, number, number] = [medianDiff(cur.L, prev.L), medianDiff(cur.A, prev.A), medianDiff(cur.B, prev.B)];
  let mad = 0;
  let maxDiff = 0;
  let local = 0;
  let changed = 0;
  let cov = 0;
  for (let i = 0; i < n; i++) {
    const dl = cur.L[i]! - prev.L[i]!;
    const adl = Math.abs(dl);
    mad += adl;
    if (adl > maxDiff) maxDiff = adl;
    const l1 = Math.abs(dl - shift[0]) + Math.abs(cur.A[i]! - prev.A[i]! - shift[1]) + Math.abs(cur.B[i]! - prev.B[i]! - shift[2]);
    local += l1;
    if (l1 > CHANGED) changed++;
    cov += (cur.L[i]! - cs.meanL) * (prev.L[i]! - ps.meanL);
  }
  return {
    dt: cur.t - prev.t,
    mad: mad / n,
    maxDiff,
    shift,
    localMad: local / n,
    changedFrac: changed / n,
    corr: correlation(cov / n, ps, cs),
  };
}

/** Correlation with blank frames defined: two blanks of the same colour are "the same layout", otherwise not. */
function correlation(cov: number, ps: FrameStats, cs: FrameStats): number {
  const pFlat = ps.stdL < FLAT_STD;
  const cFlat = cs.stdL < FLAT_STD;
  if (pFlat && cFlat) return Math.abs(ps.meanL - cs.meanL) < 5 ? 1 : 0;
  if (pFlat || cFlat) return 0;
  return cov / (ps.stdL * cs.stdL);
}
