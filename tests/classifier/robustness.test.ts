import { describe, expect, it } from 'vitest';
import { classify } from '../../src/classifier/classify.ts';
import { lexiconEntries } from '../../src/classifier/lexicon/index.ts';

/**
 * classify() runs on every keystroke in the popup, so it must answer any text. Sentences stitched from lexicon entries
 * and clause breaks reach the readers' corners that people's words rarely do: a clause whose only word a rule drops
 * ("Out of nowhere, ...") once threw. A fixed seed keeps the sentences the same on every run.
 */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const JOINS = [' ', ', ', '. ', ' and ', ' but ', '、', '。', ' und ', ' mais ', ' pero ', ' e ', ' (', ') ', ': ', ' 99% ', ' "', '" '];

describe('classify answers any text', () => {
  it('never throws on 3,000 sentences stitched from lexicon entries and clause breaks', () => {
    const entries = lexiconEntries().map((e) => e.text.replace(/\*/g, 'ing'));
    const next = rng(16);
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
    for (let n = 0; n < 3000; n++) {
      let text = '';
      const parts = 1 + Math.floor(next() * 6);
      for (let p = 0; p < parts; p++) text += pick(entries) + pick(JOINS);
      expect(() => classify(text), text).not.toThrow();
    }
    // It asks whether anything throws, not how fast: on a loaded two-core machine 3,000 calls can pass 5 s.
  }, 60_000);
});
