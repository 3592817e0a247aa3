import { describe, expect, it } from 'vitest';
import { modes } from './found.ts';

// Issue 16, the multi-mode round: each defect said of its own thing is its own finding, and one defect of one thing
// is one finding. Every complaint stands beside a twin that must not give the mode the rule adds or removes.
// Sentences written for these tests, not taken from any labelled set.
const sorted = (text: string) => [...modes(text)].sort();

describe('a verb right after "and" goes on with the thing before it (one thing, one finding)', () => {
  // Alone, "disappears" would be a vanishing (physics) beside the text's own failure.
  it.each([
    ['en', 'The logo on his shirt appears and disappears between shots.', 'The logo on his shirt is readable and does not disappear.'],
    ['de', 'Das Logo auf dem Hemd taucht auf und verschwindet wieder.', 'Das Logo auf dem Hemd ist lesbar und verschwindet nicht.'],
    ['fr', 'Le texte sur le panneau apparaît et disparaît.', 'Le texte sur le panneau est net et ne disparaît pas.'],
    ['es', 'El texto del cartel aparece y desaparece.', 'El texto del cartel es legible y no desaparece.'],
    ['pt', 'O texto na placa aparece e desaparece.', 'O texto na placa é legível e não desaparece.'],
  ])('%s: "%s" is text alone; "%s" names nothing', (_lang, complaint, twin) => {
    expect(modes(complaint)).toEqual(['text']);
    expect(modes(twin)).toEqual([]);
  });

  it.each([
    ['en', 'The hands melt and disappear.', 'The hands look fine and do not disappear.'],
    ['en', 'The fingers merge and then slowly vanish.', 'The fingers look normal and never vanish.'],
  ])('%s: "%s" is anatomy alone; "%s" names nothing', (_lang, complaint, twin) => {
    expect(modes(complaint)).toEqual(['anatomy']);
    expect(modes(twin)).toEqual([]);
  });

  // The twin the other way: with its own subject after "and", the second verb is that thing's own defect.
  it.each([
    ['en', 'The hands melt and the cup disappears.'],
    ['de', 'Die Hände schmelzen und die Tasse verschwindet.'],
    ['fr', 'Les mains fondent et la tasse disparaît.'],
    ['es', 'Las manos se derriten y la taza desaparece.'],
    ['pt', 'As mãos derretem e a xícara desaparece.'],
  ])('%s: "%s" is anatomy and physics', (_lang, text) => {
    expect(sorted(text)).toEqual(['anatomy', 'physics']);
  });
});

describe('a change said of a list of things is said of each (each thing, its own finding)', () => {
  // Before, only the last two things of "A, B and C changed" got the change; the first was dropped.
  it.each([
    ['en', 'The hair, the cup and the colours changed between scenes.', ['color', 'identity', 'physics']],
    ['en', 'His hairstyle, background objects, and wall color changed between scenes.', ['color', 'identity', 'physics']],
    ['de', 'Die Haare, die Tasse und die Farben ändern sich zwischen den Szenen.', ['color', 'identity', 'physics']],
    ['fr', 'Les cheveux, la tasse et le visage changent entre les scènes.', ['identity', 'physics']],
    ['es', 'El pelo, la taza y la cara cambian entre escenas.', ['identity', 'physics']],
    ['pt', 'O cabelo, a xícara e o rosto mudam entre as cenas.', ['identity', 'physics']],
    ['ja', '髪型、コップ、部屋の色がシーンごとに変わる。', ['color', 'identity', 'physics']],
    ['en', 'The hands, the sign and the cup melt.', ['anatomy', 'physics', 'text']],
  ])('%s: "%s" names each thing\'s mode', (_lang, text, expected) => {
    expect(sorted(text)).toEqual(expected);
  });

  // Twins: the same list said to be fine names nothing; a thing that is no bare list item gets no complaint.
  it.each([
    ['en', 'The hair, the cup and the colours stayed the same between scenes.', []],
    ['de', 'Die Haare, die Tasse und die Farben bleiben in allen Szenen gleich.', []],
    ['ja', '髪型、コップ、部屋の色はシーンごとに変わらない。', []],
    ['en', 'The hands look fine, the sign and the cup melt.', ['physics', 'text']],
    ['en', 'In the video with the dog, the cup and the hands melt.', ['anatomy', 'physics']],
  ])('%s: "%s" names %j', (_lang, text, expected) => {
    expect(sorted(text)).toEqual(expected);
  });
});

describe("each defect said of its own thing is its own finding; one thing's defect is one (issue 16's twin)", () => {
  it.each([
    ['en', 'the hands melt and the sign is gibberish', 'the sign melts'],
    ['de', 'Die Hände schmelzen und das Schild ist Kauderwelsch.', 'Das Schild schmilzt.'],
    ['fr', 'Les mains fondent et le panneau est illisible.', 'Le panneau se déforme.'],
    ['es', 'Las manos se derriten y el cartel es ilegible.', 'El cartel se derrite.'],
    ['pt', 'As mãos derretem e a placa está ilegível.', 'A placa derrete.'],
    ['ja', '手が溶けて、看板の文字が読めない。', '看板が溶ける。'],
  ])('%s: "%s" is anatomy and text; "%s" is text alone', (_lang, two, one) => {
    expect(sorted(two)).toEqual(['anatomy', 'text']);
    expect(modes(one)).toEqual(['text']);
  });
});

describe('Portuguese "logo" and "ao longo" as adverbs name no text (one defect, one finding)', () => {
  // "Logo" with no determiner is "right, soon"; "ao longo" is "throughout": neither is a brand's mark.
  it.each([
    ['pt', 'Logo no início as mãos derretem.', 'anatomy'],
    ['pt', 'Logo em seguida o copo desaparece.', 'physics'],
    ['pt', 'Ao longo do vídeo as mãos derretem.', 'anatomy'],
  ])('%s: "%s" is %s alone', (_lang, text, mode) => {
    expect(modes(text)).toEqual([mode]);
  });

  // Twins: after a determiner it is the mark, and its defect is text.
  it.each([
    ['pt', 'O logo no boné está deformado.'],
    ['pt', 'A logo na camisa fica ilegível ao longo do vídeo.'],
    ['pt', 'O logo depois de alguns segundos fica borrado.'],
  ])('%s: "%s" is text', (_lang, text) => {
    expect(modes(text)).toEqual(['text']);
  });
});

describe('after "and" the verb is said of the subject, not of a thing after it', () => {
  it.each([
    ['pt', 'As mãos aparecem e desaparecem ao longo da gravação.', 'anatomy'],
    ['en', 'The text appears and disappears behind the car.', 'text'],
  ])('%s: "%s" is %s alone', (_lang, text, mode) => {
    expect(modes(text)).toEqual([mode]);
  });
});
