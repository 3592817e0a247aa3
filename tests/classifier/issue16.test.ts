import { describe, expect, it } from 'vitest';
import { classify } from '../../src/classifier/classify.ts';
import { modes } from './found.ts';

// Issue 16.2-16.4, on the failures the issue lists and on sentences written here in the same shapes.
describe('only complaints count (16.2)', () => {
  it.each([
    'the characters mostly kept their looks',
    'Die Physik stimmt, die Bewegungen wirken natürlich',
    'the physics is right',
    'hands look fine',
    'no flicker',
    'los personajes se mantienen iguales',
    'les couleurs restent stables',
    'a física está correta',
    '顔は変わらない',
  ])('%s -> no finding', (text) => expect(modes(text)).toEqual([]));

  it.each(['physics', 'colour', 'text', 'face', 'people', 'characters', 'Physik', 'identidad', '人', '物理'])(
    'the topic word alone (%s) is no complaint',
    (text) => expect(modes(text)).toEqual([]),
  );

  it('a topic word with a defect is one', () => {
    expect(modes('the physics is completely broken')).toEqual(['physics']);
    expect(modes('die Physik ist kaputt')).toEqual(['physics']);
  });
});

describe('words, not substrings (16.3)', () => {
  it('does not read 色 (colour) inside 色々 (various)', () => expect(modes('色々な動画を作りました')).toEqual([]));
  it('still reads 色 as a word', () => expect(modes('色が途中で変わった')).toEqual(['color']));
});

describe('compositions (16.4)', () => {
  it.each([
    ['fingers misplacement', 'anatomy'],
    ['a cat with human hands', 'anatomy'],
    ['el perro tiene manos humanas', 'anatomy'],
    ['the violin and the bow become fused together into one instrument', 'physics'],
    ['progressively increased brightness and end up seriously overexposed', 'color'],
    ['the woman has grown a beard', 'identity'],
    ['his hairstyle changes between shots', 'identity'],
    ['Legendas e textos apresentam erros', 'text'],
    ['Farbe des Ballons mehrfach geändert', 'color'],
    ['the company name "Acme" came out as "Acne"', 'text'],
    ['it spelled bakery as bakrey', 'text'],
    ['I asked for "Happy Birthday" and the cake says "Hapy Brithday"', 'text'],
  ])('%s -> %s', (text, mode) => expect(modes(text)[0]).toBe(mode));

  it('quotes the person’s words for a composition', () => {
    expect(classify('it spelled bakery as bakrey').findings[0]!.reasons).toEqual(['spelled bakery as bakrey']);
  });

  it('needs text or a near-miss for "came out as"', () => expect(modes('the dog came out as a cat')).not.toContain('text'));
  it('needs an animal for a human body part', () => expect(modes('a human hand holds the cup')).toEqual([]));
});
