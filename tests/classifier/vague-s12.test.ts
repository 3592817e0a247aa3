/**
 * Precision of the s12 vague round: talk about AI video that shares words with the modes but names no failure of
 * this person's clip, each beside a near twin that names a real defect and still gives its mode. Sentences written
 * for this test from the families in notes (vague-families.md), not tuning items.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/classifier/classify.ts';
import { modes } from './found.ts';

/** The vague sentence gives no confident finding; its twin, naming the defect, gives `mode`. */
function silentBesideDefect(vague: string, defect: string, mode: string): void {
  expect(modes(vague)).toEqual([]);
  expect(modes(defect)).toEqual([mode]);
}

describe('a safety or content filter is no colour filter (jargon.ts)', () => {
  const cases: [string, string][] = [
    ['The safe filter triggered, do I need another workflow?', 'A yellow filter appears over the whole video halfway through.'],
    ['Der NSFW-Filter hat angeschlagen, was soll ich tun?', 'Es liegt plötzlich ein Gelbfilter über dem Video.'],
    ['Le filtre de contenu a réagi, que faire ?', 'Un filtre jaune apparaît au milieu de la vidéo.'],
    ['El filtro de contenido saltó, ¿qué hago?', 'Aparece un filtro amarillo a mitad del video.'],
    ['O filtro de conteúdo disparou, o que faço?', 'Aparece um filtro amarelo no meio do vídeo.'],
    ['セーフティフィルターが反応した。どうすればいい？', '途中から黄色いフィルターがかかる。'],
  ];
  for (const [vague, defect] of cases) it(vague, () => silentBesideDefect(vague, defect, 'color'));
  it('the moderation word still reads a moderation failure', () =>
    expect(classify('The NSFW filter blocked my clip and I was charged.').hardFailure).toBeDefined());
});

describe('a prompt, seed or setting the person varied is no change in the clip (jargon.ts)', () => {
  const cases: [string, string][] = [
    ['I tried different seeds and settings, nothing helps.', 'With a different seed the face changes into another person.'],
    ['I changed the prompt and the model, same result.', 'I changed the prompt and the face changed into another person.'],
    ['Mit anderen Seeds passiert dasselbe.', 'Mit anderen Seeds wird das Gesicht zu einer anderen Person.'],
    ["Avec des prompts différents, c'est pareil.", 'Avec un autre prompt, le visage change.'],
    ['Con diferentes prompts pasa lo mismo.', 'Con otro prompt, la cara cambia.'],
    ['Com outro prompt acontece o mesmo.', 'Com outro prompt, o rosto muda.'],
    ['別のプロンプトでも同じ結果になる。', '別のプロンプトでも顔が別人になる。'],
  ];
  for (const [vague, defect] of cases) it(vague, () => silentBesideDefect(vague, defect, 'identity'));
  it('the model changing the colours is still a colour change', () =>
    expect(modes('The model changes the colors halfway.')).toEqual(['color']));
});

describe("a person's motion judged unnatural is no body defect (person-motion.ts)", () => {
  const cases: [string, string][] = [
    ['The body movement is unnatural.', 'The body is deformed when it moves.'],
    ['The animation of the face looks robotic.', 'The face melts when it moves.'],
    ['Die Körperbewegungen wirken unnatürlich.', 'Der Körper verformt sich bei jeder Bewegung.'],
    ['Les mouvements du corps sont peu naturels.', 'Le corps se déforme quand il bouge.'],
    ['Los movimientos del cuerpo son poco naturales.', 'El cuerpo se deforma cuando se mueve.'],
    ['Os movimentos do corpo são artificiais.', 'O corpo se deforma quando se move.'],
    ['人物の動きが不自然。', '動くと体が歪む。'],
  ];
  for (const [vague, defect] of cases) it(vague, () => silentBesideDefect(vague, defect, 'anatomy'));
  it('a body defect beside the judged motion still names anatomy', () =>
    expect(modes('The body movement is unnatural and the body is deformed.')).toEqual(['anatomy']));
  it('hands judged without motion are still read as ever', () => expect(modes('The hands look unnatural.')).toEqual(['anatomy']));
});

describe('beside a prompt not followed, the model is not asked (prompt-ignored.ts)', () => {
  const cases: [string, string][] = [
    [
      'The AI ignored my instructions. Instead of moving the branches, it panned the camera and moved the background.',
      'The AI ignored my instructions. Instead of moving the branches, it moved the hands, and the hands melt.',
    ],
    [
      'Die KI hat den Prompt ignoriert: statt die Äste zu bewegen, hat sie nur den Hintergrund bewegt.',
      'Die KI hat den Prompt ignoriert, und die Hände verschmelzen.',
    ],
    [
      "L'IA ne suit pas le prompt : au lieu de bouger les branches, elle a bougé l'arrière-plan.",
      "L'IA ne suit pas le prompt, et les mains fondent.",
    ],
    ['La IA no sigue el prompt: en lugar de mover las ramas, movió el fondo.', 'La IA no sigue el prompt, y las manos se derriten.'],
    ['A IA não segue o prompt: em vez de mover os galhos, moveu o fundo.', 'A IA não segue o prompt, e as mãos derretem.'],
    ['AIがプロンプトを無視して、枝ではなく背景を動かした。', 'AIがプロンプトを無視して、手が溶ける。'],
  ];
  for (const [vague, defect] of cases) it(vague, () => silentBesideDefect(vague, defect, 'anatomy'));
});

describe("the interface's colours are no colours of the clip (jargon.ts)", () => {
  const cases: [string, string][] = [
    ['After clicking generate, the grey buttons change to "interrupt" and nothing happens.', 'The sky turns grey halfway through.'],
    ['Der Button wird grau und nichts passiert.', 'Der Himmel wird plötzlich grau.'],
    ['Le bouton devient gris et rien ne se passe.', 'Le ciel devient gris au milieu.'],
    ['El botón se pone gris y no pasa nada.', 'El cielo se pone gris a mitad del video.'],
    ['O botão fica cinza e nada acontece.', 'O céu fica cinza no meio do vídeo.'],
    ['ボタンが灰色になって何も起きない。', '途中で空が灰色になる。'],
  ];
  for (const [vague, defect] of cases) it(vague, () => silentBesideDefect(vague, defect, 'color'));
  it('a button in the clip that changes colour is still a colour change', () =>
    expect(modes('The red button on his shirt turns blue.')).toEqual(['color']));
});

describe('a Japanese sentence opened by a demonstrative names its own subject (subject.ts)', () => {
  const cases: [string, string][] = [
    ['波の上にいました。でも、そこは海ではなく雪原でした。', '波の上にいました。でも、その波が途中で消えました。'],
    ['水が流れていた。でも……そこは川ではなく砂漠だった。', '水が流れていた。でも……その水が途中で消える。'],
    ['煙が出ていた。しかし、そこは工場ではなく教会だった。', '煙が出ていた。しかし、その煙が途中で消えた。'],
  ];
  for (const [vague, defect] of cases) it(vague, () => silentBesideDefect(vague, defect, 'physics'));
  it('a pronoun for the thing still leans on the sentence before', () =>
    expect(modes('波が立っている。でも……それが途中で消える。')).toEqual(['physics']));
});

describe('a topic asked and answered with praise is followed by its examples (scope.ts)', () => {
  const cases: [string, string][] = [
    [
      'The physics? Impeccable. The cars collided, bounced, spun with real weight.',
      'The physics? Impeccable. But the cars collided and merged into one.',
    ],
    [
      'Die Physik? Perfekt. Der Ball prallt ab, verformt sich kurz, rollt weiter.',
      'Die Physik? Perfekt. Aber der Ball verformt sich und verschwindet.',
    ],
    [
      'La physique ? Parfaite. Le ballon heurte le mur, se déforme un instant, repart.',
      'La physique ? Parfaite. Mais le ballon se déforme et disparaît.',
    ],
    [
      '¿La física? Perfecta. La pelota golpea la pared, se deforma un instante, rebota.',
      '¿La física? Perfecta. Pero la pelota se deforma y desaparece.',
    ],
    [
      'A física? Perfeita. A bola bate na parede, se deforma por um instante, volta.',
      'A física? Perfeita. Mas a bola se deforma e desaparece.',
    ],
    ['物理？完璧。ボールが壁に当たって一瞬変形する。', '物理？完璧。でも、ボールが壁に当たって消える。'],
  ];
  for (const [vague, defect] of cases) it(vague, () => silentBesideDefect(vague, defect, 'physics'));
  it('a topic answered with blame is still the complaint', () =>
    expect(modes('The physics? Terrible. The ball passes through the floor.')).toEqual(['physics']));
  it('only the sentence after the praise illustrates it', () =>
    expect(modes('The physics? Impeccable. Leaves collided. The ball passes through the floor.')).toEqual(['physics']));
});
