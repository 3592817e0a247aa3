import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/failure-modes/types.ts';
import { evaluate, loadLabelled } from './metrics.ts';

/**
 * Floors for the labelled set: the figures reached when this was written, minus a small margin, so a lexicon or
 * grammar change that makes the classifier worse fails here. Raise them when the classifier improves; do not lower
 * them to make a change pass. The held-out split was never tuned against: its floor is its honest first figure.
 */
const items = loadLabelled();
const tune = evaluate(items.filter((i) => i.split !== 'holdout'));
const holdout = evaluate(items.filter((i) => i.split === 'holdout'));
const all = evaluate(items);

describe('labelled set', () => {
  it('is at least 300 varied descriptions across the six languages, with a held-out fifth', () => {
    expect(items.length).toBeGreaterThanOrEqual(300);
    for (const lang of LANGS) expect(items.filter((i) => i.lang === lang).length).toBeGreaterThanOrEqual(40);
    for (const tag of ['multi', 'negation', 'vague', 'typo', 'number', 'morph', 'permanence']) {
      expect(items.some((i) => i.tags.includes(tag)), tag).toBe(true);
    }
    expect(holdout.items / items.length).toBeGreaterThanOrEqual(0.18);
  });

  it('gets single-mode descriptions right at rank 1 (tuned 99.5%, held-out 91.5%)', () => {
    expect(tune.rank1).toBeGreaterThanOrEqual(0.97);
    expect(holdout.rank1).toBeGreaterThanOrEqual(0.89);
    expect(all.rank1).toBeGreaterThanOrEqual(0.95);
  });

  it('keeps precision, recall and exact match (all items: 99.7% / 98.3% / 98.1%)', () => {
    expect(all.overall.precision).toBeGreaterThanOrEqual(0.97);
    expect(all.overall.recall).toBeGreaterThanOrEqual(0.95);
    expect(all.overall.exact).toBeGreaterThanOrEqual(0.95);
    expect(holdout.overall.exact).toBeGreaterThanOrEqual(0.88);
    for (const [mode, s] of Object.entries(all.perMode)) {
      expect(s.precision, `${mode} precision`).toBeGreaterThanOrEqual(0.9);
      expect(s.recall, `${mode} recall`).toBeGreaterThanOrEqual(0.88);
    }
  });

  it('never names a confident mode for a vague description', () => {
    expect(all.vague).toBeGreaterThan(30);
    expect(all.vagueConfident).toBe(0);
  });
});
