/**
 * classify()'s options exist for scripts/cross-validate.ts (`npm run eval:cv`): a model trained without the scored
 * fold, none at all (the rules alone), or other thresholds. The example is from public-tune.jsonl
 * (https://github.com/volotat/SD-CN-Animation/issues/151, seen 2026-12-07): the rules do not place it; the model does.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/classifier/classify.ts';
import { train } from '../../src/classifier/train.ts';

const MODEL_ONLY = 'when you try to generate a video, it starts out okay but warps after the 6th to 8th frame.';

describe('classify options', () => {
  it('the shipped model places a complaint the rules leave open', () => {
    expect(classify(MODEL_ONLY).findings.map((f) => f.mode)).toEqual(['physics']);
  });

  it('model: null gives the rules alone, which ask a follow-up question instead', () => {
    const r = classify(MODEL_ONLY, { model: null });
    expect(r.findings).toEqual([]);
    expect(r.needsDetail).toBe(true);
  });

  it('a model probability floor above the model answer turns the finding into a question', () => {
    expect(classify(MODEL_ONLY, { modelMin: 0.999 }).findings).toEqual([]);
  });

  it('a model passed in is the one consulted', () => {
    const other = train([
      { text: 'it starts out okay but warps after a few frames', modes: ['color'] },
      { text: 'the colours flicker', modes: ['color'] },
      { text: 'an extra finger', modes: ['anatomy'] },
    ]);
    expect(classify(MODEL_ONLY, { model: other, modelMin: 0.3, modelMargin: 0 }).findings[0]?.mode).toBe('color');
  });
});
