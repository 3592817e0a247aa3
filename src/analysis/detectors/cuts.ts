/**
 * Shot-cut detection. A cut changes the whole frame's layout at once; flicker changes brightness but keeps the
 * layout, and a moving or jumping object changes only part of it. So the rule is on layout correlation plus the
 * share of cells that changed, and other detectors (colour, motion, identity) reset their per-shot state at a cut
 * instead of reporting it.
 */
import { FLAT_STD, type FrameStats, type PairStats } from '../features.ts';

/** Below this L* correlation the two frames do not share a layout. */
const CUT_CORR = 0.5;
/** And at least this share of cells must have changed locally (after removing a global exposure shift). */
const CUT_CHANGED = 0.25;

export function isCut(pair: PairStats, prev: FrameStats, cur: FrameStats): boolean {
  const pFlat = prev.stdL < FLAT_STD;
  const cFlat = cur.stdL < FLAT_STD;
  if (pFlat && cFlat) return pair.corr < 1;
  // Into or out of a blank frame there is no layout to correlate: a clear change of level or content is a cut.
  if (pFlat || cFlat) return Math.abs(prev.meanL - cur.meanL) > 8 || pair.localMad > 8;
  return pair.corr < CUT_CORR && pair.changedFrac > CUT_CHANGED;
}

/** Collects cut times for the result (capped: a long edited film must not grow the list without bound). */
export class CutLog {
  readonly times: number[] = [];
  count = 0;
  constructor(private readonly cap = 200) {}
  add(t: number): void {
    this.count++;
    if (this.times.length < this.cap) this.times.push(Math.round(t * 1000) / 1000);
  }
}
