import { describe, expect, it } from 'vitest';
import { foundWithSilentTwin, modes } from './found.ts';

// Issue 16, from the public tuning split's silent complaints (session 9): a stock site's watermark drawn into the clip,
// and a colour measured against the picture the clip started from. Sentences written for these tests; each complaint
// has a twin that must name nothing.
describe("a stock watermark the model drew is writing it made up; the service's own mark is not", () => {
  it.each([
    ['en', 'all of the generated clips contain a shutterstock watermark', 'there is no watermark in the clip'],
    ['en', 'you can vaguely see watermarks in the corner', 'I paid to remove the watermark'],
    ['de', 'Im Video taucht ein Wasserzeichen von Getty auf.', 'Das Video hat kein Wasserzeichen.'],
    ['fr', 'Un filigrane apparaît en bas de la vidéo.', 'Il n’y a aucun filigrane dans la vidéo.'],
    ['pt', "O vídeo gerado tem uma marca d'água estranha.", "O vídeo não tem marca d'água."],
    ['es', 'El video generado trae una marca de agua falsa.', 'El video no tiene marca de agua.'],
    ['ja', '生成した動画にウォーターマークが出てしまう', 'ウォーターマークは出なかった'],
  ])('%s: "%s" is text; "%s" names nothing', (_lang, complaint, twin) => foundWithSilentTwin(complaint, twin, 'text'));

  it('the free plan adding its mark is a plan, not a defect', () => {
    expect(modes('the free plan adds a watermark to every export')).toEqual([]);
    expect(modes('I want the video without watermarks')).toEqual([]);
  });
});

describe('a colour set against the input or the original is a colour change', () => {
  it.each([
    ['the last frame has a colour difference compared to the input', 'the last frame has no colour difference compared to the input'],
    ['the brightness is darker than the original image', 'the brightness is the same as the original image'],
    ['frames in the middle show colour and saturation discontinuities', 'the colours stay the same from start to end'],
  ])('"%s" is color; "%s" names nothing', (complaint, twin) => foundWithSilentTwin(complaint, twin, 'color'));

  it('a difference between two services names nothing; a face compared to the input is who it is', () => {
    expect(modes('the difference between the two services is huge')).toEqual([]);
    expect(modes('the face looks different compared to the input')).toEqual(['identity']);
  });
});
