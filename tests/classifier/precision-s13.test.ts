/**
 * Precision of the s13 round (docs/classifier-history.md): mode words written without saying this run had the
 * defect (advice, a negative prompt, a condition with a remedy, a tool's name, hearsay, a comparison this run wins),
 * each beside its twin, the same words said of the person's own clip, which must still name the mode. Sentences
 * written for this test from the families, not tuning items.
 */
import { describe, expect, it } from 'vitest';
import { modes, silentWithTwin } from './found.ts';

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
