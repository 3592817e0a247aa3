import { describe, expect, it } from 'vitest';
import type { RgbaFrame } from '../../src/analysis/engines/pixels.ts';
import type { Frame } from '../../src/analysis/frames.ts';
import { type ClipDecoder, type EngineLoaders, runAnalysisJob } from '../../src/analysis/job.ts';
import type { SamplingPlan, Window } from '../../src/analysis/sampling.ts';
import { synth } from './synth.ts';

/** A decoder over a synthetic clip that records what the job asked of it. */
function fakeDecoder(spec: Parameters<typeof synth>[0], seekable = true) {
  const all = [...synth(spec)];
  const fps = spec?.fps ?? 24;
  const passes: { stride: number; windows?: readonly Window[] }[] = [];
  const asked: number[][] = [];
  const decoder: ClipDecoder = {
    info: { durationS: spec?.durationS ?? 4, fps },
    frames(plan: SamplingPlan, windows?: readonly Window[]) {
      passes.push({ stride: plan.stride, ...(windows ? { windows } : {}) });
      return (async function* (): AsyncGenerator<Frame> {
        for (const [i, f] of all.entries()) if (i % plan.stride === 0 || windows?.some((w) => f.t >= w.start && f.t <= w.end)) yield f;
      })();
    },
    async framesAt(times) {
      asked.push([...times]);
      if (!seekable) return undefined;
      return (async function* (): AsyncGenerator<RgbaFrame> {
        for (const t of times) yield { t, width: 2, height: 2, rgba: new Uint8ClampedArray(16) };
      })();
    },
  };
  return { decoder, passes, asked };
}

function engines(read = 'OPEN') {
  const closed: string[] = [];
  const loaders: EngineLoaders = {
    ocr: async () => ({ read: async (f) => ({ t: f.t, text: read, confidence: 90 }), close: async () => void closed.push('ocr') }),
    faces: async () => ({ faces: async () => [], close: async () => void closed.push('faces') }),
  };
  return { loaders, closed };
}

describe('runAnalysisJob (the recipe the extension and the CLI share)', () => {
  it('runs one steady pass and no engine for a plain clip at 24 fps', async () => {
    const { decoder, passes, asked } = fakeDecoder({ fps: 24, durationS: 3 });
    const { loaders } = engines();
    const out = await runAnalysisJob(decoder, loaders);
    expect(passes).toEqual([{ stride: 1 }]);
    expect(asked).toEqual([]);
    expect(out).toMatchObject({ ocr: 'skipped', faces: 'skipped' });
    expect(out.result.framesAnalysed).toBe(72);
  });

  it('adds a dense pass around a flicker only when the steady pass skipped frames', async () => {
    const { decoder, passes } = fakeDecoder({
      fps: 60,
      durationS: 4,
      gain: (t) => (t > 1.5 && t < 2.5 && Math.round(t * 12) % 2 ? 1.6 : 1),
    });
    const out = await runAnalysisJob(decoder, engines().loaders);
    expect(passes[0]).toEqual({ stride: 2 });
    expect(passes[1]?.windows?.length).toBeGreaterThan(0);
    expect(out.findings.map((f) => f.mode)).toContain('color');
  });

  it('reads text only when the prompt quotes some, and says what it read against what was asked', async () => {
    const { decoder, asked } = fakeDecoder({ fps: 24, durationS: 2 });
    const { loaders, closed } = engines('OPNE');
    const out = await runAnalysisJob(decoder, loaders, { prompt: 'a shop sign that says "OPEN"' });
    expect(out.ocr).toBe('ran');
    expect(asked).toHaveLength(1);
    expect(closed).toEqual(['ocr']);
    expect(out.findings.find((f) => f.mode === 'text')).toBeDefined();
    const off = await runAnalysisJob(fakeDecoder({ fps: 24, durationS: 2 }).decoder, loaders, {
      prompt: 'a shop sign that says "OPEN"',
      ocr: false,
    });
    expect(off.ocr).toBe('skipped');
  });

  it('says an engine pass was unavailable when the clip cannot be seeked or the engine cannot start', async () => {
    const { loaders } = engines();
    const noSeek = await runAnalysisJob(fakeDecoder({ durationS: 2 }, false).decoder, loaders, { faces: true });
    expect(noSeek.faces).toBe('unavailable');
    const noEngine = await runAnalysisJob(
      fakeDecoder({ durationS: 2 }).decoder,
      { ...loaders, faces: async () => undefined },
      { faces: true },
    );
    expect(noEngine.faces).toBe('unavailable');
  });
});
