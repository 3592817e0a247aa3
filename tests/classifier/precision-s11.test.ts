/**
 * Precision of the s11 round: words that are no report of this person's clip, though they use a complaint's words,
 * each beside a twin that is one (the same words said of the clip still name the mode). Sentences written for this
 * test in the style of each family, not tuning items.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/classifier/classify.ts';
import { modes } from './found.ts';

/** The setting or aside names nothing; the complaint beside it still names `mode`. */
function silentBesideComplaint(aside: string, complaint: string, mode: string): void {
  expect(modes(aside)).toEqual([]);
  expect(modes(complaint)).toEqual([mode]);
}

describe('a name written as code is no word (identifier.ts)', () => {
  const cases: [string, string, string][] = [
    [
      'After using FlashVSR for upscaling, it becomes abnormally blurry.',
      'After using FlashVSR for upscaling, the whole clip flashes white.',
      'color',
    ],
    ['I turned on color_match and now it renders slower.', 'I turned on color_match and the colours flicker every second.', 'color'],
    ['With face_restore on, the render takes twice as long.', 'With face_restore on, the face changes into another person.', 'identity'],
    ['Mit FlashAttention läuft es schneller.', 'Mit FlashAttention flackern die Farben bei jedem Schnitt.', 'color'],
    ['Avec TextEncoder la génération est plus rapide.', 'Avec TextEncoder le texte devient illisible.', 'text'],
    ['Con color_match el render es más lento.', 'Con color_match los colores parpadean.', 'color'],
    ['Com face_restore a renderização fica lenta.', 'Com face_restore o rosto muda.', 'identity'],
    ['face_restoreを使うと生成が遅くなる。', 'face_restoreを使うと顔が別人になる。', 'identity'],
  ];
  for (const [aside, complaint, mode] of cases) it(aside, () => silentBesideComplaint(aside, complaint, mode));
  it('words in capitals are still words', () => expect(modes('The sign reads HAPPY BIRTHDAY with GARBLED LETTERS.')).toEqual(['text']));
  it('a service code is still read as its failure', () =>
    expect(classify('Sora returned moderation_blocked for my prompt.').hardFailure?.kind).toBe('moderation'));
});

describe('a colour word on noise names the noise, not the colours (noise.ts)', () => {
  const cases: [string, string, string][] = [
    [
      'The output is just colored noise instead of a video.',
      'There is noise, and the colors flicker instead of staying the same.',
      'color',
    ],
    ['Das Ergebnis ist nur buntes Rauschen statt eines Videos.', 'Es gibt Rauschen, und die bunten Farben flackern.', 'color'],
    ["Le résultat n'est que du bruit coloré au lieu d'une vidéo.", 'Il y a du bruit et les couleurs scintillent.', 'color'],
    ['El resultado es solo ruido de colores en lugar de un video.', 'Hay ruido y los colores parpadean.', 'color'],
    ['O resultado é só ruído colorido em vez de um vídeo.', 'Tem ruído e as cores piscam.', 'color'],
    ['動画ではなくカラフルなノイズが出力される。', 'ノイズがあり、色がちらつく。', 'color'],
  ];
  for (const [aside, complaint, mode] of cases) it(aside, () => silentBesideComplaint(aside, complaint, mode));
});

describe('nonsense said of the whole output names no text (noise.ts, nonsenseOutputDropped)', () => {
  const cases: [string, string][] = [
    ['The model is producing gibberish output.', 'The sign shows gibberish.'],
    ['The output is gibberish.', 'The output shows gibberish on the sign.'],
    ['Das Ergebnis ist Kauderwelsch.', 'Das Schild zeigt Kauderwelsch.'],
    ['La sortie est du charabia.', 'Le panneau affiche du charabia.'],
    ['El resultado es un galimatías.', 'El cartel es un galimatías.'],
    ['O resultado é sem sentido.', 'A placa mostra letras sem sentido.'],
    ['出力が意味不明。', '看板の文字が意味不明。'],
  ];
  for (const [aside, complaint] of cases) it(aside, () => silentBesideComplaint(aside, complaint, 'text'));
});

describe('a change pictured beforehand is no failure (scope.ts, INTENDED)', () => {
  const cases: [string, string][] = [
    [
      'The colors shift to purple halfway through, exactly as I imagined.',
      'The colors shift to purple halfway through, not as I imagined.',
    ],
    ['Die Farben werden in der Mitte lila, genau wie ich es mir vorgestellt habe.', 'Die Farben werden in der Mitte lila.'],
    ["Les couleurs changent au milieu, comme je l'imaginais.", 'Les couleurs changent au milieu.'],
    ['Los colores cambian a morado a la mitad, como lo imaginaba.', 'Los colores cambian a morado a la mitad.'],
    ['As cores mudam para roxo no meio, como eu imaginava.', 'As cores mudam para roxo no meio.'],
    ['途中で色が紫に変わる、イメージ通り。', '途中で色が紫に変わる、イメージ通りではない。'],
  ];
  for (const [aside, complaint] of cases) it(aside, () => silentBesideComplaint(aside, complaint, 'color'));
});

describe('a defect said of other models is no report (others.ts)', () => {
  const cases: [string, string, string][] = [
    ['Where other models melt the hands, this one keeps them intact.', 'Other models are fine, but here the hands melt.', 'anatomy'],
    [
      'Other models struggle with text, but this one renders signs cleanly.',
      'This model struggles with text, other models do not.',
      'text',
    ],
    [
      'Andere Modelle haben oft Probleme mit Händen, hier sind sie perfekt.',
      'Andere Modelle sind gut, aber hier verschmelzen die Hände.',
      'anatomy',
    ],
    [
      "Là où d'autres modèles déforment les mains, celui-ci les garde intactes.",
      "D'autres modèles vont bien, mais ici les mains fondent.",
      'anatomy',
    ],
    ['Otros modelos deforman las manos, este no.', 'Otros modelos van bien, pero aquí las manos se deforman.', 'anatomy'],
    ['Outros modelos costumam errar as mãos, mas aqui estão perfeitas.', 'Outros modelos vão bem, mas aqui as mãos derretem.', 'anatomy'],
    ['他のモデルは手が崩れがちだが、これは手がきれい。', '他のモデルは問題ないが、これは手が崩れる。', 'anatomy'],
  ];
  for (const [aside, complaint, mode] of cases) it(aside, () => silentBesideComplaint(aside, complaint, mode));
});

describe('praise that it passes for real is no complaint (lexicon positives, s11)', () => {
  const cases: [string, string][] = [
    ['The way the water moves is lifelike.', 'The way the water moves is not lifelike at all.'],
    ['Das Wasser bewegt sich täuschend echt.', 'Das Wasser spritzt unnatürlich.'],
    ['Le mouvement de la fumée est plus vrai que nature.', 'La fumée bouge de façon étrange.'],
    ['El movimiento del agua parece real.', 'El agua se mueve de forma rara.'],
    ['O movimento da água parece real.', 'A água se mexe de um jeito estranho.'],
    ['水の動きが本物そっくり。', '水の動きが不自然。'],
  ];
  for (const [praise, complaint] of cases) it(praise, () => silentBesideComplaint(praise, complaint, 'physics'));
  it('praise does not cover the complaint after "but"', () =>
    expect(modes('The hands look deceptively real, but one has six fingers.')).toEqual(['anatomy']));
});

describe('a new sentence with its own subject does not lean on the last one (subject.ts, ownSentenceSubject)', () => {
  // The rules alone: the model may still read the words as a whole, which cross-validation judges separately.
  const rules = (text: string) => classify(text, { model: null }).findings.map((f) => f.mode);
  const cases: [string, string][] = [
    ['The hands. The ending looks melted.', 'The hands. They look melted.'],
    ['Die Hände. Das Ende ist verschmolzen.', 'Die Hände. Sie sind verschmolzen.'],
    ['Les mains. La fin est bizarre.', 'Les mains. Elles sont bizarres.'],
    ['Las manos. El final está mal.', 'Las manos. Están mal.'],
    ['As mãos. O final está errado.', 'As mãos. Estão erradas.'],
  ];
  for (const [own, leaning] of cases)
    it(own, () => {
      expect(rules(own)).toEqual([]);
      expect(rules(leaning)).toEqual(['anatomy']);
    });
});
