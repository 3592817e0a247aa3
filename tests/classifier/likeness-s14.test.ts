/**
 * The s14 likeness round: a likeness judged poor is `identity` (likeness-judged.ts); the same noun praised, negated
 * into praise, wished for, put as a condition or as a disclaimer names nothing. Sentences written for this test, not
 * tuning items.
 */
import { describe, expect, it } from 'vitest';
import { foundWithSilentTwin, modes } from './found.ts';

describe('a likeness judged poor is identity, and its twin judged good is nothing', () => {
  const pairs: [string, string][] = [
    ['The face resemblance is not great.', 'The face resemblance is great.'],
    ['The likeness to my photo is weak.', 'The likeness to my photo is perfect.'],
    ['Face similarity is low in every clip.', 'Face similarity is high in every clip.'],
    ['There is little resemblance to my photo.', 'There is a striking resemblance to my photo.'],
    ['Die Ähnlichkeit ist leider gering.', 'Die Ähnlichkeit ist sehr gut.'],
    ['Kaum Ähnlichkeit mit dem Foto.', 'Große Ähnlichkeit mit dem Foto.'],
    ['La ressemblance est faible.', 'La ressemblance est bonne.'],
    ['Peu de ressemblance avec la photo.', 'Beaucoup de ressemblance avec la photo.'],
    ['El parecido es malo.', 'El parecido es increíble.'],
    ['Poco parecido con la foto.', 'Mucho parecido con la foto.'],
    ['A semelhança é fraca.', 'A semelhança é ótima.'],
    ['Pouca semelhança com a foto.', 'Muita semelhança com a foto.'],
    ['類似度が低い。', '類似度が高い。'],
  ];
  for (const [complaint, twin] of pairs) it(complaint, () => foundWithSilentTwin(complaint, twin, 'identity'));
});

describe('the likeness noun with no poor verdict on this run names nothing', () => {
  const silent = [
    'The likeness is not bad at all.',
    'This bears no resemblance to any real person.',
    'I want better likeness.',
    'If the likeness is low, raise the IP adapter weight.',
    'Toute ressemblance avec des personnes réelles est fortuite.',
  ];
  for (const text of silent) it(text, () => expect(modes(text)).toEqual([]));
});
