/**
 * Precision of the s13 round, second part (docs/classifier-history.md): the words around a complaint that say
 * it is not about this run's output (noise, an indefinite word, the camera, a person acting on a thing, the input
 * image, others' reports, an expectation, a remedy after "when", the person's own change), each beside its twin.
 * Sentences written for this test from the families, not tuning items. The first part is precision-s13.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { modes, silentWithTwin } from './found.ts';

describe('a motion word that says how the noise behaves is the noise, vague (noise.ts, isMotionCue)', () => {
  const cases: [string, string, string][] = [
    ['The result is just jittery static noise.', 'The colours flicker and there is some noise.', 'color'],
    ['Ich bekomme nur flackerndes Rauschen.', 'Die Farben flackern und es gibt Rauschen.', 'color'],
    ['Je n’obtiens que du bruit qui scintille.', 'Les couleurs scintillent et il y a du bruit.', 'color'],
    ['Solo sale ruido que parpadea.', 'Los colores parpadean y hay ruido.', 'color'],
    ['Só sai um ruído piscando.', 'As cores piscam e tem ruído.', 'color'],
    ['ちらつくノイズしか出ない。', '色がちらついて、ノイズもある。', 'color'],
  ];
  for (const [family, twin, mode] of cases) it(family, () => silentWithTwin(family, twin, mode));
});

describe('an English quantity is no French colour word (prec-s13.ts, "tons of")', () => {
  it('tons of glitches', () =>
    silentWithTwin('Tons of weird glitches and artifacts everywhere.', 'Tons of flicker in the colours.', 'color'));
  it('French tones still read', () => expect(modes("Les tons de bleu changent d'une image à l'autre.")).toEqual(['color']));
});

describe('an indefinite word points at nothing, so the model is not asked (guess.ts, INDEFINITE)', () => {
  const cases: [string, string, string][] = [
    ['Full of weird glitches, hard to use anything.', 'The hands are full of weird glitches, six fingers on each.', 'anatomy'],
    ['Voller seltsamer Fehler, man kann kaum etwas davon gebrauchen.', 'Die Hände sind voller Fehler, sechs Finger an jeder.', 'anatomy'],
    [
      "Plein d'anomalies bizarres, difficile d'en tirer quelque chose.",
      'Les mains sont pleines d’anomalies, six doigts à chacune.',
      'anatomy',
    ],
    ['Lleno de anomalías raras, es difícil aprovechar algo.', 'Las manos están llenas de anomalías, seis dedos en cada una.', 'anatomy'],
    ['Cheio de anomalias estranhas, difícil aproveitar alguma coisa.', 'As mãos estão cheias de anomalias, seis dedos em cada.', 'anatomy'],
  ];
  for (const [family, twin, mode] of cases) it(family, () => silentWithTwin(family, twin, mode));
});

describe("the virtual camera's move named as a noun is no thing (prec-s13.ts ignore, camera nouns)", () => {
  const cases: [string, string][] = [
    ['Nach dem Kameraschwenk ist ihr Gesicht anders.', 'identity'],
    ['Depois do movimento de câmera, o rosto dela fica diferente.', 'identity'],
    ['Après le mouvement de caméra, son visage est différent.', 'identity'],
    ['Tras el movimiento de cámara, su cara es diferente.', 'identity'],
    ['カメラの動きの後、顔が別人になる。', 'identity'],
  ];
  for (const [text, mode] of cases) it(text, () => expect(modes(text)).toEqual([mode]));
  const props: [string, string][] = [
    ['Die Kamerafahrt ist zu langsam.', 'Die Kamera in seiner Hand schmilzt.'],
    ['O movimento de câmera é lento.', 'A câmera na mão dele derrete.'],
  ];
  for (const [camera, prop] of props) it(camera, () => silentWithTwin(camera, prop, 'physics'));
});

describe('a person acting on a thing, then "and", is no list (conjunction.ts, actsOn and a bare lead)', () => {
  const cases: string[] = [
    'He picks up the cup and his fingers melt.',
    'Er nimmt die Tasse und seine Finger schmelzen.',
    'Il prend la tasse et ses doigts fondent.',
    'Él toma la taza y sus dedos se derriten.',
    'Ele pega a xícara e os dedos dele derretem.',
  ];
  for (const text of cases) it(text, () => expect(modes(text)).toEqual(['anatomy']));
  it('a list of the same things still shares the complaint', () => expect(modes('The cup and his fingers melt.')).toContain('physics'));
});

describe("what the person's input shows is no defect of the output (input-image.ts)", () => {
  const cases: [string, string, string][] = [
    [
      'In my input image the woman has six fingers, the output is fine.',
      'In the output the woman has six fingers, the input image is fine.',
      'anatomy',
    ],
    ['The source photo has a watermark, but the video is clean.', 'The video has a watermark that says shutterstock.', 'text'],
    ['Im Eingabebild hat die Frau sechs Finger, das Video ist in Ordnung.', 'Im Video hat die Frau sechs Finger.', 'anatomy'],
    ["Dans l'image source, la femme a six doigts, la vidéo est correcte.", 'Dans la vidéo, la femme a six doigts.', 'anatomy'],
    ['En la imagen de entrada la mujer tiene seis dedos, el video está bien.', 'En el video la mujer tiene seis dedos.', 'anatomy'],
    ['Na imagem de entrada a mulher tem seis dedos, o vídeo está certo.', 'No vídeo a mulher tem seis dedos.', 'anatomy'],
    ['入力画像では女性の指が6本あるが、動画は問題ない。', '動画では女性の指が6本ある。', 'anatomy'],
  ];
  for (const [family, twin, mode] of cases) it(family, () => silentWithTwin(family, twin, mode));
  it('the input named inside a clause about the output is still read', () =>
    expect(modes('When I use it for a face swap, the glasses in the source image do not appear on the swapped face.')).toEqual([
      'identity',
    ]));
});

describe('"on the other hand" is no change (prec-s13.ts ignore)', () => {
  const cases: [string, string, string][] = [
    ['Auf der anderen Seite ist das Licht schön.', 'Das Licht flackert ständig.', 'color'],
    ["D'un autre côté, la lumière est belle.", 'La lumière scintille sans arrêt.', 'color'],
    ['Por outro lado, a iluminação está bonita.', 'A iluminação pisca o tempo todo.', 'color'],
  ];
  for (const [family, twin, mode] of cases) it(family, () => silentWithTwin(family, twin, mode));
});

describe("other users' reports are hearsay (scope.ts, HEARSAY)", () => {
  const cases: [string, string, string][] = [
    ['Other users report flickering with this model.', 'My clips flicker with this model.', 'color'],
    ['People on Discord complain about faces changing.', 'Her face changes into someone else.', 'identity'],
    ["My friend's clip had six fingers, mine is fine.", 'My clip has six fingers.', 'anatomy'],
    ['Andere Nutzer berichten von Flackern.', 'Mein Video flackert.', 'color'],
    ["D'autres utilisateurs signalent du scintillement.", 'Ma vidéo scintille.', 'color'],
    ['Otros usuarios reportan parpadeo.', 'Mi video tiene parpadeo.', 'color'],
    ['Outros usuários relatam cintilação.', 'Meu vídeo está piscando.', 'color'],
    ['他のユーザーからちらつきの報告がある。', '私の動画がちらつく。', 'color'],
  ];
  for (const [family, twin, mode] of cases) it(family, () => silentWithTwin(family, twin, mode));
});

describe('a defect expected, then said not to come, is none (expected.ts)', () => {
  const cases: [string, string, string][] = [
    ['I expected the hands to be bad, but they were fine.', 'I expected the hands to be bad, and they were: six fingers.', 'anatomy'],
    ['Ich hatte mit kaputten Händen gerechnet, aber sie waren gut.', 'Die Hände sind kaputt, sechs Finger.', 'anatomy'],
    ["Je m'attendais à des mains ratées, mais elles sont bien.", 'Les mains sont ratées, six doigts.', 'anatomy'],
    ['Esperaba manos deformes, pero salieron bien.', 'Las manos salieron deformes.', 'anatomy'],
    ['Eu esperava mãos deformadas, mas ficaram boas.', 'As mãos ficaram deformadas.', 'anatomy'],
    ['手が崩れると思ったけど大丈夫だった。', '手が崩れている。', 'anatomy'],
  ];
  for (const [family, twin, mode] of cases) it(family, () => silentWithTwin(family, twin, mode));
  it('expected better is a complaint', () => expect(modes('I expected better hands, but got six fingers.')).toEqual(['anatomy']));
});

describe('"when" or "should" with a remedy after it is a condition too (advice.ts, CONDITION)', () => {
  const cases: [string, string, string][] = [
    ['When the colours flicker, lower the CFG.', 'When the colours flicker, it ruins the whole clip.', 'color'],
    ['Whenever the hands look deformed, just regenerate.', 'When she waves, her hand has six fingers.', 'anatomy'],
    ['Quand les couleurs scintillent, baissez le CFG.', 'Quand les couleurs scintillent, tout le clip est gâché.', 'color'],
    ['Cuando los colores parpadean, baja el CFG.', 'Los colores parpadean todo el tiempo.', 'color'],
    ['Quando as cores piscarem, diminua o CFG.', 'As cores piscam o tempo todo.', 'color'],
    ['Sollte der Text unleserlich sein, einfach neu generieren.', 'Der Text ist unleserlich.', 'text'],
    ['色がちらつくときはCFGを下げてください。', '色がちらつく。', 'color'],
  ];
  for (const [family, twin, mode] of cases) it(family, () => silentWithTwin(family, twin, mode));
  it('"you can see" after a condition is what the person saw', () =>
    expect(modes('If you look closely, you can see six fingers.')).toEqual(['anatomy']));
});

describe('a change the person made, in German participles and French "j\'ai" (agent-change.ts)', () => {
  const cases: [string, string, string][] = [
    ['Ich habe die Farbe der Jacke im Prompt verändert.', 'Die Farbe der Jacke hat sich von selbst verändert.', 'color'],
    [
      'Ich habe die Farbe geändert, weil sie mir nicht gefallen hat.',
      'Die Farbe hat sich geändert, obwohl ich nichts gemacht habe.',
      'color',
    ],
    ['J’ai changé la couleur de la veste dans le prompt.', 'La couleur de la veste a changé toute seule.', 'color'],
    ["J'ai changé la couleur parce que je ne l'aimais pas.", 'La couleur a changé toute seule au milieu de la vidéo.', 'color'],
  ];
  for (const [family, twin, mode] of cases) it(family, () => silentWithTwin(family, twin, mode));
  it('a change the person saw stays a change', () =>
    expect(modes('Ich habe gesehen, dass sich ihr Gesicht verändert hat.')).toEqual(['identity']));
});
