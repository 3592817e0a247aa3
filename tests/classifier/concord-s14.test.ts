/**
 * Two s14 families of hard failures. Concord (concord.ts): in French, Spanish and Portuguese a bare ne/no/não agrees
 * with the negative word of a hard-failure phrase ("je n'ai jamais reçu de vidéo"), so no video came; the same
 * negation said of a thing or a defect still denies it. Tellers (scope.ts): a run someone else told of is theirs.
 * Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { hard, modes } from './found.ts';

describe('a video that never came, said with negative concord, is a hard failure', () => {
  for (const text of ['Je n’ai jamais reçu de vidéo.', 'No me sale ningún video.', 'No genera ningún video.'])
    it(text, () => expect(hard(text)).toBe('generation_error'));
});

describe('the same negation of a thing, a defect or a complaint denies it', () => {
  for (const text of [
    'Je n’ai jamais reçu de plainte.',
    'Não vi nenhum vídeo com problemas nas mãos.',
    'Je n’ai jamais eu de problème avec les vidéos.',
    'No me genera nada raro, todo bien.',
  ])
    it(text, () => {
      expect(hard(text)).toBeUndefined();
      expect(modes(text)).toEqual([]);
    });
});

describe('a run someone else told of is theirs, not the person’s (scope.ts, s14)', () => {
  const pairs: [string, string][] = [
    ['He said he never got a video.', 'I never got a video.'],
    ['A friend told me her generation got stuck at 99%.', 'My generation got stuck at 99%.'],
  ];
  for (const [told, own] of pairs)
    it(told, () => {
      expect(hard(told)).toBeUndefined();
      expect(hard(own)).toBeDefined();
    });
  it('the person’s own run before the telling keeps its hard failure', () =>
    expect(hard('My generation got stuck at 99%, a friend told me hers did too.')).toBe('stuck'));
  it('the person in the clip speaking is no teller', () => expect(modes('He says hello and his hand melts.')).toEqual(['anatomy']));
  it('a friend’s words about the hands are hers', () => expect(modes('My friend said the hands melt.')).toEqual([]));
});
