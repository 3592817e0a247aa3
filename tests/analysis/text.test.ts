import { describe, expect, it } from 'vitest';
import { compareText, levenshtein, requestedTexts, textFindings } from '../../src/analysis/detectors/text.ts';
import { qualityMode } from '../../src/modes/index.ts';

const PROMPT = 'A shop window at night with a neon sign that says "OPEN"';

describe('requested text', () => {
  it('takes quoted words from the prompt, in any common quote style', () => {
    expect(requestedTexts(PROMPT)).toEqual(['OPEN']);
    expect(requestedTexts(`a banner reading 'HAPPY BIRTHDAY' and a mug that says “Best Dad”`)).toEqual(['HAPPY BIRTHDAY', 'Best Dad']);
    expect(requestedTexts('un cartel «ABIERTO» y 「営業中」')).toEqual(['ABIERTO', '営業中']);
  });

  it('does not mistake apostrophes for quotes', () => {
    expect(requestedTexts("the dog's ball and the cat's toy")).toEqual([]);
    expect(requestedTexts('no text here')).toEqual([]);
  });
});

describe('fuzzy comparison', () => {
  it('finds the closest stretch of the OCR output', () => {
    expect(levenshtein('OPEN', 'OPNE')).toBe(2);
    expect(compareText('OPEN', 'Welcome! OPNE 24h')).toEqual({ similarity: 0.5, read: 'OPNE' });
    expect(compareText('open', 'we are OPEN.').similarity).toBe(1);
    expect(compareText('HAPPY BIRTHDAY', 'HAPPY BRITHDAY !!').read).toBe('HAPPY BRITHDAY');
    expect(compareText('OPEN', '').similarity).toBe(0);
  });
});

describe('text findings', () => {
  it('cites the frame and what it reads when the text is never right', () => {
    const f = textFindings(PROMPT, [
      { t: 1.0, text: 'OPNF' },
      { t: 3.2, text: 'OPNE' },
      { t: 4.0, text: 'OPNE' },
      { t: 5.0, text: 'QP' },
    ]);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ mode: 'text', term: qualityMode('text').term, at: [1, 4] });
    expect(f[0]!.reasons[0]).toBe(
      "At 00:03.2 the text reads 'OPNE' where the prompt asked for 'OPEN' (read the same way in 2 frames); no analysed frame shows it spelled correctly.",
    );
    expect(f[0]!.reasons[1]).toBe("At 00:01.0 it reads 'OPNF'.");
    expect(f[0]!.evidence).toEqual([3.2, 1]);
    expect(f[0]!.confidence).toBeGreaterThanOrEqual(0.75);
  });

  it('says nothing when the text renders correctly', () => {
    expect(
      textFindings(PROMPT, [
        { t: 1, text: 'OPEN' },
        { t: 2, text: 'OPEN' },
        { t: 3, text: 'OPEN' },
      ]),
    ).toEqual([]);
    expect(textFindings('a cat on a sofa', [{ t: 1, text: 'xyz' }])).toEqual([]);
  });

  it('flags text that is right in some frames and garbled in others, with low confidence', () => {
    const f = textFindings(PROMPT, [
      { t: 1, text: 'OPEN' },
      { t: 2, text: 'OPEN' },
      { t: 3, text: 'OPFN' },
      { t: 4, text: 'QPEM' },
    ]);
    expect(f).toHaveLength(1);
    expect(f[0]!.confidence).toBeLessThan(0.5);
    expect(f[0]!.reasons[0]).toBe("The text 'OPEN' renders correctly at 00:01.0 but reads 'QPEM' at 00:04.0 (2 of 4 frames garbled).");
  });

  it('reports missing text with the low confidence OCR deserves', () => {
    const none = textFindings(PROMPT, [
      { t: 1, text: '' },
      { t: 2, text: '  ' },
    ]);
    expect(none[0]!.reasons[0]).toBe("No readable text was found in any analysed frame, although the prompt asked for 'OPEN'.");
    const other = textFindings(PROMPT, [{ t: 2, text: 'CLOSED FOREVER' }]);
    expect(other[0]!.reasons[0]).toMatch(/No analysed frame shows text resembling 'OPEN'.*at 00:02\.0 the text reads 'CLOSED FOREVER'/);
    expect(other[0]!.confidence).toBeLessThan(0.5);
  });
});
