/**
 * The s14 removal round (removal.ts, gone.ts): a defect the person cannot get rid of is there, in six languages; one
 * they got rid of, or said to be gone, is not. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { foundWithSilentTwin, modes } from './found.ts';

describe('a defect that cannot be removed is a complaint; removed, it is nothing', () => {
  const cases: [string, string, string][] = [
    ['I can’t get rid of the flicker.', 'I finally got rid of the flicker.', 'color'],
    ['I can’t fix the extra fingers no matter what.', 'I managed to fix the extra fingers.', 'anatomy'],
    ['I can’t seem to solve the issue of the eyes floating.', 'I solved the issue of the eyes floating.', 'physics'],
    ['Ich bekomme das Flackern nicht weg.', 'Das Flackern ist weg.', 'color'],
    ['Je n’arrive pas à enlever le scintillement.', 'Il n’y a plus de scintillement.', 'color'],
    ['No consigo quitar el parpadeo.', 'Ya no hay parpadeo.', 'color'],
    ['Não consigo tirar a cintilação.', 'Não há mais cintilação.', 'color'],
    ['ちらつきが消せない。', 'ちらつきはもうない。', 'color'],
  ];
  for (const [complaint, twin, mode] of cases) it(complaint, () => foundWithSilentTwin(complaint, twin, mode));
});

describe('a removal carried out leaves what the sentence says after a "but"', () => {
  it('the flicker fixed, the hands still melting', () =>
    expect(modes('I finally fixed the flicker, but the hands still melt.')).toEqual(['anatomy']));
});

describe('an inability that removes no defect names nothing', () => {
  for (const text of ['I can’t get rid of the feeling that the video looks great.', 'I can’t stop watching, the clip is amazing.'])
    it(text, () => expect(modes(text)).toEqual([]));
});

describe('a defect said gone is nothing (gone.ts); a thing that vanishes stays a complaint', () => {
  const pairs: [string, string, string][] = [
    ['The flicker is gone.', 'The cup is gone.', 'physics'],
    ['The flickering disappeared after the update.', 'The flickering hands disappeared.', 'anatomy'],
    ['Das Flackern ist weg.', 'Die Hand ist weg.', 'anatomy'],
    ['Le scintillement a disparu.', 'La main a disparu.', 'anatomy'],
    ['El parpadeo desapareció.', 'La mano desapareció.', 'anatomy'],
    ['ちらつきが消えた。', '手が消えた。', 'anatomy'],
  ];
  for (const [gone, twin, mode] of pairs)
    it(gone, () => {
      expect(modes(gone)).toEqual([]);
      expect(modes(twin)).toEqual([mode]);
    });
  it('a defect gone beside another still there keeps the other', () =>
    expect(modes('The flicker is gone but the hands melt.')).toEqual(['anatomy']));
});
