import { describe, expect, it } from 'vitest';
import { anyOf, whole, words } from '../../src/classifier/word-regex.ts';

describe('word-regex builders', () => {
  it('anyOf joins the parts bare, with the flags given or none', () => {
    const re = anyOf(['hands?', 'fingers|toes', String.raw`\bface\w*`], 'g');
    expect(re.source).toBe(String.raw`hands?|fingers|toes|\bface\w*`);
    expect(re.flags).toBe('g');
    expect(anyOf(['a', 'b']).flags).toBe('');
    expect(anyOf(['a', 'b']).source).toBe(new RegExp(['a', 'b'].join('|')).source);
  });

  it('anyOf matches inside words, as a bare alternation does', () => {
    expect(anyOf(['hand']).test('the handle')).toBe(true);
    expect('one hand, two toes'.match(anyOf(['hand', 'toe'], 'g'))).toEqual(['hand', 'toe']);
  });

  it('words wraps the group in word boundaries', () => {
    const re = words(['hand|hands', 'finger'], 'g');
    expect(re.source).toBe(String.raw`\b(?:hand|hands|finger)\b`);
    expect(re.flags).toBe('g');
    expect(words(['hand']).flags).toBe('');
  });

  it('words really bounds: "hand" is not found inside "handle"', () => {
    expect(words(['hand']).test('the handle broke')).toBe(false);
    expect(words(['hand']).test('shorthand')).toBe(false);
    expect(words(['hand']).test('the hand broke')).toBe(true);
    expect(words(['hand']).test('hand')).toBe(true);
    // The boundary holds around every alternative, not only the first and the last.
    expect(words(['hand', 'arm', 'leg']).test('a charming legend')).toBe(false);
    expect(words(['hand', 'arm', 'leg']).test('his arm, bent')).toBe(true);
  });

  it('whole anchors the group at both ends', () => {
    const re = whole(['stiff|rigid', 'wooden']);
    expect(re.source).toBe('^(?:stiff|rigid|wooden)$');
    expect(re.flags).toBe('');
    expect(whole(['a'], 'i').flags).toBe('i');
    expect(re.test('wooden')).toBe(true);
    expect(re.test('stiff')).toBe(true);
    expect(re.test('stiffly')).toBe(false);
    expect(re.test('a wooden')).toBe(false);
  });

  it('builds the same source as the hand-written template', () => {
    const parts = ["can't|cannot", String.raw`fail\w*`, "n'arrive pas"];
    expect(words(parts).source).toBe(new RegExp(String.raw`\b(?:${parts.join('|')})\b`).source);
    expect(whole(parts).source).toBe(new RegExp(`^(?:${parts.join('|')})$`).source);
  });
});
