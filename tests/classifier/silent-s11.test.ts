import { describe, expect, it } from 'vitest';
import { classify } from '../../src/classifier/classify.ts';
import { foundWithSilentTwin } from './found.ts';

// Issue 16, session 11's rules round on the silent complaints: single-mode complaints that named a thing the lexicon
// knows but said what is wrong with it in words the lexicon lacked, so nothing was found. Each family stands beside a
// near-identical twin that must name nothing: the same words said fine, negated, or about something harmless.
// Sentences written for these tests, not taken from any labelled set.

// A thing unlike what it should follow: "has nothing to do with", "never matches" (lexicon change cues, and the
// steady words of the other languages, negated). Said of text it is the text failing, of a face a new person.
describe('a thing that has nothing to do with, or never matches, what it should follow', () => {
  it.each([
    ['en', 'text', 'The captions have nothing to do with the scene.', 'The captions have everything to do with the scene.'],
    ['en', 'text', "The captions don't have anything to do with the scene.", 'The captions do have something to do with the scene.'],
    ['en', 'identity', 'her face never really matches the photo I gave it', 'her face matches the photo I gave it'],
    ['en', 'identity', 'the face never quite matches the uploaded portrait', 'the face always matches the uploaded portrait'],
    ['de', 'text', 'Die Untertitel haben nichts mit der Szene zu tun.', 'Die Untertitel haben viel mit der Szene zu tun.'],
    ['de', 'identity', 'Das Gesicht stimmt nicht mit dem Referenzbild überein.', 'Das Gesicht stimmt mit dem Referenzbild überein.'],
    ['fr', 'text', "Les sous-titres n'ont rien à voir avec la scène.", 'Les sous-titres vont bien avec la scène.'],
    ['fr', 'identity', 'Le visage ne correspond jamais à la photo de référence.', 'Le visage correspond à la photo de référence.'],
    ['es', 'text', 'Los subtítulos no tienen nada que ver con la escena.', 'Los subtítulos van bien con la escena.'],
    ['es', 'identity', 'La cara nunca coincide con la foto de referencia.', 'La cara coincide con la foto de referencia.'],
    ['pt', 'text', 'As legendas não têm nada a ver com a cena.', 'As legendas combinam com a cena.'],
    ['pt', 'identity', 'O rosto nunca corresponde à foto de referência.', 'O rosto corresponde à foto de referência.'],
    ['ja', 'text', '字幕が場面と全然関係ない', '字幕が場面とよく合っている'],
    ['ja', 'identity', '顔が参照画像と合っていない', '顔が参照画像とよく合っている'],
  ])('%s: %s, "%s"; "%s" names nothing', (_lang, mode, complaint, twin) => foundWithSilentTwin(complaint, twin, mode));

  // The same words about a prompt, or a thing that is no part of the picture, name nothing; nor does a sound word.
  it.each([
    ['the clip has nothing to do with my prompt', 'the captions have nothing to do with the scene'],
    ['the audio never matches the lips', 'the face never matches the photo'],
    ['The hands are fine; this bug has nothing to do with them.', 'The captions have nothing to do with the scene.'],
  ])('"%s" names nothing beside "%s"', (twin, complaint) => {
    foundWithSilentTwin(complaint, twin, complaint.includes('face') ? 'identity' : 'text');
  });
});

// A body part unlike its pair (asymmetry.ts): "one eye smaller than the other" compares, with no defect word. The
// twins negate the comparison, compare things that are no body part, or say it was wished for.
describe('a body part smaller or longer than its pair is anatomy; two cups or a pair said alike are nothing', () => {
  it.each([
    ['en', 'one of her eyes is noticeably smaller than the other', 'one of her eyes is not smaller than the other'],
    ['en', 'his left arm ends up longer than the other one', 'the left tower ends up taller than the other one'],
    ['en', 'the ears come out different sizes', 'the ears come out the same size'],
    ['en', 'one hand is bigger than the other in every clip', 'I wanted one hand bigger than the other for the giant'],
    ['de', 'Ein Auge ist kleiner als das andere.', 'Ein Auge ist nicht kleiner als das andere.'],
    ['fr', 'Un œil est plus petit que l’autre.', "Un œil n'est pas plus petit que l'autre."],
    ['es', 'Un ojo es más pequeño que el otro.', 'Un ojo no es más pequeño que el otro.'],
    ['pt', 'Um olho é menor que o outro.', 'Um olho não é menor que o outro.'],
    ['ja', '片目がもう片方より小さい', '片目がもう片方より小さくない'],
    ['ja', '目の大きさが左右で違う', '目の大きさは左右で同じ'],
  ])('%s: "%s" is anatomy; "%s" names nothing', (_lang, complaint, twin) => foundWithSilentTwin(complaint, twin, 'anatomy'));
});

// Said to be imperfect (lexicon generic cues): a defect with no kind named, so it takes its mode from the thing;
// negated, or said of something that only changed, it is nothing.
describe('physics said to be imperfect is physics; physics said to be perfect is nothing', () => {
  it.each([
    ['en', 'the physics is still imperfect', 'the physics is no longer imperfect'],
    ['de', 'Die Physik bleibt unvollkommen.', 'Die Physik ist vollkommen.'],
    ['fr', 'La physique reste imparfaite.', 'La physique est parfaite.'],
    ['es', 'La física sigue siendo imperfecta.', 'La física es perfecta.'],
    ['pt', 'A física continua imperfeita.', 'A física é perfeita.'],
    ['ja', '物理がまだ不完全', '物理は完全'],
  ])('%s: "%s" is physics; "%s" names nothing', (_lang, complaint, twin) => foundWithSilentTwin(complaint, twin, 'physics'));
});

// Breaking, collapsing, falling apart (lexicon judge cues): a glass that breaks or a wall that collapses is an event
// in the clip, so alone they name nothing (and do not wake the model); said of a body part they are the part drawn
// wrong, and said of a steady word, stability lost (below).
describe('hands that fall apart are anatomy; a glass that breaks or a wall that collapses is nothing', () => {
  it.each([
    ['en', 'her hands fall apart when she waves', 'the old wall falls apart when the truck hits it'],
    ['de', 'Ihre Hände zerfallen beim Winken.', 'Die alte Mauer bricht zusammen, als der Lastwagen sie trifft.'],
    ['fr', 'Ses mains tombent en morceaux quand elle salue.', "Le vieux mur s'effondre pendant l'orage."],
    ['es', 'Sus manos se rompen cuando saluda.', 'El vaso cae y se rompe en mil pedazos.'],
    ['pt', 'As mãos dela se desfazem quando ela acena.', 'O copo cai e se quebra no chão.'],
  ])('%s: "%s" is anatomy; "%s" names nothing', (_lang, complaint, twin) => foundWithSilentTwin(complaint, twin, 'anatomy'));
});

// The physics' consistency said to be lost ("no physical coherence", "la coherencia física se rompe") is physics
// failing (classify.ts, lostLaw); other changes said of the physics are how articles describe a new version.
describe('physical coherence lost is physics; physics that evolved or improved is nothing', () => {
  it.each([
    ['en', 'in some prompts the physics and the coherence break down', 'in some prompts the physics and the coherence hold up'],
    ['en', 'there is a lack of physical consistency in the splash', 'the new version has increased physical realism'],
    ['de', 'Es fehlt an physikalischer Konsistenz beim Wasser.', 'Die physikalische Konsistenz beim Wasser ist gut.'],
    ['es', 'Falta coherencia física en el chorro del spray.', 'La coherencia física del chorro es buena.'],
    ['pt', 'Falta de coerência física no jato d’água.', 'A coerência física do jato d’água é boa.'],
  ])('%s: "%s" is physics; "%s" names nothing', (_lang, complaint, twin) => foundWithSilentTwin(complaint, twin, 'physics'));
});

// Not attached to what holds it (lexicon move cues): a thing that should be fixed to another floats free of it, as a
// face not glued to the head is physics by the label conventions (batch 10). Said attached, it is nothing.
describe('a thing not attached to what holds it is physics; attached it is nothing', () => {
  it.each([
    ['en', 'the handle is not attached to the mug', 'the handle is attached to the mug'],
    ['en', 'the base of the lamp is not fixed to the desk', 'the base of the lamp is fixed to the desk'],
    ['de', 'Der Henkel ist nicht befestigt.', 'Der Henkel ist gut befestigt.'],
    ['fr', "L'anse n'est pas fixée à la tasse.", "L'anse est bien fixée à la tasse."],
    ['es', 'La lámpara no está fijada a la mesa.', 'La lámpara está fijada a la mesa.'],
    ['pt', 'A alça não está presa à xícara.', 'A alça está presa à xícara.'],
    ['ja', '取っ手がカップに固定されていない', '取っ手がカップにしっかり固定されている'],
  ])('%s: "%s" is physics; "%s" names nothing', (_lang, complaint, twin) => foundWithSilentTwin(complaint, twin, 'physics'));
});

// "A mixture of" two faces is a change of who it is (lexicon change cue, not a morph, which alone would name
// physics); a style or a soundtrack that is a mixture is nothing.
describe('a face that is a mixture of two is identity; a style that is a mixture is nothing', () => {
  it.each([
    ['her face looks like a mixture of two different people', 'the style is a mixture of anime and realism'],
    ['the new face is a mixture of mine and the actor', 'the soundtrack is a mixture of jazz and rock'],
  ])('"%s" is identity; "%s" names nothing', (complaint, twin) => foundWithSilentTwin(complaint, twin, 'identity'));
});

// Stability that "goes off" (lexicon judge cue): said of a steady word it is stability lost, as "is bad" is
// (clauses.ts); an alarm or the lights going off are events, and name nothing.
describe('colour coherency that goes off is colour; lights that go off are nothing', () => {
  it.each([
    ['after a while the colour coherence goes off completely', 'after a while the lights go off completely'],
    ['the color consistency went off after a few seconds', 'the color consistency held up after a few seconds'],
  ])('"%s" is color; "%s" names nothing', (complaint, twin) => foundWithSilentTwin(complaint, twin, 'color'));
});

// A clip that goes back to its first frame (first-frame.ts): the picture snapping back where it started, physics. The
// person going back, a loop that was asked for, or a negated return name nothing.
describe('a clip that snaps back to its first frame is physics; a person who goes back is nothing', () => {
  it.each([
    ['en', 'halfway through the clip everything snaps back to the first frame', 'I reset the workflow to the first frame and tried again'],
    ['en', 'the scene keeps jumping back to the initial frame', 'it should loop back to the first frame for a seamless loop'],
    ['en', 'the background resets to the first frame every few seconds', 'the background never resets to the first frame'],
    ['de', 'Nach drei Sekunden springt das Video zum ersten Bild zurück.', 'Ich springe zum ersten Bild zurück.'],
    ['fr', 'Au bout de trois secondes, la scène retourne à la première image.', 'Je retourne à la première image.'],
    ['es', 'A los tres segundos la escena regresa al primer fotograma.', 'Yo regreso al primer fotograma.'],
    ['pt', 'Depois de três segundos a cena regressa ao primeiro quadro.', 'Eu regresso ao primeiro quadro.'],
    ['ja', '3秒ごとに最初のフレームに戻る', '最初のフレームに戻してから再生成した'],
  ])('%s: "%s" is physics; "%s" names nothing', (_lang, complaint, twin) => foundWithSilentTwin(complaint, twin, 'physics'));
});

// Abnormal (lexicon generic cue), as broken is: said of a part, that part is wrong; said normal, nothing.
describe('hands said to be abnormal are anatomy; said to be normal, nothing', () => {
  it.each([
    ['en', 'the hands look abnormal in every clip', 'the hands look normal in every clip'],
    ['de', 'Die Hände sehen abnorm aus.', 'Die Hände sehen normal aus.'],
    ['fr', 'Les mains sont anormales.', 'Les mains sont normales.'],
    ['es', 'Las manos se ven anormales.', 'Las manos se ven normales.'],
    ['pt', 'As mãos parecem anormais.', 'As mãos parecem normais.'],
  ])('%s: "%s" is anatomy; "%s" names nothing', (_lang, complaint, twin) => foundWithSilentTwin(complaint, twin, 'anatomy'));
});

// Unusual and shattered (lexicon judge cues): of a body part, the part drawn wrong; of a camera angle, the colours or
// a glass that shatters on the floor, a judgement or an event, and nothing.
describe('an unusual or shattered hand is anatomy; an unusual angle or a shattered glass is nothing', () => {
  it.each([
    ['en', 'the fingers bend in an unusual way', 'the camera angle is unusual'],
    ['en', 'her hand is shattered like porcelain', 'the glass is completely shattered on the floor'],
    ['de', 'Die Finger sind ungewöhnlich geformt.', 'Der Kamerawinkel ist ungewöhnlich.'],
    ['fr', 'Les doigts ont une forme inhabituelle.', "L'angle de la caméra est inhabituel."],
    ['es', 'Los dedos tienen una forma inusual.', 'El ángulo de la cámara es inusual.'],
    ['pt', 'Os dedos têm uma forma incomum.', 'O ângulo da câmera é incomum.'],
  ])('%s: "%s" is anatomy; "%s" names nothing', (_lang, complaint, twin) => foundWithSilentTwin(complaint, twin, 'anatomy'));
});

// The whole picture still (stillness.ts, WHOLE): "it stays still", "the scene does not move", a still image, physics
// by the label conventions. A camera that stays still is what one asked for; stillness asked for or denied is nothing.
describe('a scene that does not move is physics; a still camera or stillness asked for is nothing', () => {
  it.each([
    ['en', 'the first prompt is ignored and it just stays still until the next one', 'it stays still, as I asked'],
    ['en', 'the scene does not move at all', 'the camera does not move at all'],
    ['en', 'everything stays still for the first three seconds', 'the scene never stays still'],
    ['de', 'Das Bild bewegt sich nicht.', 'Die Kamera bewegt sich nicht.'],
    ['fr', "L'image ne bouge pas du tout.", 'La caméra ne bouge pas du tout.'],
    ['es', 'La imagen no se mueve.', 'La cámara no se mueve.'],
    ['pt', 'A imagem não se mexe.', 'A câmera não se mexe.'],
    ['ja', '何も動かない', '画面全体がちゃんと動いている'],
  ])('%s: "%s" is physics; "%s" names nothing', (_lang, complaint, twin) => foundWithSilentTwin(complaint, twin, 'physics'));
});

// Hit or miss (lexicon generic cues: "hit or miss", aléatoire, aleatorio, 当たり外れ): right in some clips, wrong in
// others, a defect of the part named; said of a service, or the part said fine, it is nothing.
describe('teeth that are hit or miss are anatomy; a service that is hit or miss is nothing', () => {
  it.each([
    ['en', 'anatomy', 'the teeth are always a hit or a miss', 'the service is always a hit or a miss'],
    ['en', 'text', 'text rendering on signs is hit or miss', 'text rendering on signs is reliable'],
    ['fr', 'anatomy', 'Les mains sont aléatoires.', 'Les mains sont correctes.'],
    ['es', 'anatomy', 'Las manos son aleatorias.', 'Las manos están bien.'],
    ['pt', 'anatomy', 'Os dedos são aleatórios.', 'Os dedos estão bem.'],
    ['ja', 'anatomy', '歯の描写は当たり外れが大きい', '歯の描写は問題ない'],
  ])('%s: %s, "%s"; "%s" names nothing', (_lang, mode, complaint, twin) => foundWithSilentTwin(complaint, twin, mode));
});

// Chromatic aberration named (symptoms.ts, colour): colour fringes are the colours failing; said absent, nothing.
describe('chromatic aberration is colour; no chromatic aberration is nothing', () => {
  it.each([
    ['en', 'the clip has obvious chromatic aberration', 'the clip has no chromatic aberration'],
    ['de', 'Der Clip zeigt chromatische Aberration.', 'Der Clip zeigt keine chromatische Aberration.'],
    ['fr', 'On voit des aberrations chromatiques partout.', 'On ne voit aucune aberration chromatique.'],
    ['es', 'Hay aberración cromática en los bordes.', 'No hay aberración cromática en los bordes.'],
    ['pt', 'Há aberração cromática nas bordas.', 'Não há aberração cromática nas bordas.'],
    ['ja', '色収差がひどい', '色収差はない'],
  ])('%s: "%s" is color; "%s" names nothing', (_lang, complaint, twin) => foundWithSilentTwin(complaint, twin, 'color'));
});

describe('"not attached to" needs a thing named beside it (attached.ts)', () => {
  it.each([
    ['The cup is not attached to the hand', 'physics'],
    ['the robot arm is not fixed to the table', 'physics'],
    ['Die Lampe ist nicht befestigt und schwebt', 'physics'],
    ["le bras n'est pas fixé à la table", 'physics'],
    ['Der Henkel ist nicht befestigt und fällt ab', 'physics'],
  ])('said of a thing: %s', (text, mode) => {
    expect(classify(text).findings[0]?.mode).toBe(mode);
  });
  it.each([
    'I am not attached to this result',
    "I'm not attached to the first version, so I tried again",
    'The app is not connected to the server',
    'Ich bin nicht verbunden mit dem Server',
    'Honestly I am detached from the outcome',
    'Je ne suis pas attaché à ce résultat',
  ])('said of nothing, a feeling or a connection: %s', (text) => {
    expect(classify(text).findings).toEqual([]);
  });
});
