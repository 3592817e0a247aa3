/**
 * The s14 wish round: the complement of a verb of wanting is a request, no defect (wished.ts); a turn to what came
 * out, a report, a negated want or a complaint beside the want still finds. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { modes } from './found.ts';

describe('what the person wants is no finding, in six languages; the same words as a result are', () => {
  const pairs: [string, string, string][] = [
    ['I want the hands to melt, it is a surreal clip.', 'The hands melt, it is a mess.', 'anatomy'],
    ['I want the colors to flicker like an old film.', 'The colors flicker like an old film.', 'color'],
    ['I wanted the ball to disappear.', 'The ball disappeared.', 'physics'],
    ['Ich möchte, dass das Video dunkler wird.', 'Das Video wird dunkler.', 'color'],
    ['Je voudrais que les couleurs changent.', 'Les couleurs changent.', 'color'],
    ['Quiero que la pelota desaparezca.', 'La pelota desaparece.', 'physics'],
    ['ボールが消えるようにしたい。', 'ボールが消えた。', 'physics'],
    ['The prompt asks for a strobing effect.', 'There is a strobing effect.', 'color'],
    ['El prompt pide que la pelota desaparezca.', 'La pelota desaparece.', 'physics'],
  ];
  for (const [wish, result, mode] of pairs)
    it(wish, () => {
      expect(modes(wish)).toEqual([]);
      expect(modes(result)).toEqual([mode]);
    });
});

describe('two things wanted are both no finding', () => {
  it('the hands to melt and the face to change', () => expect(modes('I want the hands to melt and the face to change.')).toEqual([]));
});

describe('a want beside a complaint leaves the complaint', () => {
  const cases: [string, string][] = [
    ['I wanted the face to stay the same, but it changes in every shot.', 'identity'],
    ['I want to report that the hands melted.', 'anatomy'],
    ['I want a refund because the face changed.', 'identity'],
    ['The hands melt and I want them fixed.', 'anatomy'],
    ['I want my credits back, the hands have six fingers.', 'anatomy'],
    ['手の崩れを改善してほしい。', 'anatomy'],
    ['My prompt asked for realistic hands and the hands melted.', 'anatomy'],
    ['I wanted realistic hands and they melted.', 'anatomy'],
  ];
  for (const [text, mode] of cases) it(text, () => expect(modes(text)).toEqual([mode]));
});
