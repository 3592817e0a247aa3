import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analysis/run.ts';
import type { Finding } from '../../src/analysis/detectors/types.ts';
import { clock } from '../../src/analysis/detectors/types.ts';
import { describeShift } from '../../src/analysis/detectors/color.ts';
import { requestedDurationFromPrompt, truncatedFindings } from '../../src/analysis/detectors/truncated.ts';
import { HARD_FAILURES } from '../../src/modes/hard.ts';
import { qualityMode } from '../../src/modes/index.ts';
import { synth, type SynthSpec } from './synth.ts';

const run = (spec: SynthSpec, opts = {}) => analyse(synth(spec), opts);
const only = (fs: Finding[], mode: string) => fs.filter((f) => f.mode === mode);
const near = (a: number, b: number, tol = 0.2) => expect(Math.abs(a - b)).toBeLessThanOrEqual(tol);

describe('cheap detectors on synthetic frames', () => {
  it('find nothing on a clean clip (smooth motion, no cut)', async () => {
    const r = await run({ durationS: 4 });
    expect(r.findings).toEqual([]);
    expect(r.cuts).toEqual([]);
    expect(r.framesAnalysed).toBe(96);
    expect(r.durationS).toBeCloseTo(4, 3);
  });

  it('colour: flicker is timed and named with the registry term', async () => {
    const r = await run({ gain: (t) => (t >= 1.5 && t < 3 ? 1 + 0.15 * Math.sin(2 * Math.PI * 6 * t) : 1) });
    expect(r.findings).toHaveLength(1);
    const f = r.findings[0]!;
    expect(f).toMatchObject({ mode: 'color', term: qualityMode('color').term });
    near(f.at[0], 1.5);
    near(f.at[1], 3);
    expect(f.confidence).toBeGreaterThan(0.8);
    expect(f.reasons[0]).toMatch(/^From 00:01\.5 to 00:03\.0 .* flickers: it reverses direction \d+ times/);
  });

  it('colour: drift is a slow monotone shift within one shot, described in words', async () => {
    const r = await run({ tint: (t) => [t * 8, 0, -t * 8] });
    const f = only(r.findings, 'color');
    expect(f).toHaveLength(1);
    expect(f[0]!.reasons[0]).toMatch(/drifts steadily within one shot .*toward yellow/);
    expect(f[0]!.at[1]).toBeGreaterThan(3.5);
    expect(r.findings).toHaveLength(1);
  });

  it('colour: the same tint change across a cut is editing, not drift', async () => {
    const r = await run({ cutAt: 2, tint: (t) => (t >= 2 ? [30, 0, -30] : [0, 0, 0]) });
    expect(r.cuts).toEqual([2]);
    expect(r.findings).toEqual([]);
  });

  it('black frames in the middle are blank_output with the frames around them', async () => {
    const r = await run({ black: (t) => t >= 2 && t < 2.5 });
    expect(r.findings).toHaveLength(1);
    const f = r.findings[0]!;
    expect(f).toMatchObject({ mode: 'blank_output', term: HARD_FAILURES.blank_output.term, at: [2, 2.5] });
    expect(f.evidence).toEqual([1.958, 2, 2.5]);
    expect(r.evidenceFrames.map((e) => e.t)).toEqual(expect.arrayContaining([1.958, 2, 2.5]));
  });

  it('a short fade to black at the end is not a failure; an all-black clip is', async () => {
    expect((await run({ black: (t) => t >= 3.6 })).findings).toEqual([]);
    const all = await run({ black: () => true });
    expect(all.findings).toHaveLength(1);
    expect(all.findings[0]).toMatchObject({ mode: 'blank_output', confidence: 0.97 });
  });

  it('a frozen stretch is found; a wholly frozen clip is a still image', async () => {
    const r = await run({ freeze: [1.5, 3] });
    expect(r.findings).toHaveLength(1);
    const f = r.findings[0]!;
    expect(f.mode).toBe('blank_output');
    near(f.at[0], 1.5, 0.05);
    near(f.at[1], 3, 0.1);
    expect(f.reasons[0]).toMatch(/frozen/);
    const still = await run({ freeze: [0, 10] });
    expect(still.findings[0]?.reasons[0]).toMatch(/still image/);
  });

  it('an object teleporting inside one shot is a suspected physics violation, with the frames before and after', async () => {
    const r = await run({ path: (t) => ({ x: t < 2 ? 0.2 + 0.05 * t : 0.7 + 0.05 * t, y: 0.5 }) });
    expect(r.findings).toHaveLength(1);
    const f = r.findings[0]!;
    expect(f).toMatchObject({ mode: 'physics', term: qualityMode('physics').term, at: [1.958, 2], evidence: [1.958, 2] });
    expect(f.confidence).toBeLessThanOrEqual(0.6);
    expect(f.reasons[0]).toMatch(/reappears around .* a jump of about \d+% of the frame width/);
  });

  it('a real scene cut (whole frame changes) is a cut, not physics', async () => {
    const r = await run({ cutAt: 2, path: (t) => (t < 2 ? { x: 0.2 + 0.05 * t, y: 0.5 } : { x: 0.7, y: 0.3 + 0.05 * t }) });
    expect(r.cuts).toEqual([2]);
    expect(r.findings).toEqual([]);
  });

  it('works on a strided sample (every other frame) too', async () => {
    let i = 0;
    const every2 = (function* () {
      for (const f of synth({ black: (t) => t >= 2 && t < 2.5 })) if (i++ % 2 === 0) yield f;
    })();
    const r = await analyse(every2, { frameDurationS: 2 / 24 });
    expect(r.findings.map((f) => f.mode)).toEqual(['blank_output']);
  });

  it('keeps memory flat: bounded evidence and findings however long the clip', async () => {
    // 30 s of strobing at grid size: every detector fires constantly, nothing may pile up.
    const r = await run({
      w: 64,
      h: 36,
      durationS: 30,
      gain: (t) => 1 + 0.2 * Math.sin(2 * Math.PI * 5 * t),
      path: (t) => ({ x: (t * 0.37) % 1, y: 0.5 }),
    });
    expect(r.framesAnalysed).toBe(720);
    expect(r.evidenceFrames.length).toBeLessThanOrEqual(24);
    expect(r.findings.length).toBeLessThanOrEqual(10);
  });

  it('can be cancelled', async () => {
    const ac = new AbortController();
    ac.abort();
    await expect(analyse(synth({}), { signal: ac.signal })).rejects.toThrow();
  });

  it('an empty stream is a blank output, not a crash', async () => {
    const r = await analyse([]);
    expect(r).toMatchObject({ durationS: 0, framesAnalysed: 0 });
    expect(r.findings[0]).toMatchObject({ mode: 'blank_output' });
  });
});

describe('truncated', () => {
  it('compares the decoded length with the requested and the declared one', () => {
    expect(truncatedFindings({ durationS: 5.8, framesAnalysed: 139, requestedS: 6 })).toEqual([]);
    const [short] = truncatedFindings({ durationS: 3, framesAnalysed: 72, requestedS: 6 });
    expect(short).toMatchObject({ mode: 'truncated_output', term: HARD_FAILURES.truncated_output.term, at: [3, 6], confidence: 0.9 });
    expect(short!.reasons[0]).toBe('The video lasts 3.00 s where 6.0 s were requested (50% of the requested length).');
    const [cut] = truncatedFindings({ durationS: 2.5, framesAnalysed: 60, declaredS: 6 });
    expect(cut!.reasons[0]).toMatch(/declares 6\.00 s but decodable frames stop at 2\.50 s/);
  });

  it('reads a requested duration from the prompt', () => {
    expect(requestedDurationFromPrompt('A 6 second shot of a cat')).toBe(6);
    expect(requestedDurationFromPrompt('10s, cinematic')).toBe(10);
    expect(requestedDurationFromPrompt('an 8-second clip')).toBe(8);
    expect(requestedDurationFromPrompt('5 segundos de un perro')).toBe(5);
    expect(requestedDurationFromPrompt('3 cats on a sofa')).toBeUndefined();
  });
});

describe('wording', () => {
  it('formats timestamps the way drafts cite them', () => {
    expect(clock(3.24)).toBe('00:03.2');
    expect(clock(75.96)).toBe('01:16.0');
    expect(clock(1.958, 2)).toBe('00:01.96');
  });

  it('describes a Lab shift in plain words', () => {
    expect(describeShift([0.2, 8, -3])).toBe('toward red/magenta, toward blue');
    expect(describeShift([-5, 0, 0])).toBe('darker');
  });
});
