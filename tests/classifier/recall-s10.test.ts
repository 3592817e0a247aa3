import { describe, it } from 'vitest';
import { foundWithSilentTwin } from './found.ts';

// Issue 16, session 10's second recall round: families of complaints the public tuning split's cross-validated
// misses still showed with no finding, across the modes. Each complaint stands beside a near-identical twin that must
// name nothing: the same words about something harmless, negated or said to be as asked. Sentences written for these
// tests, not taken from any labelled set.

// A body part that does not move while the rest does (stillness.ts): the same lost motion as a person who stays
// still, physics by the labels' convention ("motion that lags or does not happen"); a table or a camera that does not
// move is nothing, and a part said to move well is preserved.
describe('a body part that does not move is physics; a still table is nothing', () => {
  it.each([
    [
      'en',
      'every try ends with her right hand not moving while the rest of her dances',
      'every try ends with the table not moving while the rest of her dances',
    ],
    ['en', 'his arms do not move at all during the song', 'the chairs do not move at all during the song'],
    ['en', "the guitarist's fingers don't move sometimes", "the guitarist's amplifiers don't move sometimes"],
    ['de', 'Die linke Hand bewegt sich nicht, während sie tanzt', 'Der Tisch bewegt sich nicht, während sie tanzt'],
    ['fr', 'la main gauche ne bouge pas pendant la danse', 'la table ne bouge pas pendant la danse'],
    ['es', 'la mano izquierda no se mueve mientras baila', 'la mesa no se mueve mientras baila'],
    ['pt', 'a mão esquerda não se mexe enquanto ela dança', 'a mesa não se mexe enquanto ela dança'],
    ['ja', '踊っているのに右手が全く動かない', '踊っている間、右手もちゃんと動いている'],
  ])('%s: "%s" is physics; "%s" names nothing', (_lang, complaint, twin) => foundWithSilentTwin(complaint, twin, 'physics'));
});

// Praise with one exception (exception.ts): the part named as the one thing not praised is the complaint, as "not
// fine" is. Only parts that can be wrong one way count (a body part, text); the twin praises the same part.
describe('praise except a body part or text names that part; praise including it names nothing', () => {
  it.each([
    ['en', 'anatomy', 'the clip is great except for the finger details', 'the clip is great, including the finger details'],
    ['en', 'text', 'the video is perfect except the subtitles', 'the video is perfect, even the subtitles'],
    ['de', 'anatomy', 'Alles super, außer den Händen', 'Alles super, auch die Hände'],
    ['fr', 'anatomy', 'Tout est parfait sauf les mains', 'Tout est parfait, même les mains'],
    ['es', 'anatomy', 'Todo está bien excepto las manos', 'Todo está bien, incluso las manos'],
    ['pt', 'anatomy', 'Tudo perfeito, exceto as mãos', 'Tudo perfeito, inclusive as mãos'],
    ['ja', 'anatomy', '手以外は完璧', '手も完璧'],
  ])('%s: %s, "%s"; "%s" names nothing', (_lang, mode, complaint, twin) => foundWithSilentTwin(complaint, twin, mode));

  // An excepted thing that could be several failures, or a style asked for, is left to the follow-up question.
  it('an excepted background names nothing', () => {
    foundWithSilentTwin('the clip is great except for the hand details', 'the clip is great except for the background', 'anatomy');
  });
});

// "Has issues with" a part, as "has trouble with" or "has problems with" it (lexicon/en/cues-generic.ts); "issue" alone names an
// issue thread ("same issue here"), so the twin uses it that way. The other languages' problem words already pair.
describe('"has issues with" a part is a defect of it; "same issue" is not', () => {
  it.each([
    ['anatomy', 'it runs well but it has issues with fingers', 'it runs well, same issue here with fingers'],
    ['text', 'the model still has issues with text on signs', 'the model still has no issues with text on signs'],
  ])('%s: "%s"; "%s" names nothing', (mode, complaint, twin) => foundWithSilentTwin(complaint, twin, mode));
});

// Stability judged "not good" (clauses.ts): the same change as stability judged bad ("face consistency is bad"), a
// positive negated being a complaint (issue 16, point 2); the twin says the same stability is good.
describe('consistency said not to be good is a change; said to be good it is nothing', () => {
  it.each([
    ['en', 'identity', 'the consistency of her face is not good across shots', 'the consistency of her face is good across shots'],
    ['en', 'color', 'the colour consistency is not great', 'the colour consistency is great'],
    ['de', 'identity', 'Die Konsistenz der Gesichter ist nicht gut', 'Die Konsistenz der Gesichter ist gut'],
    ['fr', 'identity', "La cohérence des visages n'est pas bonne", 'La cohérence des visages est bonne'],
    ['es', 'identity', 'La consistencia de las caras no es buena', 'La consistencia de las caras es buena'],
    ['pt', 'identity', 'A consistência dos rostos não está boa', 'A consistência dos rostos está boa'],
    ['ja', 'identity', '顔の一貫性が良くない', '顔の一貫性が良い'],
  ])('%s: %s, "%s"; "%s" names nothing', (_lang, mode, complaint, twin) => foundWithSilentTwin(complaint, twin, mode));
});
