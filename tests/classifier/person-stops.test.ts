import { describe, expect, it } from 'vitest';
import { hard } from './found.ts';

// Issue 16, session 10: a stall word said of a person is someone stopping in the scene, not a job that hangs (found by
// the precision round's probes: "die Leute bleiben stehen" read as a stuck generation). The sentences are written for
// these tests; each pair differs in whether the person or the job stops.
describe('a person who stops is no stuck generation', () => {
  it.each([
    ['Die Frau bleibt ruhig stehen und lächelt', 'Die Generierung bleibt stehen'],
    ['die Leute bleiben stehen', 'Das Video bleibt bei 99 % stehen'],
    ['女性は立ち止まって微笑む', '動画の生成が止まった'],
    ['my character is stuck in the doorway', 'the generation is stuck'],
  ])('"%s" is no hard failure; "%s" is a stalled job', (person, job) => {
    expect(hard(person)).toBeUndefined();
    expect(hard(job)).toBe('stuck');
  });

  it('the job named between the person and the stall word is still the job', () => {
    expect(hard("the woman's video has been stuck for hours")).toBe('stuck');
    expect(hard('the video of the woman is stuck at 80%')).toBe('stuck');
    expect(hard('女性の動画が止まった')).toBe('stuck');
  });
});
