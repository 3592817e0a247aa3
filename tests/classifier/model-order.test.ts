/**
 * The model orders the rules' findings only where the rules hold them nearly equal (guess.ts `modelOrdered`): a tie
 * follows the model, a clear lead of the rules stands, and without a model the rules' order is kept.
 */
import { describe, expect, it } from 'vitest';
import { modelOrdered } from '../../src/classifier/guess.ts';
import { match } from '../../src/classifier/matcher.ts';
import { DIM } from '../../src/classifier/features.ts';
import type { LinearModel } from '../../src/classifier/train.ts';
import { QUALITY_MODE_IDS } from '../../src/modes/types.ts';

/** A model that reads nothing and leans on colour: p(color) ~ 0.88, every other mode ~ 0.12. */
const leansColour: LinearModel = {
  version: 1,
  dim: DIM,
  modes: [...QUALITY_MODE_IDS],
  scale: 1000,
  bias: QUALITY_MODE_IDS.map((m) => (m === 'color' ? 2000 : -2000)),
  weights: QUALITY_MODE_IDS.map(() => new Array<number>(DIM).fill(0)),
};

const text = 'the cup passes through the table and the colours flicker';
const { folded, hits } = match(text);
const order = (findings: { mode: 'physics' | 'color'; confidence: number }[], model: LinearModel | null) =>
  modelOrdered(findings, folded, hits, { model }).map((f) => f.mode);

describe('the model orders near-ties among the rules findings', () => {
  it('a tie follows the model', () => {
    expect(
      order(
        [
          { mode: 'physics', confidence: 0.9 },
          { mode: 'color', confidence: 0.9 },
        ],
        leansColour,
      ),
    ).toEqual(['color', 'physics']);
  });
  it('a small lead of the rules yields to a sure model', () => {
    expect(
      order(
        [
          { mode: 'physics', confidence: 0.85 },
          { mode: 'color', confidence: 0.8 },
        ],
        leansColour,
      ),
    ).toEqual(['color', 'physics']);
  });
  it('a clear lead of the rules stands however sure the model is', () => {
    expect(
      order(
        [
          { mode: 'physics', confidence: 0.95 },
          { mode: 'color', confidence: 0.7 },
        ],
        leansColour,
      ),
    ).toEqual(['physics', 'color']);
  });
  it('without a model the rules order is kept', () => {
    expect(
      order(
        [
          { mode: 'physics', confidence: 0.9 },
          { mode: 'color', confidence: 0.9 },
        ],
        null,
      ),
    ).toEqual(['physics', 'color']);
  });
  it('a single finding is returned as it is', () => {
    expect(order([{ mode: 'physics', confidence: 0.9 }], leansColour)).toEqual(['physics']);
  });
});
