/**
 * The s14 part-from-part round: a body part said to grow or come out of another is anatomy (part-from-part.ts); the
 * same verbs with a thing that is no body part, or negated, name nothing. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { foundWithSilentTwin, modes } from './found.ts';

describe('a part growing out of another part is anatomy, and its twin is nothing', () => {
  const pairs: [string, string][] = [
    ['A hand grows out of his neck.', 'No hand grows out of his neck this time.'],
    ['An arm comes out of her back in the last shot.', 'An arm comes out of the car window in the last shot.'],
    ['There is a finger sticking out of his cheek.', 'There is a pen sticking out of his pocket.'],
    ['Un bras sort de son dos.', 'Un chat sort de son sac.'],
    ['Il y a une main qui sort de son cou.', 'Il y a une main qui sort de sa poche.'],
    ['Sai um braço das costas dela.', 'Sai um gato da bolsa dela.'],
    ['Uma mão que sai do pescoço.', 'Uma mão que sai do bolso.'],
  ];
  for (const [complaint, twin] of pairs) it(complaint, () => foundWithSilentTwin(complaint, twin, 'anatomy'));
});

describe('coming out of a place that is no body part, or as it should, is nothing', () => {
  for (const text of [
    'His hand comes out of his pocket.',
    'She pulls her hand out of her pocket.',
    'Her hair grows out of her head, as usual.',
  ])
    it(text, () => expect(modes(text)).toEqual([]));
});
