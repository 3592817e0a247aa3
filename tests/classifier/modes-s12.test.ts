import { describe, it } from 'vitest';
import { foundWithSilentTwin } from './found.ts';

// Issue 16, session 12's recall round for anatomy, identity and text in en, es and pt: families written from how
// people ordinarily say these failures, not from the tuning misses. Each complaint stands beside a near-identical twin
// that must name nothing: negated, praised, a topic word alone, or the same defect word about something outside the
// modes. Sentences written for these tests, not taken from any labelled set.

// A body part drawn far too long, limp like noodles, or like claws (lexicon deform cues): the part drawn wrong. The
// same words about a video, about pasta eaten, or hands said to look normal name nothing.
describe('a part too long, like noodles or like claws is anatomy; the same words of other things are nothing', () => {
  it.each([
    ['en', 'her neck is way too long in every shot', 'the video is way too long for a short'],
    ['en', "the old man's hands look like claws", 'the hands look fine, like a real person'],
    ['es', 'el cuello es demasiado largo', 'el video es demasiado largo'],
    ['es', 'la bailarina tiene brazos de espagueti', 'la bailarina come espagueti'],
    ['es', 'las manos parecen garras', 'las manos parecen normales'],
    ['pt', 'o pescoço dela é comprido demais', 'o vídeo é comprido demais'],
    ['pt', 'ela fica com braços de macarrão quando dança', 'ela come macarrão quando dança'],
    ['pt', 'as mãos parecem garras', 'as mãos parecem normais'],
  ])('%s: "%s" is anatomy; "%s" names nothing', (_lang, complaint, twin) => foundWithSilentTwin(complaint, twin, 'anatomy'));
});

// Eyes out of line, pointing different ways or asymmetric, and a mouth full of teeth: a face's parts drawn wrong,
// whoever is looking. Said to be aligned, or the same words of something with no face, they name nothing.
describe('misaligned, crossed or asymmetric eyes and a mouth full of teeth are anatomy', () => {
  it.each([
    ['en', 'the girl ends up cross-eyed halfway through', 'the girl ends up smiling halfway through'],
    ['en', 'asymmetric eyes on almost every face', 'no asymmetric eyes on any face this time'],
    ['en', 'his mouth is full of teeth when he smiles', 'his mouth is full of food when he smiles'],
    ['es', 'los ojos están desalineados', 'los ojos no están desalineados'],
    ['es', 'el niño se queda bizco', 'el niño se queda contento'],
    ['es', 'tiene la boca llena de dientes', 'tiene la boca llena de comida'],
    ['pt', 'os olhos estão desalinhados', 'os olhos estão alinhados'],
    ['pt', 'o menino fica vesgo no final', 'o menino fica feliz no final'],
    ['pt', 'a boca cheia de dentes', 'a boca cheia de comida'],
  ])('%s: "%s" is anatomy; "%s" names nothing', (_lang, complaint, twin) => foundWithSilentTwin(complaint, twin, 'anatomy'));
});

// Fingers that stick together said with the verb (pt "grudam"), as its participle; a disaster, as a mess; asymmetric
// in es and pt. The same verb negated, the same word of the weather, a face said to be perfect name nothing.
describe('stuck fingers, a disaster of hands and asymmetric faces are anatomy', () => {
  it.each([
    ['pt', 'os dedos grudam quando ele pega o copo', 'os dedos não grudam mais quando ele pega o copo'],
    ['en', 'the hands are a disaster in every clip', 'the weather is a disaster in every clip'],
    ['es', 'la cara sale asimétrica', 'la cara sale perfecta'],
    ['pt', 'o rosto fica assimétrico', 'o rosto fica perfeito'],
  ])('%s: "%s" is anatomy; "%s" names nothing', (_lang, complaint, twin) => foundWithSilentTwin(complaint, twin, 'anatomy'));
});
