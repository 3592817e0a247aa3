import { describe, expect, it } from 'vitest';
import { modes } from './found.ts';

// Issue 16, the s12 multi-mode round: a description naming two failures is right only with both found and nothing
// else, and one failure stays one finding. Each family has two-failure sentences, single-failure twins and near misses
// that must not give the mode the rule adds. Sentences written for these tests, not taken from any labelled set.
const sorted = (text: string) => [...modes(text)].sort();

describe('a thing that shakes or trembles is physics, beside a second failure too', () => {
  it.each([
    ['de', 'Die Hände sind verformt und die Tasse wackelt.'],
    ['de', 'Der Mann hat sechs Finger, und der Ball zittert die ganze Zeit.'],
    ['fr', 'Les mains sont déformées et la tasse tremble.'],
    ['fr', "L'homme a six doigts, et le ballon tremble sans arrêt."],
    ['es', 'Las manos están deformes y la taza tiembla.'],
    ['es', 'El hombre tiene seis dedos y el balón está tembloroso.'],
    ['pt', 'As mãos estão deformadas e a xícara treme.'],
    ['pt', 'O homem tem seis dedos e a bola ficou tremida.'],
    ['ja', '手が溶けて、カップも震えている。'],
    ['ja', '指が6本あるし、ボールもガタガタ揺れている。'],
  ])('%s: "%s" is anatomy and physics', (_lang, text) => {
    expect(sorted(text)).toEqual(['anatomy', 'physics']);
  });

  // Twins: the shaking alone is the one finding; denied, nothing; "tremendo" (tremendous) is praise, not a tremble.
  it.each([
    ['de', 'Der Ball wackelt.', ['physics']],
    ['de', 'Die Tasse zittert nicht.', []],
    ['fr', 'Le ballon tremble.', ['physics']],
    ['fr', 'La tasse ne tremble pas.', []],
    ['es', 'La taza tiembla.', ['physics']],
    ['es', 'La taza no tiembla.', []],
    ['pt', 'O novelo ficou tremido.', ['physics']],
    ['pt', 'A xícara não treme.', []],
    ['pt', 'O resultado foi tremendo, adorei.', []],
    ['ja', 'カップが震える。', ['physics']],
    ['ja', 'カップは震えていない。', []],
  ])('%s: "%s" gives %j', (_lang, text, expected) => {
    expect(sorted(text)).toEqual(expected);
  });
});

describe('body parts that liquefy are melting ones, beside a second failure too', () => {
  it.each([
    ['en', 'Her arms liquefy into the floor, and the sign text is gibberish.', ['anatomy', 'text']],
    ['de', 'Die Arme verflüssigen sich und die Farben flackern.', ['anatomy', 'color']],
    ['fr', 'Les bras se liquéfient et le texte est illisible.', ['anatomy', 'text']],
    ['es', 'Los brazos se licúan y los colores parpadean.', ['anatomy', 'color']],
    ['pt', 'Os braços se liquefazem e o texto fica ilegível.', ['anatomy', 'text']],
    ['ja', '腕が液状化して、文字も崩れている。', ['anatomy', 'text']],
  ])('%s: "%s" gives %j', (_lang, text, expected) => {
    expect(sorted(text)).toEqual(expected);
  });

  // Twins: alone it is the one finding; denied, nothing; the word about no drawn thing ("un licuado", a drink), nothing.
  it.each([
    ['en', 'The limbs liquefy.', ['anatomy']],
    ['en', 'The arms do not liquefy.', []],
    ['de', 'Die Arme verflüssigen sich.', ['anatomy']],
    ['fr', 'Les bras se liquéfient.', ['anatomy']],
    ['es', 'Me tomé un licuado de fresa.', []],
    ['pt', 'Os braços se liquefazem.', ['anatomy']],
    ['ja', '腕は液状化しない。', []],
  ])('%s: "%s" gives %j', (_lang, text, expected) => {
    expect(sorted(text)).toEqual(expected);
  });
});
