import { describe, expect, it } from 'vitest';
import { classify } from '../../src/classifier/classify.ts';
import { foundWithSilentTwin } from './found.ts';

// Issue 16, session 12: a video that came out as a still picture. The label conventions file "a still image" under
// physics (motion that does not happen), not as a blank output; the hard-failure lexicon had it as blank, so the same
// complaint got a hard failure said one way and physics said another. Sentences written for these tests, not taken
// from any labelled set.
describe('a video that is a still picture is physics, not a blank output', () => {
  it.each([
    ['en', "I got a 5 second video that's just a still image", "I used a 5 second video that's just a still image as the input"],
    ['en', 'the result is a static picture, nothing moves', 'the input is a static picture of my dog'],
    ['en', 'it generated a still image instead of a video', 'it turned a still image into a video'],
    ['de', 'Ich bekomme nur ein Standbild statt eines Videos', 'Ich lade ein Standbild hoch und bekomme ein Video'],
    ['fr', "j'obtiens une image fixe au lieu d'une vidéo", "j'envoie une image fixe et j'obtiens une vidéo"],
    ['es', 'me da una imagen fija en lugar de un video', 'le doy una imagen fija y me da un video'],
    ['pt', 'sai uma imagem parada em vez de um vídeo', 'envio uma imagem parada e sai um vídeo'],
    ['ja', '動画ではなく静止画が出てきた', '静止画から動画が出てきた'],
  ])('%s: "%s" is physics; "%s" names nothing', (_lang, complaint, twin) => foundWithSilentTwin(complaint, twin, 'physics'));

  it.each(["I got a 5 second video that's just a still image", 'the video is a static image the whole time'])(
    '"%s" is no hard failure',
    (text) => expect(classify(text).hardFailure).toBeUndefined(),
  );

  it('a still image negated names nothing', () =>
    expect(classify('the output is not a still image, it moves nicely').findings).toEqual([]));
});
