/**
 * The s14 tone round: a body's colour gone wrong (tone.ts) is `color`, and a picture said too saturated is too
 * (symptoms-color.ts). Each complaint has a twin in the same words that names nothing: a natural colour with no
 * degree, a negation, a wish, a cause in the scene. Sentences written for this test, not tuning items.
 */
import { describe, expect, it } from 'vitest';
import { foundWithSilentTwin, modes } from './found.ts';

describe('a body part with a colour too strong, unnatural or unlike the source is colour, and only colour', () => {
  const pairs: [string, string][] = [
    // A degree: "too", "far too", "unnaturally".
    ['The lips came out far too red.', 'The lips came out red, as I asked.'],
    ['Her skin looks way too orange, like a bad spray tan.', 'Her skin looks orange in the sunset light, as in the prompt.'],
    ['His cheeks are unnaturally pink in every shot.', 'His cheeks are pink because he is cold.'],
    ['Die Lippen sind viel zu rot.', 'Die Lippen sind rot geschminkt.'],
    ['Les lèvres sont beaucoup trop rouges.', 'Les lèvres ne sont pas trop rouges.'],
    ['Los labios están demasiado rojos.', 'Los labios no están demasiado rojos.'],
    ['Os lábios estão muito vermelhos.', 'Os lábios não estão muito vermelhos.'],
    ['A pele ficou vermelha demais.', 'A pele não ficou vermelha demais.'],
    ['唇が赤すぎる。', '唇が赤すぎない。'],
    // A colour no living skin has, said as how it looks or came out.
    ['Her skin looks grey and lifeless.', 'Her skin looks healthy and natural.'],
    ['Die Haut wirkt grau und fahl.', 'Die Haut wirkt natürlich.'],
    ['La peau semble verdâtre.', 'La peau semble naturelle.'],
    ['La piel se ve verdosa en el video.', 'La piel no se ve verdosa en el video.'],
    ['A pele ficou esverdeada.', 'A pele não ficou esverdeada.'],
    ['肌が青白い。', '肌がきれい。'],
    // Compared with the source.
    ['His face is much paler than in the original image.', 'His face is much thinner than I hoped.'],
    ['The arms look almost grey/blue compared to the reference.', 'The arms look almost perfect compared to the reference.'],
    // A tint or cast on the skin.
    ['The skin has a weird green tint.', 'The skin has a nice texture.'],
    ['顔の色がおかしい。', '顔の色がきれい。'],
  ];
  for (const [complaint, twin] of pairs) it(complaint, () => foundWithSilentTwin(complaint, twin, 'color'));
});

describe('skin colours a person can have, with no degree or source, are no defect', () => {
  const silent = [
    'She has red lips and a blue dress.',
    'Her skin is dark and her hair is black.',
    'Her face is red because she is angry.',
    'The Hulk’s skin is green.',
    'His hands look grey from the dust, as in the prompt.',
    'I want her lips to be too red, like a vampire.',
    'The skin looks great, natural tone.',
  ];
  for (const text of silent) it(text, () => expect(modes(text)).toEqual([]));
});

describe('the part stays the place, not the failure: no anatomy beside the colour', () => {
  for (const text of ['skin looks fine but the lips are too much red', 'The arms look grey/blue ish compared to the original.'])
    it(text, () => expect(modes(text)).toEqual(['color']));
  // A shape defect beside the colour keeps its own mode.
  it('a deformed hand beside pale skin keeps anatomy', () =>
    expect(modes('The hand has six fingers and the skin looks far too pale.').sort()).toEqual(['anatomy', 'color']));
});

describe('a picture said too saturated is colour, in five languages (symptoms-color.ts)', () => {
  const pairs: [string, string][] = [
    ['The colours are too saturated.', 'The colours are not too saturated.'],
    ['Die Farben sind zu gesättigt.', 'Die Farben sind schön.'],
    ['Les couleurs sont trop saturées.', 'Les couleurs sont belles.'],
    ['Los colores están demasiado saturados.', 'Los colores están bien.'],
    ['As cores ficaram saturadas demais.', 'As cores ficaram lindas.'],
  ];
  for (const [complaint, twin] of pairs) it(complaint, () => foundWithSilentTwin(complaint, twin, 'color'));
});
