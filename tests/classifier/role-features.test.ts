import { describe, expect, it } from 'vitest';
import { fold } from '../../src/classifier/normalise.ts';
import { roleFeatures } from '../../src/classifier/role-features.ts';

const roles = (text: string) => new Set(roleFeatures(fold(text).text));

describe('role features: what the lexicon says the words are, in any language', () => {
  it('gives the same thing-and-defect pair to one complaint in three languages', () => {
    for (const text of ['the fingers fuse together', 'die Finger verschmelzen', '指がくっついている']) {
      expect([...roles(text)].filter((k) => k.startsWith('rp:body|'))).not.toEqual([]);
    }
  });

  it('pairs a thing with a defect only when they stand near each other', () => {
    const near = roles('the hands melt');
    const far = roles(`the hands were in the prompt, ${'and a long aside about the lighting in the room '.repeat(2)}then it melts`);
    expect([...near].some((k) => k.startsWith('rp:body|'))).toBe(true);
    expect([...far].some((k) => k.startsWith('rp:body|'))).toBe(false);
  });

  it('marks a negation, so "no flicker" does not read like "flicker"', () => {
    expect(roles('no flicker at all').has('rx:neg')).toBe(true);
    expect(roles('it flickers a lot').has('rx:neg')).toBe(false);
  });

  it('gives nothing for words the lexicon does not hold', () => {
    expect(roleFeatures(fold('qwerty zxcv').text)).toEqual([]);
  });
});
