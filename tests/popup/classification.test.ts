import { describe, expect, it } from 'vitest';
import { classify } from '../../src/classifier/classify.ts';
import { lexiconEntries } from '../../src/classifier/lexicon/index.ts';
import { SYMPTOMS } from '../../src/classifier/lexicon/symptoms.ts';
import { hasWords, NOTHING_TO_READ, safely, warmUp } from '../../src/popup/useClassification.ts';

// The popup answers text without words itself, without loading the classifier: that must be what it would say.
describe('the popup’s answer for text without words', () => {
  it('is exactly what the classifier answers for such text', () => {
    for (const text of ['', ' ', '\n\t ', '...', '?!', '— , ; :', '()[]{}', '👍👎', '🖐️🖐️', '   !!!   ']) {
      expect(hasWords(text)).toBe(false);
      expect(classify(text)).toEqual(NOTHING_TO_READ);
    }
  });

  it('holds because every lexicon entry and symptom has a letter or digit to match', () => {
    for (const e of lexiconEntries()) expect(hasWords(e.text), e.text).toBe(true);
    for (const byLang of Object.values(SYMPTOMS))
      for (const list of Object.values(byLang)) for (const s of list) expect(hasWords(s), s).toBe(true);
  });

  it('text with words goes to the classifier', () => {
    expect(hasWords('six fingers')).toBe(true);
    expect(hasWords('指が6本')).toBe(true);
    expect(hasWords('3')).toBe(true);
    expect(classify('six fingers on the left hand').findings.map((f) => f.mode)).toContain('anatomy');
  });
});

describe('a classifier fault in the popup', () => {
  it('answers nothing instead of throwing into the render', () => {
    const broken = () => {
      throw new TypeError('boom');
    };
    const quiet = console.error;
    console.error = () => {};
    try {
      expect(safely(broken, 'the hands melt')).toEqual(NOTHING_TO_READ);
    } finally {
      console.error = quiet;
    }
    expect(safely(classify, 'six fingers on the left hand').findings.map((f) => f.mode)).toContain('anatomy');
  });
});

describe('the classifier warm-up', () => {
  it('classifies words once when scheduled, so the lexicon index is built before the first keystroke', () => {
    const seen: string[] = [];
    const jobs: (() => void)[] = [];
    warmUp(
      (text) => {
        seen.push(text);
        return NOTHING_TO_READ;
      },
      (work) => jobs.push(work),
    );
    expect(seen).toEqual([]);
    for (const job of jobs) job();
    expect(seen).toHaveLength(1);
    expect(hasWords(seen[0]!)).toBe(true);
  });
});
