import { describe, expect, it } from 'vitest';
import { modes } from './found.ts';

// Issue 16, the s12 multi-mode round, families that moved no tuning figure (kept apart for the owners to decide):
// each has two-failure sentences and twins. Sentences written for these tests, not taken from any labelled set.
const sorted = (text: string) => [...modes(text)].sort();

describe('"the same goes for X": the first defect given to a second thing', () => {
  it.each([
    ['en', 'The faces melt into grimaces. The text in the background suffers the same fate.', ['anatomy', 'text']],
    ['en', 'The hands are deformed, and the same goes for the text on the sign.', ['anatomy', 'text']],
    ['en', 'The hands are deformed. Same with the text.', ['anatomy', 'text']],
    ['de', 'Die Hände sind verzerrt. Der Text im Hintergrund erleidet dasselbe Schicksal.', ['anatomy', 'text']],
    ['de', 'Die Hände sind verzerrt, und mit dem Text passiert das Gleiche.', ['anatomy', 'text']],
    ['fr', "Les mains sont déformées, et c'est pareil pour le texte.", ['anatomy', 'text']],
    ['fr', 'Les mains sont déformées, le texte subit le même sort.', ['anatomy', 'text']],
    ['es', 'Las manos están deformadas, y lo mismo pasa con el texto.', ['anatomy', 'text']],
    ['pt', 'As mãos estão deformadas, e o mesmo acontece com o texto.', ['anatomy', 'text']],
    ['ja', '手が歪んでいて、文字も同じだ。', ['anatomy', 'text']],
  ])('%s: "%s" gives %j', (_lang, text, expected) => {
    expect(sorted(text)).toEqual(expected);
  });

  // Twins: the second thing kept the same is fine; the first said fine or denied passes nothing on.
  it.each([
    ['en', 'The hands are deformed, but the text stays the same.', ['anatomy']],
    ['en', 'The hands look great, and the same goes for the text.', []],
    ['en', 'The hands are not deformed, and the same goes for the text.', []],
    ['de', 'Die Hände sind verzerrt, aber der Text bleibt gleich.', ['anatomy']],
    ['fr', 'Les mains sont déformées, mais le texte reste le même.', ['anatomy']],
    ['es', 'Las manos están deformadas, pero el texto sigue igual.', ['anatomy']],
    ['pt', 'As mãos estão deformadas, mas o texto continua o mesmo.', ['anatomy']],
    ['ja', '手が歪んでいるが、文字は同じだ。', ['anatomy']],
  ])('%s: "%s" gives %j', (_lang, text, expected) => {
    expect(sorted(text)).toEqual(expected);
  });
});
