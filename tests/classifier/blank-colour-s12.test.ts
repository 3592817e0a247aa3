import { describe, expect, it } from 'vitest';
import { classify } from '../../src/classifier/classify.ts';

// Issue 16, session 12: black said of a blank output twice is the blank output, not a colour complaint; and
// "influence" is no influencer mistyped. Sentences written for these tests, not taken from any labelled set.
describe('a blank output whose black is said again stays a blank output', () => {
  it.each([
    'The videos come out black. Sometimes one starts fine but then it goes black.',
    'Die Videos sind komplett schwarz, manchmal wird das Bild nach einer Sekunde schwarz.',
    'La vidéo est toute noire, parfois elle devient noire après une seconde.',
  ])('"%s" is a blank output with no colour finding', (text) => {
    const r = classify(text);
    expect(r.hardFailure?.kind).toBe('blank_output');
    expect(r.findings).toEqual([]);
  });

  it('a colour complaint of another colour beside a blank output is still found', () => {
    expect(classify('The videos come out black, and the good ones turn green halfway through.').findings.map((f) => f.mode)).toContain(
      'color',
    );
  });

  it('without a blank output, a picture going black is colour (a fade, by the conventions)', () => {
    expect(classify('The picture slowly goes black in the last second.').findings.map((f) => f.mode)).toEqual(['color']);
  });
});

describe('influence is no influencer', () => {
  it('"under the influence of different prompts" names no person', () => {
    expect(classify('The same image, under the influence of different prompts, gives different results.').findings).toEqual([]);
  });
});
