import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/classifier/lang.ts';
import { evaluate, HOLDOUT2_PATH, HOLDOUT3_PATH, HOLDOUT4_PATH, loadLabelled, loadPublicTune, PUBLIC_PATH } from './metrics.ts';

/**
 * Floors for the labelled set: the figures reached when this was written, minus a small margin, so a lexicon or
 * grammar change that makes the classifier worse fails here. Raise them when the classifier improves; do not lower
 * them to make a change pass. The held-out split and holdout2 were never tuned against (eval lists only the tuning
 * split's misses). holdout2 was written before the lexicon was read; its floor is the figure after the lexicon work,
 * which its author did, so it is an optimistic estimate of how the classifier does on new people's words.
 */
const items = loadLabelled();
const tune = evaluate(items.filter((i) => i.split !== 'holdout'));
const holdout = evaluate(items.filter((i) => i.split === 'holdout'));
const all = evaluate(items);
const holdout2Items = loadLabelled(HOLDOUT2_PATH);
const holdout2 = evaluate(holdout2Items);
const holdout3Items = loadLabelled(HOLDOUT3_PATH);
const holdout3 = evaluate(holdout3Items);
const holdout4Items = loadLabelled(HOLDOUT4_PATH);
const holdout4 = evaluate(holdout4Items);
const publicItems = loadLabelled(PUBLIC_PATH);
// The first floors below were measured on the first 84 published items; batches 2 and 3 (issue 16.6, written later,
// with a `batch` field) are a different population, so the whole split gets floors of its own. Those were set on the
// 260 items of batches 1-3 and stay on exactly them: later batches are new evaluation items nobody has scored yet.
const publicReport = evaluate(publicItems.filter((i) => !('batch' in i)));
const publicAll = evaluate(publicItems.filter((i) => (i.batch ?? 1) <= 3));
const publicTuneItems = loadPublicTune();
// Its floors were set on the tuning items of batches 2 and 3 and stay on them; later batches are new material the
// classifier may be tuned on, not yet learnt.
const publicTune = evaluate(publicTuneItems.filter((i) => (i.batch ?? 2) <= 3));

describe('labelled set', () => {
  it('is at least 300 varied descriptions across the six languages, with a held-out fifth', () => {
    expect(items.length).toBeGreaterThanOrEqual(300);
    for (const lang of LANGS) expect(items.filter((i) => i.lang === lang).length).toBeGreaterThanOrEqual(40);
    for (const tag of ['multi', 'negation', 'vague', 'typo', 'number', 'morph', 'permanence']) {
      expect(
        items.some((i) => i.tags.includes(tag)),
        tag,
      ).toBe(true);
    }
    expect(holdout.items / items.length).toBeGreaterThanOrEqual(0.18);
  });

  it('has a second held-out set of at least 150 descriptions, 20 or more per language', () => {
    expect(holdout2Items.length).toBeGreaterThanOrEqual(150);
    for (const lang of LANGS) expect(holdout2Items.filter((i) => i.lang === lang).length).toBeGreaterThanOrEqual(20);
    for (const tag of ['multi', 'negation', 'vague', 'typo', 'slang'])
      expect(
        holdout2Items.some((i) => i.tags.includes(tag)),
        tag,
      ).toBe(true);
  });

  it('gets single-mode descriptions right at rank 1 (tuned 100%, held-out 97.9%, holdout2 97.7%)', () => {
    expect(tune.rank1).toBeGreaterThanOrEqual(0.99);
    expect(holdout.rank1).toBeGreaterThanOrEqual(0.95);
    expect(holdout2.rank1).toBeGreaterThanOrEqual(0.95);
    expect(all.rank1).toBeGreaterThanOrEqual(0.98);
  });

  it('keeps precision, recall and exact match (all items: 99.7% / 99.3% / 99.4%; holdout2 98.5% / 98.0% / 96.7%)', () => {
    expect(all.overall.precision).toBeGreaterThanOrEqual(0.98);
    expect(all.overall.recall).toBeGreaterThanOrEqual(0.98);
    expect(all.overall.exact).toBeGreaterThanOrEqual(0.98);
    expect(holdout.overall.exact).toBeGreaterThanOrEqual(0.94);
    expect(holdout2.overall.precision).toBeGreaterThanOrEqual(0.96);
    expect(holdout2.overall.recall).toBeGreaterThanOrEqual(0.97);
    expect(holdout2.overall.exact).toBeGreaterThanOrEqual(0.94);
    for (const [mode, s] of Object.entries(all.perMode)) {
      expect(s.precision, `${mode} precision`).toBeGreaterThanOrEqual(0.9);
      expect(s.recall, `${mode} recall`).toBeGreaterThanOrEqual(0.88);
    }
  });

  it('never names a confident mode for a vague description', () => {
    expect(all.vague).toBeGreaterThan(30);
    expect(all.vagueConfident).toBe(0);
    expect(holdout2.vague).toBeGreaterThanOrEqual(20);
    expect(holdout2.vagueConfident).toBe(0);
  });

  // holdout3 was written before the rule-precision round (2026-12-07) and measured then: 7 of 156 items naming no
  // mode with a confident finding, right 90.3%, rank-1 90.0%, hard 23 of 30. The round's rules were judged on it,
  // and some were prompted by its misses, so its figures after the round (0 of 156, right 94.9%, rank-1 90.0%, hard
  // 26 of 30) are optimistic; the floors keep a later change from undoing them. The recall round (2026-12-07) raised
  // it to right 95.4%, rank-1 91.7% without rules written for its sentences; the floors follow.
  it('has a third held-out set, mostly words naming no mode, and keeps its figures', () => {
    expect(holdout3Items.length).toBeGreaterThanOrEqual(200);
    for (const lang of LANGS) expect(holdout3Items.filter((i) => i.lang === lang).length, lang).toBeGreaterThanOrEqual(30);
    for (const tag of ['vague', 'topic', 'article', 'preserved', 'negation', 'hard', 'single'])
      expect(
        holdout3Items.some((i) => i.tags.includes(tag)),
        tag,
      ).toBe(true);
    expect(holdout3.vague).toBeGreaterThanOrEqual(150);
    expect(holdout3.vagueConfident).toBeLessThanOrEqual(0.02);
    expect(holdout3.overall.exact).toBeGreaterThanOrEqual(0.95);
    expect(holdout3.rank1).toBeGreaterThanOrEqual(0.91);
    expect(holdout3.hardRight).toBeGreaterThanOrEqual(0.83);
  });

  // holdout4 was written before the recall round (2026-12-07) and measured then: right 83.9%, rank-1 82.7% of 150,
  // physics recall 75.0%, 0 of 30 naming no mode with a confident finding; after it right 89.4%, rank-1 89.3%, physics
  // 88.3%, still 0 of 30 (optimistic: its misses were seen, and some entries match its phrasing; see the README).
  // The physics round (2026-12-07, its misses not read) raised it to right 90.6%, rank-1 90.7%, physics 88.3%.
  // After the German and Japanese round (2026-12-07, its misses not read): right 91.1%, rank-1 90.0%.
  it('has a fourth held-out set, mostly complaints, and keeps its figures', () => {
    expect(holdout4Items.length).toBeGreaterThanOrEqual(170);
    for (const lang of LANGS) expect(holdout4Items.filter((i) => i.lang === lang).length, lang).toBeGreaterThanOrEqual(15);
    expect(holdout4Items.filter((i) => i.modes.includes('physics')).length).toBeGreaterThanOrEqual(55);
    for (const i of holdout4Items) expect(i.split).toBe('holdout4');
    expect(holdout4.vague).toBeGreaterThanOrEqual(25);
    expect(holdout4.vagueConfident).toBe(0);
    expect(holdout4.overall.exact).toBeGreaterThanOrEqual(0.9);
    expect(holdout4.rank1).toBeGreaterThanOrEqual(0.9);
    expect(holdout4.perMode.physics.recall).toBeGreaterThanOrEqual(0.88);
  });

  it('has a public split of published descriptions in all six languages, each with its URL and date read', () => {
    expect(publicItems.length).toBeGreaterThanOrEqual(80);
    for (const lang of LANGS) expect(publicItems.filter((i) => i.lang === lang).length, lang).toBeGreaterThanOrEqual(7);
    for (const i of publicItems) {
      expect(i.split).toBe('public');
      expect(i.url, i.text).toMatch(/^https?:\/\/\S+$/);
      expect(i.seen, i.text).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    for (const tag of ['single', 'multi', 'vague', 'preserved', 'hard'])
      expect(
        publicItems.some((i) => i.tags.includes(tag)),
        tag,
      ).toBe(true);
  });

  it('has a public tuning split of published descriptions, each with its URL and date read, in all six languages', () => {
    expect(publicTuneItems.length).toBeGreaterThanOrEqual(200);
    for (const lang of LANGS) expect(publicTuneItems.filter((i) => i.lang === lang).length, lang).toBeGreaterThanOrEqual(20);
    for (const i of publicTuneItems) {
      expect(i.split).toBe('public-tune');
      expect(i.url, i.text).toMatch(/^https?:\/\/\S+$/);
      expect(i.seen, i.text).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  // The rules were written from this split's misses and the model is trained on it, so its figures show what was
  // learnt, not how the classifier generalises (2026-12-07: right 91.2%, rank-1 94.5%, vague confident 3 of 96,
  // hard 97.3%); the floors keep a later change from undoing it. After the public-tune round of 2026-12-07 (its
  // batches 2 and 3): right 91.2%, rank-1 93.6%, vague confident 2 of 96, hard 97.3%. After the physics round
  // (2026-12-07): right 92.1%, rank-1 94.5%, vague confident 2 of 96, hard 97.3%; after the German and Japanese round,
  // alone: the same.
  it('keeps what was learnt from the public tuning split', () => {
    expect(publicTune.overall.exact).toBeGreaterThanOrEqual(0.92);
    expect(publicTune.rank1).toBeGreaterThanOrEqual(0.94);
    expect(publicTune.vagueConfident).toBeLessThanOrEqual(0.03);
    expect(publicTune.hardRight).toBeGreaterThanOrEqual(0.97);
  });

  // Floors only, at the honest figures minus a small margin: far below the targets. The split is never tuned
  // on, so these catch regressions, not progress. On the first 84 items: 2026-12-06 right 69.0%, rank-1 74.1%;
  // 2026-12-07 right 71.4%, rank-1 82.8%, hard 2 of 2 (after the public-tune work and again after the second round).
  // On all 260 (batches 2 and 3 merged), 2026-12-07 after the second round: right 67.3%, rank-1 74.0%, 17 of 84
  // naming no mode with a confident finding. After the rule-precision round (2026-12-07, measured once at its end):
  // first 84 right 72.6%, all 260 right 68.1%, rank-1 72.6%, 14 of 84 naming no mode with a confident finding.
  it('keeps the public split from getting worse', () => {
    expect(publicReport.overall.exact).toBeGreaterThanOrEqual(0.71);
    expect(publicReport.rank1).toBeGreaterThanOrEqual(0.8);
    expect(publicAll.overall.exact).toBeGreaterThanOrEqual(0.67);
    expect(publicAll.rank1).toBeGreaterThanOrEqual(0.72);
    expect(publicAll.vagueConfident).toBeLessThanOrEqual(0.18);
    expect(publicReport.hardRight).toBe(1);
  });
});
