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
