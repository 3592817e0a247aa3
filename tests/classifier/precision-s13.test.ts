/**
 * Precision of the s13 round (/work/notes/s13/prec-families.md): mode words written without saying this run had the
 * defect (advice, a negative prompt, a condition with a remedy, a tool's name, hearsay, a comparison this run wins),
 * each beside its twin, the same words said of the person's own clip, which must still name the mode. Sentences
 * written for this test from the families, not tuning items.
 */
import { describe, expect, it } from 'vitest';
import { modes } from './found.ts';

/** The twin complains of `mode` (among what it finds), and the family's sentence names nothing. */
function silentWithTwin(family: string, twin: string, mode: string): void {
  expect(modes(family)).toEqual([]);
  expect(modes(twin)).toContain(mode);
}

describe('a defect named as what to avoid is advice (prec-s13.ts neg, advice.ts PURPOSE)', () => {
  const cases: [string, string, string][] = [
    ['To avoid flicker, lower the CFG to 5.', 'I lowered the CFG to 5 and it still flickers.', 'color'],
    ['Try a lower motion strength to prevent warping of the faces.', 'Even at a lower motion strength the faces warp.', 'anatomy'],
    ['Um das Flackern zu verhindern, die CFG senken.', 'Trotz niedriger CFG flackert das Bild.', 'color'],
    ['Pour empêcher le scintillement, baissez le CFG.', "J'ai baissé le CFG et l'image scintille encore.", 'color'],
    ['Para evitar el parpadeo, baja el CFG.', 'Bajé el CFG y sigue el parpadeo de la imagen.', 'color'],
    ['Para evitar a cintilação, diminua o CFG.', 'Diminuí o CFG e a imagem ainda pisca.', 'color'],
    ['ちらつきを避けるにはCFGを下げてください。', 'CFGを下げても画面がちらつく。', 'color'],
  ];
  for (const [family, twin, mode] of cases) it(family, () => silentWithTwin(family, twin, mode));
});

describe('a failure to avoid a defect says it is there (advice.ts, FAILED)', () => {
  const cases: [string, string][] = [
    ["I can't find any setting to avoid the flicker.", 'color'],
    ['No puedo evitar el parpadeo en mis videos.', 'color'],
    ['Não consigo evitar a cintilação nos vídeos.', 'color'],
    ['Impossible de trouver un réglage pour empêcher le scintillement.', 'color'],
  ];
  for (const [text, mode] of cases) it(text, () => expect(modes(text)).toEqual([mode]));
});

describe('what a negative prompt holds is what was asked not to appear (advice.ts, NEGATIVE_PROMPT)', () => {
  const cases: [string, string, string][] = [
    [
      "Add 'extra fingers' to the negative prompt.",
      "I added 'extra fingers' to the negative prompt and still got extra fingers.",
      'anatomy',
    ],
    ['Negative prompt: deformed hands, extra limbs', 'The hands are deformed and she has extra limbs.', 'anatomy'],
    ["Schreib 'extra Finger' in den Negativprompt.", "Trotz 'extra Finger' im Negativprompt hat sie sechs Finger.", 'anatomy'],
    ["Ajoutez 'doigts en trop' au prompt négatif.", "J'ai ajouté 'doigts en trop' au prompt négatif, mais elle a six doigts.", 'anatomy'],
    ["Añade 'dedos extra' al prompt negativo.", "Puse 'dedos extra' en el prompt negativo, pero tiene seis dedos.", 'anatomy'],
    ["Adicione 'dedos extras' no prompt negativo.", "Coloquei 'dedos extras' no prompt negativo, mas ela tem seis dedos.", 'anatomy'],
    ['ネガティブプロンプトに「余分な指」を入れる。', 'ネガティブプロンプトに「余分な指」を入れたのに指が6本ある。', 'anatomy'],
  ];
  for (const [family, twin, mode] of cases) it(family, () => silentWithTwin(family, twin, mode));
});

describe('a defect a remedy is conditional on did not happen yet (advice.ts, CONDITION + REMEDY)', () => {
  const cases: [string, string, string][] = [
    ['If the hands look deformed, just regenerate.', 'The hands look deformed, I regenerated twice.', 'anatomy'],
    ['In case the colours flicker, lower the CFG.', 'The colours flicker, I lowered the CFG.', 'color'],
    ['Falls die Farben flackern, einfach die CFG senken.', 'Die Farben flackern, obwohl ich die CFG gesenkt habe.', 'color'],
    ['Si les mains sont déformées, relancez la génération.', 'Les mains sont déformées, même après trois essais.', 'anatomy'],
    ['Si las manos salen deformes, vuelve a generar.', 'Las manos salen deformes en todos los intentos.', 'anatomy'],
    ['Se as mãos ficarem deformadas, gere de novo.', 'As mãos ficaram deformadas em todas as tentativas.', 'anatomy'],
    ['手がおかしかったら再生成してください。', '手がおかしい。再生成しても直らない。', 'anatomy'],
    ['もし色がちらついたらCFGを下げてください。', '色がちらついた。CFGを下げても同じ。', 'color'],
  ];
  for (const [family, twin, mode] of cases) it(family, () => silentWithTwin(family, twin, mode));
  it('a condition with no remedy after it is still read', () =>
    expect(modes('If you look closely, the woman has six fingers.')).toEqual(['anatomy']));
});

describe("a tool's name that holds a mode word is no complaint (prec-s13.ts ignore)", () => {
  const cases: [string, string, string][] = [
    ['I used the face swap tool for this clip.', "The face swap tool changed her face into someone else's.", 'identity'],
    ['Ich habe das Face-Swap-Tool benutzt.', 'Nach dem Face-Swap sieht sie wie eine andere Person aus.', 'identity'],
    ["J'ai utilisé l'outil d'échange de visage.", "Avec l'outil d'échange de visage, elle est devenue une autre personne.", 'identity'],
    ['Usé la herramienta de intercambio de caras.', 'Con la herramienta de intercambio de caras se convirtió en otra persona.', 'identity'],
    ['Usei a ferramenta de troca de rosto.', 'Com a ferramenta de troca de rosto ela virou outra pessoa.', 'identity'],
  ];
  for (const [family, twin, mode] of cases) it(family, () => silentWithTwin(family, twin, mode));
});

describe('a comparison this run wins names no defect (prec-s13.ts, Japanese "unlike <tool>")', () => {
  const cases: [string, string, string][] = [
    ['Unlike Runway, the hands here are perfect.', 'Unlike Runway, the hands here have six fingers.', 'anatomy'],
    ['Im Gegensatz zu Runway sind die Hände hier perfekt.', 'Im Gegensatz zu Runway hat sie hier sechs Finger.', 'anatomy'],
    ['Contrairement à Runway, les mains sont parfaites ici.', 'Contrairement à Runway, elle a six doigts ici.', 'anatomy'],
    ['A diferencia de Runway, las manos aquí son perfectas.', 'A diferencia de Runway, aquí tiene seis dedos.', 'anatomy'],
    ['Ao contrário do Runway, as mãos aqui estão perfeitas.', 'Ao contrário do Runway, aqui ela tem seis dedos.', 'anatomy'],
    ['Soraと違って手は完璧。', 'Soraと違って指が6本ある。', 'anatomy'],
  ];
  for (const [family, twin, mode] of cases) it(family, () => silentWithTwin(family, twin, mode));
});

describe('what the person read or heard is hearsay (scope.ts, HEARSAY)', () => {
  const cases: [string, string, string][] = [
    ['I read that Sora has problems with text.', 'I read the FAQ, but my clip really has garbled text.', 'text'],
    ['Supposedly the faces change between shots.', 'The faces change between shots.', 'identity'],
    ['Ich habe gelesen, dass Sora Probleme mit Text hat.', 'Im Video ist der Text unleserlich.', 'text'],
    ["J'ai lu que Sora a des problèmes avec le texte.", 'Dans ma vidéo le texte est illisible.', 'text'],
    ['He leído que Sora tiene problemas con el texto.', 'En mi video el texto es ilegible.', 'text'],
    ['Li que o Sora tem problemas com texto.', 'No meu vídeo o texto está ilegível.', 'text'],
    ['Soraは文字が崩れると聞いた。', 'Soraで作った動画の文字が崩れている。', 'text'],
    ['Soraは文字が崩れるらしい。', '文字が崩れている。', 'text'],
  ];
  for (const [family, twin, mode] of cases) it(family, () => silentWithTwin(family, twin, mode));
});

describe('a wish or a plan is no result (already read as asked for; kept here with its twins)', () => {
  const cases: [string, string, string][] = [
    ['I need the character to stay the same across shots.', 'The character does not stay the same, her face changes.', 'identity'],
    ['Ich möchte, dass der Text lesbar ist.', 'Der Text ist unleserlich.', 'text'],
    ["J'espère que les couleurs restent stables.", 'Les couleurs scintillent.', 'color'],
    ['Quiero que el texto sea legible.', 'El texto es ilegible.', 'text'],
    ['Espero que as cores fiquem estáveis.', 'As cores piscam o tempo todo.', 'color'],
    ['色が安定してほしい。', '色がちらつく。', 'color'],
  ];
  for (const [family, twin, mode] of cases) it(family, () => silentWithTwin(family, twin, mode));
});

describe('a prompt given as a label is what was asked for (advice.ts, PROMPT_LABEL)', () => {
  const cases: [string, string, string][] = [
    ['Prompt: a red car drifting on a wet road, colorful lights', 'The red car drifts through the wall.', 'physics'],
    ['Mein Prompt: ein rotes Auto driftet auf nasser Straße, bunte Lichter', 'Das rote Auto fährt durch die Wand.', 'physics'],
    ['プロンプト：赤い車がドリフトする、カラフルな光', '赤い車が壁をすり抜ける。', 'physics'],
  ];
  for (const [family, twin, mode] of cases) it(family, () => silentWithTwin(family, twin, mode));
  it('a prompt word before a colon mid-sentence leads to what came of it', () =>
    expect(modes('Prompt: a red car on a road. The car drives through a wall.')).toEqual(['physics']));
});

describe('a language asked for is no typo of a defect (not-typos.ts)', () => {
  it('subtitles in Spanish', () => silentWithTwin('Can you add subtitles in Spanish?', 'The Spanish subtitles are gibberish.', 'text'));
  it('Untertitel auf Spanisch', () =>
    silentWithTwin('Bitte Untertitel auf Spanisch hinzufügen.', 'Die spanischen Untertitel sind unleserlich.', 'text'));
});

describe('a defect said to be no problem is none (not-a-problem.ts)', () => {
  const cases: [string, string, string][] = [
    ["Flicker isn't an issue anymore.", 'Flicker is still an issue.', 'color'],
    ['Extra fingers are no longer a problem.', 'Extra fingers are still a problem.', 'anatomy'],
    ["Le scintillement n'est plus un problème.", 'Le scintillement est toujours un problème.', 'color'],
    ['El parpadeo ya no es un problema.', 'El parpadeo sigue siendo un problema.', 'color'],
    ['A cintilação não é mais um problema.', 'A cintilação ainda é um problema.', 'color'],
    ['ちらつきはもう問題ない。', 'ちらつきが問題だ。', 'color'],
  ];
  for (const [family, twin, mode] of cases) it(family, () => silentWithTwin(family, twin, mode));
  it('not a problem with one thing, another thing fails', () =>
    expect(modes("It's not a problem with the hands, the face changes into someone else.")).toEqual(['identity']));
});

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
