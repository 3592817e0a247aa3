import { describe, expect, it } from 'vitest';
import { classify } from '../../src/classifier/classify.ts';
import { expectHardFailure, foundWithSilentTwin, modes } from './found.ts';

// Issue 16, session 14's motion round (lost-motion.ts): motion that is lost, too little, frozen part-way, repeated,
// not following the driving video, or had by only some subjects is physics by the label conventions ("motion that
// lags or does not happen, a still image, only a slight zoom"). Each complaint stands beside a twin with the same
// words wished for, praised, negated or said of the camera, which must name nothing. Sentences written for these
// tests, not taken from any labelled set.

describe('the output itself does not move is physics; a camera or a player is not', () => {
  it.each([
    ['en', 'why does my output not move at all?', 'why does my camera not move at all?'],
    ['en', 'the generated clip barely moves, it looks like a photo', 'the generated clip moves nicely, it looks like a film'],
    ['en', 'nothing moves in the result, whatever I try', 'I want nothing to move in the result except the camera'],
    ['de', 'Das Ergebnis bewegt sich gar nicht', 'Das Ergebnis bewegt sich schön flüssig'],
    ['de', 'Es bewegt sich überhaupt nichts', 'Es bewegt sich alles sehr natürlich'],
    ['fr', 'la vidéo générée ne bouge pas du tout', 'la caméra ne bouge pas du tout'],
    ['fr', 'rien ne bouge dans le résultat', 'tout bouge de façon naturelle dans le résultat'],
    ['es', 'el resultado no se mueve nada', 'la cámara no se mueve nada'],
    ['pt', 'o vídeo gerado quase não se mexe', 'a câmera quase não se mexe'],
    ['ja', '生成した動画が全然動かない', '生成した動画が自然に動いている'],
  ])('%s: "%s" is physics; "%s" names nothing', (_lang, complaint, twin) => foundWithSilentTwin(complaint, twin, 'physics'));

  it.each([
    'the video does not play in the browser',
    'the page is not moving',
    'the output doesn’t move naturally',
    'I want a static camera',
    'the camera stays nicely still',
    'my images don’t move to the gallery',
  ])('"%s" names nothing', (text) => expect(modes(text)).toEqual([]));
});

describe('motion too small, too slow or not visible is physics; the same wished or praised is nothing', () => {
  it.each([
    ['en', 'the motion of the dancer is way too subtle', 'I want the motion of the dancer to be subtle'],
    ['en', 'her movements are barely noticeable', 'her movements are subtle, exactly what I wanted'],
    ['en', 'the cat moves far too little', 'the camera moves far too little'],
    ['en', 'the generated movements are not obvious enough', 'the generated movements are obvious and smooth'],
    ['de', 'Die Bewegungen sind viel zu schwach', 'Die Kamerabewegungen sind viel zu schwach'],
    ['de', 'Der Hund bewegt sich viel zu wenig', 'Der Hund bewegt sich genau richtig'],
    ['fr', 'les mouvements sont à peine perceptibles', 'les mouvements sont bien perceptibles'],
    ['es', 'los movimientos son demasiado sutiles', 'los movimientos de cámara son demasiado sutiles'],
    ['pt', 'os movimentos ficam muito pequenos', 'os movimentos ficam muito naturais'],
    ['ja', '人物の動きが小さすぎる', 'カメラの動きが小さすぎる'],
    ['ja', '猫があまり動かない', '猫がよく動いている'],
  ])('%s: "%s" is physics; "%s" names nothing', (_lang, complaint, twin) => foundWithSilentTwin(complaint, twin, 'physics'));

  it.each([
    'to get more motion, raise the motion bucket',
    'what does the motion strength setting do?',
    'no motion blur at all',
    'a slow motion shot of a horse running',
    'the movements are not too small, they are just right',
  ])('"%s" names nothing', (text) => expect(modes(text)).toEqual([]));
});

// A condition whose consequence is a remedy is advice (advice.ts): the motion it names may happen, it did not.
describe('lost motion as the condition of a remedy names nothing; the same reported is physics', () => {
  it.each([
    ['en', 'when I run it, the movements are too small', 'if the movements are too small, raise the motion strength'],
    ['en', 'with the default settings the output does not move', 'tip: if your output does not move, lower the CFG'],
    ['de', 'Das Ergebnis bewegt sich nicht, egal was ich einstelle', 'Wenn sich das Ergebnis nicht bewegt, erhöhe die Stärke'],
    ['pt', 'o vídeo não se mexe com nenhuma configuração', 'se o vídeo não se mexe, aumente o motion bucket'],
  ])('%s: "%s" is physics; "%s" names nothing', (_lang, complaint, twin) => foundWithSilentTwin(complaint, twin, 'physics'));
});

describe('a frame repeated or the output frozen part-way is physics; a frozen job stays a hard failure', () => {
  it.each([
    ['en', 'after one second the remainder of the clip is a frozen frame', 'after one second the remainder of the clip is sharp'],
    ['en', 'the same image repeated over and over after the start', 'the same image was used for every start'],
    ['en', 'the output freezes after 3 seconds', 'the output looks great after 3 seconds'],
    ['de', 'Das Video friert nach 2 Sekunden ein', 'Das Video ist nach 2 Sekunden fertig'],
    ['de', 'Der Rest des Clips ist dasselbe Bild', 'Der Rest des Clips ist scharf'],
    ['fr', 'la vidéo se fige au bout de deux secondes', 'la vidéo est prête au bout de deux secondes'],
    ['es', 'el resto del video es el mismo fotograma repetido', 'el resto del video es nítido'],
    ['pt', 'o vídeo congela depois de 3 segundos', 'o vídeo fica pronto depois de 3 segundos'],
    ['ja', '同じフレームが繰り返されるだけ', '同じプロンプトで繰り返し生成した'],
  ])('%s: "%s" is physics; "%s" names nothing', (_lang, complaint, twin) => foundWithSilentTwin(complaint, twin, 'physics'));

  it.each([
    ['the progress bar froze at 80%', 'stuck'],
    ['generation froze and never finished', 'stuck'],
    ['stuck at 99% for an hour', 'stuck'],
    ['the generation isn’t moving, it has been an hour', 'stuck'],
  ])('"%s" keeps its hard failure', (text, kind) => expectHardFailure(text, kind));

  it.each([
    'the video freezes after I press play in the browser',
    'the page froze when I clicked generate',
    'the UI is frozen',
    'it keeps repeating',
  ])('"%s" names no mode', (text) => expect(classify(text).findings).toEqual([]));
});

describe('a part that does not follow the driving video is physics; the same said fine or of the audio is not', () => {
  it.each([
    ['en', 'the head does not follow the driving video', 'the head follows the driving video well'],
    ['en', "her lips don't move with the reference video", "her lips don't move with the audio"],
    ['de', 'Die Augen folgen dem Referenzvideo nicht', 'Die Augen folgen dem Referenzvideo sehr genau'],
    ['fr', 'les yeux ne suivent pas la vidéo de référence', 'les yeux suivent bien la vidéo de référence'],
    ['es', 'la cabeza no sigue el video de referencia', 'la cabeza sigue bien el video de referencia'],
    ['pt', 'os olhos não acompanham o vídeo de referência', 'os olhos acompanham bem o vídeo de referência'],
    ['ja', '目が参照動画の動きについてこない', '目が参照動画の動きにきちんとついてくる'],
    // Japanese is read where words begin, as the lexicon is: 手 is not read inside 相手 ("the other person").
    ['ja', '手が参照動画についてこない', '相手が参照動画についてこない'],
  ])('%s: "%s" is physics; "%s" names nothing', (_lang, complaint, twin) => foundWithSilentTwin(complaint, twin, 'physics'));
});

describe('only some subjects moving, or only a zoom, is physics; the same asked for is nothing', () => {
  it.each([
    ['en', 'only two of the dancers are moving', 'only two of the dancers are wearing hats'],
    ['en', 'it just zooms in slowly and that is it', 'how do I make it just zoom in slowly?'],
    ['de', 'Nur einer von ihnen bewegt sich', 'Nur einer von ihnen trägt einen Hut'],
    ['fr', 'seul un des personnages bouge', 'seul un des personnages porte un chapeau'],
    ['es', 'solo uno de ellos se mueve', 'solo uno de ellos lleva sombrero'],
    ['pt', 'só um deles se mexe', 'só um deles usa chapéu'],
    ['ja', '一人しか動かない', '一人しか帽子をかぶっていない'],
  ])('%s: "%s" is physics; "%s" names nothing', (_lang, complaint, twin) => foundWithSilentTwin(complaint, twin, 'physics'));

  it('a wish for only the camera to move names nothing', () => expect(modes('I want only the camera to move')).toEqual([]));
});
