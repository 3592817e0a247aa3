import { describe, expect, it } from 'vitest';
import { foundWithSilentTwin, hard, modes } from './found.ts';

/**
 * Issue 16, session 10 (no confident finding for words that name no mode; hard failures recognised): each hard-failure
 * family in six languages, each sentence beside a twin with the same words that is no such failure. The sentences are
 * written for these tests in the style of each family; the families' sources are in the rule modules' comments.
 */
function failureWithTwin(failure: string, kind: string, twin: string): void {
  expect(hard(failure)).toBe(kind);
  expect(modes(failure)).toEqual([]);
  expect(hard(twin)).not.toBe(kind);
}

describe('a job started and nothing happens is a stall (waiting.ts); nothing happening in the clip is none', () => {
  const cases: [string, string][] = [
    ['I hit generate and nothing happens at all.', 'The camera pans over the lake and nothing happens at all.'],
    ['Ich klicke auf Generieren und es passiert einfach nichts.', 'Im Clip passiert einfach nichts, der Hund liegt nur da.'],
    ['Quand je clique sur générer, il ne se passe rien.', 'Dans la séquence, il ne se passe rien du tout.'],
    ['Le doy a generar y no pasa nada.', 'En la escena no pasa nada, todo queda quieto.'],
    ['Clico em gerar e não acontece nada.', 'Na cena não acontece nada, tudo fica parado.'],
    ['生成ボタンを押しても何も起こらない。', '動画の中では何も起こらない。'],
  ];
  for (const [failure, twin] of cases) it(failure, () => failureWithTwin(failure, 'stuck', twin));
});

describe('a wait still going for hours is a stall (waiting.ts); a run that took hours and finished is none', () => {
  const cases: [string, string][] = [
    ['My video has been pending for hours.', 'It took hours to render but the video is fine.'],
    ['Das Video lädt seit Stunden.', 'Das Rendern hat Stunden gedauert, das Video ist gut.'],
    ['La vidéo est en attente depuis trois heures.', 'Le rendu a pris trois heures, la vidéo est bonne.'],
    ['El video lleva horas en cola.', 'El video tardó horas, pero salió bien.'],
    ['O vídeo está na fila há horas.', 'O vídeo demorou horas, mas saiu bem.'],
    ['何時間も読み込み中のままです。', '生成に何時間もかかったが、動画は問題ない。'],
  ];
  for (const [failure, twin] of cases) it(failure, () => failureWithTwin(failure, 'stuck', twin));
});

describe('still at a progress figure is a stall (stalled.ts); still at a figure of something else is none', () => {
  const cases: [string, string][] = [
    ['Still at 0% after an hour.', 'Still 20% darker than the input image.'],
    ['Immer noch bei 0 % nach einer Stunde.', 'Immer noch 20 % dunkler als das Bild.'],
    ['Toujours à 0 % après une heure.', 'Toujours 20 % plus sombre que l’image.'],
    ['Todavía en el 0 % después de una hora.', 'Todavía un 20 % más oscuro que la imagen.'],
    ['Ainda em 0% depois de uma hora.', 'Ainda 20% mais escuro que a imagem.'],
  ];
  for (const [failure, twin] of cases) it(failure, () => failureWithTwin(failure, 'stuck', twin));
});

describe("the service's refusal in its own words is moderation (lexicon/hard.ts); the same words negated are none", () => {
  const cases: [string, string, string][] = [
    ['It says this content may violate our usage policies.', 'moderation', 'The ball may violate the laws of physics, it floats up.'],
    ['The message: my prompt may violate the guardrails.', 'moderation_input', 'My prompt was fine and the video came out well.'],
    ['My uploaded photo was rejected.', 'moderation_input', 'My uploaded photo was not rejected, it went through fine.'],
    ['Das hochgeladene Bild wurde abgelehnt.', 'moderation_input', 'Das hochgeladene Bild wurde nicht abgelehnt.'],
    ['Mon image a été refusée.', 'moderation_input', "Mon image n'a pas été refusée."],
    ['La foto que subí fue rechazada.', 'moderation_input', 'La foto que subí no fue rechazada.'],
    ['A foto que enviei foi recusada.', 'moderation_input', 'A foto que enviei não foi recusada.'],
    ['アップロードした画像が弾かれた。', 'moderation_input', 'アップロードした画像は弾かれなかった。'],
    [
      'It does not support uploads of images with photorealistic people.',
      'moderation_input',
      'The upload worked and the people look real.',
    ],
  ];
  for (const [failure, kind, twin] of cases) it(failure, () => failureWithTwin(failure, kind, twin));
});

describe('credits used without a video is charged with no output; credits used for a fine video are none', () => {
  it('en', () =>
    failureWithTwin('Credits were used but no video appeared.', 'charged_no_output', 'Credits were used and the video came out fine.'));
});

describe('an output of flat grey is blank (lexicon/hard.ts); a thing in the video that is black or grey is none', () => {
  const cases: [string, string][] = [
    ['The output video is only grey.', 'The cat in the video is only grey.'],
    ['The video is black.', 'The screen in the video is black.'],
    ['Das Video ist schwarz.', 'Das Auto im Video ist schwarz.'],
    ['La vidéo est noire.', 'La voiture dans la vidéo est noire.'],
    ['Das Ergebnis ist ein graues Video.', 'Das Ergebnis ist kein graues Video.'],
    ['Le résultat est une vidéo grise.', "Le résultat n'est pas une vidéo grise."],
    ['El resultado es un video gris.', 'El resultado no es un video gris.'],
    ['O resultado é um vídeo cinza.', 'O resultado nunca foi um vídeo cinza.'],
    ['出力はグレーの画面だけ。', '出力はグレーの画面ではない。'],
  ];
  for (const [failure, twin] of cases) it(failure, () => failureWithTwin(failure, 'blank_output', twin));
});

describe('text as the medium of the prompt is no text in the video (lexicon ignore lists)', () => {
  const cases: [string, string][] = [
    ['The text on the sign changes every frame.', 'Different text prompts give the same video every time.'],
    ['Der Text auf dem Schild ändert sich in jedem Bild.', 'Verschiedene Textprompts ergeben jedes Mal dasselbe Video.'],
    ['Le texte sur le panneau change à chaque image.', 'Des prompts textuels différents donnent toujours la même vidéo.'],
    ['El texto del cartel cambia en cada fotograma.', 'Prompts de texto distintos dan siempre el mismo video.'],
    ['O texto da placa muda a cada quadro.', 'Prompts de texto diferentes dão sempre o mesmo vídeo.'],
    ['看板の文字がフレームごとに変わる。', 'テキストプロンプトを変えても毎回同じ動画になる。'],
  ];
  for (const [complaint, twin] of cases) it(twin, () => foundWithSilentTwin(complaint, twin, 'text'));
});

describe('doing something else than asked is a prompt not followed, vague (lexicon ignore lists); turning into it is a morph', () => {
  const cases: [string, string][] = [
    ['The cup turns into something else.', 'It ignored my prompt and made something else.'],
    ['Die Tasse wird zu etwas anderem.', 'Es hat meinen Prompt ignoriert und etwas anderes gemacht.'],
    ['La tasse se transforme en autre chose.', 'Il a ignoré mon prompt et a fait autre chose.'],
    ['La taza se convierte en otra cosa.', 'El modelo ignoró mi prompt: hizo otra cosa.'],
    ['A xícara vira outra coisa.', 'Ignorou o meu prompt e fez outra coisa.'],
    ['カップが別のものに変わる。', 'プロンプトを無視して別のものを生成した。'],
  ];
  for (const [complaint, twin] of cases) it(twin, () => foundWithSilentTwin(complaint, twin, 'physics'));
});

describe("a service's own failure code is its hard failure in any language (codes.ts); the code denied is none", () => {
  const cases: [string, string, string][] = [
    ['Veo gibt 429 RESOURCE_EXHAUSTED zurück.', 'generation_error', 'Veo gibt kein RESOURCE_EXHAUSTED mehr zurück, das Video ist fertig.'],
    ['Runway showed SAFETY.INPUT.TEXT for my prompt.', 'moderation_input', 'Runway did not show SAFETY.INPUT.TEXT this time.'],
    ['La tarea terminó con SAFETY.OUTPUT.VIDEO.', 'moderation_output', 'La tarea ya no termina con SAFETY.OUTPUT.VIDEO.'],
    ['A tarefa falhou com moderation_blocked.', 'moderation', 'A tarefa não falhou com moderation_blocked.'],
    ['La tâche renvoie sentinel_block.', 'moderation_input', 'La tâche ne renvoie plus sentinel_block.'],
    ['エラーコードは moderation_blocked でした。', 'moderation', 'エラーコードは moderation_blocked ではなかった。'],
  ];
  for (const [failure, kind, twin] of cases) it(failure, () => failureWithTwin(failure, kind, twin));
});
