import { describe, it } from 'vitest';
import { foundWithSilentTwin } from './found.ts';

// Issue 16, session 12's recall round for anatomy, identity and text in en, es and pt: families written from how
// people ordinarily say these failures, not from the tuning misses. Each complaint stands beside a near-identical twin
// that must name nothing: negated, praised, a topic word alone, or the same defect word about something outside the
// modes. Sentences written for these tests, not taken from any labelled set.

// A body part drawn far too long (pt "comprido demais"), limp like noodles, or like claws (lexicon deform cues): the
// part drawn wrong. The same words about a video, about pasta eaten, or hands said to look normal name nothing.
describe('a part too long, like noodles or like claws is anatomy; the same words of other things are nothing', () => {
  it.each([
    ['en', "the old man's hands look like claws", 'the hands look fine, like a real person'],
    ['es', 'la bailarina tiene brazos de espagueti', 'la bailarina come espagueti'],
    ['es', 'las manos parecen garras', 'las manos parecen normales'],
    ['pt', 'o pescoço dela é comprido demais', 'o vídeo é comprido demais'],
    ['pt', 'ela fica com braços de macarrão quando dança', 'ela come macarrão quando dança'],
    ['pt', 'as mãos parecem garras', 'as mãos parecem normais'],
  ])('%s: "%s" is anatomy; "%s" names nothing', (_lang, complaint, twin) => foundWithSilentTwin(complaint, twin, 'anatomy'));
});

// Eyes out of line, pointing different ways or asymmetric, and a mouth full of teeth: a face's parts drawn wrong,
// whoever is looking. Said to be aligned, or the same words of something with no face (an asymmetric haircut: so
// "asymmetric" is only a phrase with eyes or a face, symptoms.ts), they name nothing.
describe('misaligned, crossed or asymmetric eyes and a mouth full of teeth are anatomy', () => {
  it.each([
    ['en', 'the girl ends up cross-eyed halfway through', 'the girl ends up smiling halfway through'],
    ['en', 'asymmetric eyes on almost every face', 'she has an asymmetric haircut and it looks great'],
    ['en', 'his mouth is full of teeth when he smiles', 'his mouth is full of food when he smiles'],
    ['es', 'los ojos están desalineados', 'los ojos no están desalineados'],
    ['es', 'el niño se queda bizco', 'el niño se queda contento'],
    ['es', 'tiene la boca llena de dientes', 'tiene la boca llena de comida'],
    ['pt', 'os olhos estão desalinhados', 'os olhos estão alinhados'],
    ['pt', 'o menino fica vesgo no final', 'o menino fica feliz no final'],
    ['pt', 'a boca cheia de dentes', 'a boca cheia de comida'],
  ])('%s: "%s" is anatomy; "%s" names nothing', (_lang, complaint, twin) => foundWithSilentTwin(complaint, twin, 'anatomy'));
});

// Fingers that stick together said with the verb (pt "grudam"), as its participle; a disaster, as a mess; an
// asymmetric face in es and pt. The same verb negated, the same word of the weather, a face said to be perfect name nothing.
describe('stuck fingers, a disaster of hands and asymmetric faces are anatomy', () => {
  it.each([
    ['pt', 'os dedos grudam quando ele pega o copo', 'os dedos não grudam mais quando ele pega o copo'],
    ['en', 'the hands are a disaster in every clip', 'the weather is a disaster in every clip'],
    ['es', 'sale con la cara asimétrica', 'sale con la cara perfecta'],
    ['pt', 'sempre sai um rosto assimétrico', 'sempre sai um rosto perfeito'],
  ])('%s: "%s" is anatomy; "%s" names nothing', (_lang, complaint, twin) => foundWithSilentTwin(complaint, twin, 'anatomy'));
});

// Portuguese "não é" folds to "nao e", whose "e" is also the separator "and": read as one negator, a steady or fine
// word after it is negated ("não é consistente"), as Spanish "no es" is. The twin says it is.
describe('pt "não é" negates what follows it; the same words without it name nothing', () => {
  it.each([
    ['identity', 'o personagem não é consistente', 'o personagem é consistente'],
    ['identity', 'o rosto não é consistente entre as cenas', 'o rosto é consistente entre as cenas'],
    ['text', 'o texto não é legível', 'o texto é legível'],
  ])('%s: "%s"; "%s" names nothing', (mode, complaint, twin) => foundWithSilentTwin(complaint, twin, mode));
});

// A likeness that is gone (self + vanish), a result unlike the person or the photo they gave (likeness.ts), and a
// swapped face that goes back to the original (batch 10): identity. A prompt unlike the result is the prompt not
// followed (vague); a position back to the original is no face.
describe('a likeness gone, unlike me or my photo, or a face back to the original is identity', () => {
  it.each([
    ['en', 'the resemblance is gone after the first frame', 'the resemblance is perfect after the first frame'],
    ['pt', 'o vídeo não se parece comigo', 'o vídeo se parece comigo'],
    ['es', 'no se parece en nada a la foto que subí', 'se parece mucho a la foto que subí'],
    ['pt', 'não se parece nada com a foto que enviei', 'se parece muito com a foto que enviei'],
    ['es', 'a mitad del clip la cara vuelve a la original', 'a mitad del clip la mano vuelve a la posición original'],
    ['pt', 'no meio do clipe o rosto volta para o original', 'no meio do clipe a mão volta para a posição original'],
  ])('%s: "%s" is identity; "%s" names nothing', (_lang, complaint, twin) => foundWithSilentTwin(complaint, twin, 'identity'));
});

// Writing that cannot be made out (unclear, unintelligible: blur cues, which pair with text only) is text; the same
// words of audio or of a plan name nothing. "Writes" is no typo of "wrist" (not-typos.ts).
describe('unclear or unintelligible writing is text; unintelligible audio is nothing', () => {
  it.each([
    ['en', 'an unclear logo on the cup', "it's unclear whether subtitles are supported"],
    ['en', 'the logo on the shirt is unintelligible', 'the audio in the clip is unintelligible'],
    ['en', 'it writes fake text on the billboard', 'it writes the billboard fine'],
    ['es', 'el logo es ininteligible', 'el audio es ininteligible'],
    ['pt', 'o logo está ininteligível', 'o áudio está ininteligível'],
  ])('%s: "%s" is text; "%s" names nothing', (_lang, complaint, twin) => foundWithSilentTwin(complaint, twin, 'text'));
});

// Eye colour is a person's look, as hair colour (lexicon `look`): changing, it is a new person, identity by batch 10
// ("keeps the target's eye colour"); "gains a" beard, as "grows a" one. Said to stay, or a ball that gains speed,
// they name nothing.
describe('eye colour that changes and a beard gained are identity; eye colour kept is nothing', () => {
  it.each([
    ['en', 'her eye colour changes between shots', 'her eye colour stays the same between shots'],
    ['en', 'he gains a mustache halfway through', 'the ball gains a lot of speed halfway through'],
    ['es', 'le cambia el color de ojos entre tomas', 'el color de ojos se mantiene entre tomas'],
    ['pt', 'a cor dos olhos muda entre as cenas', 'a cor dos olhos não muda entre as cenas'],
  ])('%s: "%s" is identity; "%s" names nothing', (_lang, complaint, twin) => foundWithSilentTwin(complaint, twin, 'identity'));
});

// The person in the result said not to be me or my face (likeness.ts), only after a pointer or a person: "the
// problem is not me" is no likeness, and the same words said of me are none.
describe('"that is not my face" is identity; "that is my face" and "the problem is not me" are nothing', () => {
  it.each([
    ['en', "that's not my face", 'the problem is not me'],
    ['en', 'the man in the video is not me', 'the man in the video is me'],
    ['es', 'esa no es mi cara', 'esa es mi cara'],
    ['pt', 'essa não é minha cara', 'essa é minha cara'],
  ])('%s: "%s" is identity; "%s" names nothing', (_lang, complaint, twin) => foundWithSilentTwin(complaint, twin, 'identity'));
});

// Spanish fade to black (colour by batch 9) and symbols at random (text, as en "random symbols"); negated, or colours
// at random on a sign, they name nothing.
describe('es "se va a negro" is colour and "símbolos al azar" text; negated or of colours they are nothing', () => {
  it.each([
    ['color', 'el video se va a negro al final', 'el video no se va a negro al final'],
    ['text', 'la escritura del cartel parece símbolos al azar', 'el cartel tiene colores al azar'],
  ])('%s: "%s"; "%s" names nothing', (mode, complaint, twin) => foundWithSilentTwin(complaint, twin, mode));
});

// A count that names its own part ("an extra leg", "otro brazo", "outra mão") keeps the part beside it
// (count-inside.ts): before, the longer cue covered the part and paired with nothing, or read an appearing thing as
// physics. With an article it is the other one of a pair ("con la otra mano"), which names nothing.
describe('a count naming its own part is anatomy; "the other hand" is nothing', () => {
  it.each([
    ['en', 'an extra leg appears in the last second', 'he lifts the cup with the other hand'],
    ['en', 'the man grows an extra arm out of his back', 'the man waves his other arm at the camera'],
    ['es', 'en la mitad del video le crece otro brazo', 'agarra la taza con la otra mano'],
    ['pt', 'no meio do vídeo aparece outra mão', 'segura o copo com a outra mão'],
  ])('%s: "%s" is anatomy; "%s" names nothing', (_lang, complaint, twin) => foundWithSilentTwin(complaint, twin, 'anatomy'));
});

// Parts stuck together or turned into a mass, as fused or a blob; negated, or flour that becomes dough, nothing.
// Only "se vuelven / viram uma massa": "una masa de gente" is a crowd.
describe('fingers stuck together or turned to a mass are anatomy; flour into dough is nothing', () => {
  it.each([
    ['en', 'the fingers are all stuck together', 'the fingers are no longer stuck together'],
    ['es', 'los dedos se vuelven una masa', 'la harina se vuelve una masa'],
    ['pt', 'os dedos viram uma massa', 'a farinha vira uma massa'],
  ])('%s: "%s" is anatomy; "%s" names nothing', (_lang, complaint, twin) => foundWithSilentTwin(complaint, twin, 'anatomy'));
});

// "Not her anymore" (likeness.ts), the person no longer who they were: identity; "not her fault" is nothing. "Messes
// up" the text, as "messed up": text; negated, nothing.
describe('"not her anymore" is identity and "messes up the text" text; "not her fault" and "never messes up" nothing', () => {
  it.each([
    ['identity', "by the end it's not her anymore", "it's not her fault"],
    ['text', 'it always messes up the text', 'it never messes up the text'],
  ])('%s: "%s"; "%s" names nothing', (mode, complaint, twin) => foundWithSilentTwin(complaint, twin, mode));
});

// A likeness or identity said to be lost (symptoms.ts; "lost", "pierde", "perde" alone are too common to be cues);
// negated or kept, nothing.
describe('a likeness lost is identity; a likeness kept or not lost is nothing', () => {
  it.each([
    ['en', 'the likeness is lost after a second', 'the likeness is kept after a second'],
    ['es', 'a mitad del clip pierde el parecido', 'a mitad del clip no pierde el parecido'],
    ['pt', 'no meio do clipe perde a semelhança', 'no meio do clipe não perde a semelhança'],
  ])('%s: "%s" is identity; "%s" names nothing', (_lang, complaint, twin) => foundWithSilentTwin(complaint, twin, 'identity'));
});

// Spanish "son" (they are) is a marker of Spanish: a tie with French "son" left no language, and English "son" (a
// person) read the colours' consistency as a person's. Said consistent, nothing.
describe('es "los colores no son consistentes" is colour; "son consistentes" is nothing', () => {
  it('colour, not a son', () =>
    foundWithSilentTwin('los colores no son consistentes entre tomas', 'los colores son consistentes entre tomas', 'color'));
});

// "Not only", "not the first time" (ignore): the defect is said to be there, and more. Spanish "no es" and now
// Portuguese "não é" are one negator, so these would otherwise negate the change after them; the twin says the face
// stays the same.
describe('"not the first time the face changes" is identity; "... the face stays the same" is nothing', () => {
  it.each([
    ['en', "it's not the first time the face changes", "it's not the first time the face stays the same"],
    ['es', 'no es la primera vez que la cara cambia', 'no es la primera vez que la cara se mantiene igual'],
    ['pt', 'não é a primeira vez que o rosto muda', 'não é a primeira vez que o rosto continua igual'],
    ['pt', 'não é só o rosto que muda', 'não é só o rosto que continua igual'],
  ])('%s: "%s" is identity; "%s" names nothing', (_lang, complaint, twin) => foundWithSilentTwin(complaint, twin, 'identity'));
});
