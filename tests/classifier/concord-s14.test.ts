/**
 * The s14 concord family (concord.ts): in French, Spanish and Portuguese a bare ne/no/não agrees with the negative
 * word of a hard-failure phrase ("je n'ai jamais reçu de vidéo"), so no video came; the same negation said of a thing
 * or a defect still denies it. Sentences written for this test.
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
