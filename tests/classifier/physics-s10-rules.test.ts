import { describe, expect, it } from 'vitest';
import { foundWithSilentTwin, modes } from './found.ts';

// Issue 16, session 10's physics recall round: families of physics complaints the public tuning split's
// cross-validated misses showed with no finding. Each complaint stands beside a near-identical twin that must name
// nothing: the same words about something harmless, negated or said to be as asked. Sentences written for these
// tests, not taken from any labelled set.

// Lost motion (stillness.ts): a person who stays still or does not move is physics by the labels' convention ("motion
// that lags or does not happen, a still image"); a camera that stays still is what one asked for.
describe('a person who stays still is physics; a still camera is nothing', () => {
  it.each([
    ['en', 'the girl in the photo just stays still the whole time', 'the camera in the photo just stays still the whole time'],
    ['en', 'the dancer does not move at all', 'the dancer does not move naturally'],
    ['en', 'my character is fixed in the centre of the frame', 'my character is fixed in the centre of the frame, as I asked'],
    ['en', 'the old man is completely motionless', 'the old man is completely motionless, as I requested'],
    ['de', 'Der Junge bewegt sich überhaupt nicht', 'Der Junge bewegt sich ganz natürlich'],
    ['de', 'Die Tänzerin bleibt regungslos', 'Die Kamera bleibt regungslos'],
    ['fr', 'la danseuse ne bouge pas du tout', 'la caméra ne bouge pas du tout'],
    ['fr', 'le garçon reste immobile', 'le décor reste immobile'],
    ['es', 'la niña no se mueve en todo el vídeo', 'la cámara no se mueve en todo el vídeo'],
    ['es', 'el hombre se queda quieto', 'la cámara se queda quieta'],
    ['pt', 'o menino não se mexe', 'a câmera não se mexe'],
    ['pt', 'a mulher fica parada o vídeo inteiro', 'a câmera fica parada o vídeo inteiro'],
    ['ja', '女の子が全然動かない', '女の子が自然に動く'],
    ['ja', 'キャラクターが静止したまま', 'カメラが静止したまま'],
  ])('%s: "%s" is physics; "%s" names nothing', (_lang, complaint, twin) => foundWithSilentTwin(complaint, twin, 'physics'));

  // The whole video a still picture; the twin is about the input, which is a still image by nature.
  it.each([
    ['en', 'the output is basically a still image', 'the input is basically a still image'],
    ['en', 'clips are often still for the first two seconds', 'clips are often quiet for the first two seconds'],
    ['de', 'Das Ergebnis ist nur ein Standbild', 'Das Ergebnis ist nur ein Video'],
    ['ja', '動画が静止画のまま', '動画が静止画より綺麗'],
  ])('%s: "%s" is physics; "%s" names nothing', (_lang, complaint, twin) => foundWithSilentTwin(complaint, twin, 'physics'));
});

// The laws of physics said to be broken (lexicon/laws.ts): a verb of defying, ignoring or contradicting x a name of
// the laws. Obeying or corresponding to them, or the same verb negated, names nothing.
describe('the laws of physics defied or ignored is physics; obeyed or not defied, nothing', () => {
  it.each([
    ['en', 'the thrown ball ignores gravity', 'the thrown ball obeys gravity'],
    ['en', 'the splash contradicts basic physics', 'the splash does not contradict basic physics'],
    ['de', 'Der Sprung widerspricht den Gesetzen der Physik', 'Der Sprung entspricht den Gesetzen der Physik'],
    ['fr', 'la chute ne respecte pas les lois de la physique', 'la chute respecte les lois de la physique'],
    ['fr', 'le ballon défie la gravité', 'le ballon ne défie pas la gravité'],
    ['es', 'el coche desafía las leyes de la física', 'el coche no desafía las leyes de la física'],
    ['es', 'el salto no corresponde a las leyes de la física', 'el salto corresponde a las leyes de la física'],
    ['pt', 'o carro ignora a gravidade', 'o carro respeita a gravidade'],
    ['ja', 'ボールの動きが物理法則に反している', 'ボールの動きが物理法則に従っている'],
    ['ja', '水しぶきが物理法則を無視している', '水しぶきが物理法則を無視していない'],
  ])('%s: "%s" is physics; "%s" names nothing', (_lang, complaint, twin) => foundWithSilentTwin(complaint, twin, 'physics'));
});

// A body part said to break them is the body going wrong (laws-said.ts), as the labels file a body's odd motion.
describe('a body part that defies physics is anatomy, a thing that does is physics', () => {
  it.each([
    ['en', 'her elbow defies gravity', 'her kite defies gravity'],
    ['es', 'sus dedos desafían la física', 'sus globos desafían la física'],
  ])('%s: "%s" is anatomy; "%s" is physics', (_lang, body, thing) => {
    expect(modes(body)).toEqual(['anatomy']);
    expect(modes(thing)).toEqual(['physics']);
  });
});

// A shadow or reflection that stays at the same place while its thing moves (events.ts), said of where it stays; the
// same words of a table (which stays put) or negated name nothing.
describe('a reflection that stays at the same place is physics; one that does not, nothing', () => {
  it.each([
    ['en', 'the reflections in the window stay at the same spot', "the reflections in the window don't stay at the same spot"],
    ['de', 'Das Spiegelbild bleibt an derselben Stelle', 'Der Tisch bleibt an derselben Stelle'],
    ['fr', "l'ombre de la table reste au même endroit", 'la table reste au même endroit'],
    ['es', 'la sombra del coche se queda en el mismo sitio', 'la sombra del coche no se queda en el mismo sitio'],
    ['pt', 'o reflexo do carro fica no mesmo lugar', 'o reflexo do carro não fica no mesmo lugar'],
    ['ja', '車の影が同じ位置のまま', '車が同じ位置のまま'],
  ])('%s: "%s" is physics; "%s" names nothing', (_lang, complaint, twin) => foundWithSilentTwin(complaint, twin, 'physics'));
});

// A head or face whose size pulses (size.ts), the labels' "head scaling up and down"; growing once, with no rhythm,
// or the pulse negated, names nothing.
describe('a face that grows and shrinks is physics; one that grows once, nothing', () => {
  it.each([
    ['en', 'her head periodically gets bigger', 'her head gets bigger'],
    ['en', 'the face grows and shrinks all through the clip', 'the face neither grows nor shrinks all through the clip'],
    ['de', 'Sein Kopf wird immer wieder größer', 'Sein Kopf wird größer, als er näher kommt'],
    ['fr', 'son visage grossit et rétrécit', 'son visage ne grossit pas'],
    ['es', 'su cara se agranda y se encoge', 'su cara se agranda al acercarse'],
    ['pt', 'a cabeça dele cresce e encolhe', 'a cabeça dele não cresce nem encolhe'],
    ['ja', '彼の顔が大きくなったり小さくなったりする', '彼の顔が大きくなったり小さくなったりはしない'],
  ])('%s: "%s" is physics; "%s" names nothing', (_lang, complaint, twin) => foundWithSilentTwin(complaint, twin, 'physics'));
});
