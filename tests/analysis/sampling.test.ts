import { describe, expect, it } from 'vitest';
import { selectExpr } from '../../src/cli/node/decode.ts';
import { changeTimes, refineWindows, steadyPlan, wants } from '../../src/analysis/sampling.ts';

describe('sampling plan', () => {
  it('analyses every frame of a typical generated clip', () => {
    expect(steadyPlan({ durationS: 10, fps: 24 })).toEqual({ stride: 1, fps: 24, frames: 240 });
  });

  it('strides high frame rates and long clips, with a frame cap', () => {
    expect(steadyPlan({ durationS: 10, fps: 60 })).toMatchObject({ stride: 2, fps: 30 });
    const hour = steadyPlan({ durationS: 3600, fps: 30 });
    expect(hour.frames).toBeLessThanOrEqual(1800);
    expect(hour.stride).toBe(60);
  });

  it('adds merged dense windows around changes, only when frames were skipped', () => {
    const meta = { durationS: 60, fps: 60 };
    const plan = steadyPlan(meta);
    expect(refineWindows(plan, [10, 10.2, 30, -1, Number.NaN], meta, { around: 0.25 })).toEqual([
      { start: 9.75, end: 10.45 },
      { start: 29.75, end: 30.25 },
    ]);
    expect(refineWindows(steadyPlan({ durationS: 6, fps: 24 }), [3], { durationS: 6, fps: 24 })).toEqual([]);
  });

  it('decides per frame for both decode paths', () => {
    const plan = steadyPlan({ durationS: 10, fps: 60 });
    const windows = [{ start: 1, end: 1.1 }];
    expect(wants(plan, windows, 0, 0)).toBe(true);
    expect(wants(plan, windows, 1, 1 / 60)).toBe(false);
    expect(wants(plan, windows, 61, 61 / 60)).toBe(true);
    expect(selectExpr(plan, windows)).toBe("select='not(mod(n\\,2))+between(t\\,1.000\\,1.100)'");
    expect(selectExpr(steadyPlan({ durationS: 5, fps: 24 }))).toBeUndefined();
  });

  it('takes change times from findings', () => {
    expect(changeTimes([{ at: [1, 2], evidence: [1, 1.5] }])).toEqual([1, 2, 1.5]);
  });
});

describe('pair statistics', () => {
  it('measure a global shift by the median, ignoring a moving minority', async () => {
    const { gridFromRgb } = await import('../../src/analysis/frames.ts');
    const { frameStats, pairStats } = await import('../../src/analysis/features.ts');
    const cells = (lift: number, odd: boolean) =>
      Array.from({ length: 64 * 36 }, (_, i) =>
        odd && i % 10 === 0 ? [250, 0, 0] : [60 + lift + (i % 7) * 15, 60 + lift + (i % 7) * 15, 100 + lift],
      ).flat();
    const a = gridFromRgb(0, 64, 36, cells(0, false));
    const b = gridFromRgb(0.04, 64, 36, cells(20, true));
    const p = pairStats(a, b, frameStats(a), frameStats(b));
    expect(p.shift[0]).toBeGreaterThan(6);
    expect(Math.abs(p.shift[1])).toBeLessThan(0.5);
    expect(p.corr).toBeGreaterThan(0.3);
  });
});
