import { describe, expect, it } from 'vitest';
import { foundWithSilentTwin, modes } from './found.ts';

// Issue 16, session 10: a background that changes by itself is physics (the conventions, batches 4-6 and 8), in each
// language; the background staying the same is nothing, and background music that changes is the sound, none of the
// five modes. The sentences are written for these tests.
describe('a background that changes by itself', () => {
  it.each([
    ['the background keeps changing', 'the background stays the same'],
    ['der Hintergrund ändert sich plötzlich', 'der Hintergrund bleibt gleich'],
    ['le décor change soudainement', 'le décor reste le même'],
    ['el fondo cambia de repente', 'el fondo se mantiene igual'],
    ['o fundo muda de repente', 'o fundo continua igual'],
    ['背景が急に変わる', '背景は安定している'],
  ])('%s is physics; %s is nothing', (complaint, twin) => foundWithSilentTwin(complaint, twin, 'physics'));

  it('background music that changes is the sound, not the background', () => {
    expect(modes('the background music changes halfway')).toEqual([]);
    expect(modes('la música de fondo cambia')).toEqual([]);
  });

  it('a background that flickers or pulses is still colour, beside another complaint too', () => {
    expect(modes('the background flickers')).toEqual(['color']);
    expect(modes('the face melts at 2s and the background pulses')).toEqual(['anatomy', 'color']);
  });

  it('a thing named right before "colour" only says whose colour changes: no morphing thing', () => {
    foundWithSilentTwin('the background color changes every second', 'the background color stays the same', 'color');
    expect(modes('the car colour keeps changing')).toEqual(['color']);
    expect(modes('the car keeps changing')).toEqual(['physics']);
  });

  it('a negation at the end of a Japanese たり list is said of every listed event', () => {
    expect(modes('背景が急に変わったり、途中で別人になったりする現象はみられません。')).toEqual([]);
    expect(modes('背景が急に変わったり、途中で別人になったりする。')).toEqual(expect.arrayContaining(['physics', 'identity']));
    // "Not few" is "often": no negation to spread.
    expect(modes('背景が急に変わったり、途中で別人になったりすることが少なくありません。')).toEqual(
      expect.arrayContaining(['physics', 'identity']),
    );
  });
});
