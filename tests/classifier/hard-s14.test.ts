import { describe, it } from 'vitest';
import { expectHardFailure, expectNoHardFailure } from './found.ts';

/**
 * The s14 hard-failure recall round (/work/notes/s14/hard-families.md): families of how people report a job that gave
 * no video, each with sentences nobody tuned on, and twins with the same words that must not give a hard failure.
 */
const families: [string, [string, string][], [string, string[]][]][] = [
  [
    'a Chinese provider message pasted into a report (zh-errors.ts)',
    [
      ['Kling shows 生成失败 every time I try', 'generation_error'],
      ['Hailuo just says 任务失败, no video', 'generation_error'],
      ['Jimeng ha mostrado 请求失败 toda la mañana', 'generation_error'],
      ['Das Video bleibt bei 排队中 seit zwei Stunden', 'stuck'],
      ['Hailuo says 审核不通过 for a photo of my dog', 'moderation'],
      ['Dreamina me dit 内容违规 pour une simple plage', 'moderation'],
      ['It said 生成失败 but 积分已扣', 'charged_no_output'],
      ['生成失败，请稍后重试', 'generation_error'],
      // A Chinese message inside a Japanese report, and Japanese's own 失敗 beside it, unchanged.
      ['生成失败と表示される', 'generation_error'],
      ['動画の生成に失敗する', 'generation_error'],
    ],
    [
      ['这个视频很好', []],
      ['失敗作ばかりだった', []],
      ['生成に失敗しましたが、もう一度試したら手が溶けていた', ['anatomy']],
      ['Kling 生成的视频 looks great but the hands melt', ['anatomy']],
    ],
  ],
  [
    'the making said not to work (not-working.ts)',
    [
      ['wan2.1_i2v_720p does not work since the update', 'generation_error'],
      ["Kling 2.1 doesn't work anymore", 'generation_error'],
      ["Video generation isn't working since this morning", 'generation_error'],
      ["The generate button doesn't work", 'generation_error'],
      ['Image to video stopped working yesterday', 'generation_error'],
      ['Die Videogenerierung funktioniert nicht', 'generation_error'],
      ['Seit gestern funktioniert Veo nicht mehr', 'generation_error'],
      ['La génération ne marche plus depuis hier', 'generation_error'],
      ['El botón de generar no funciona', 'generation_error'],
      ['O botão de gerar parou de funcionar', 'generation_error'],
      ['動画生成が動かない', 'generation_error'],
      ['APIが使えない状態です', 'generation_error'],
      ["Kling doesn't work with my LoRA", 'generation_error'],
    ],
    [
      ["the lip sync doesn't work", []],
      ['Die Lippensynchronisation funktioniert nicht', []],
      ['A sincronia labial não funciona', []],
      ['リップシンクが動かない', []],
      ["the model doesn't work well with hands", ['anatomy']],
      ["Veo doesn't work for anime styles", []],
      ["Veo doesn't work with text at all", ['text']],
      ['Si la génération ne marche pas, relancez', []],
      ['Wenn die API nicht geht, einfach neu laden', []],
      ['the generation works fine, but her fingers fuse', ['anatomy']],
      ['キャラが動かない', ['physics']],
      // The video that exists does not move: lost motion, physics (lost-motion.ts, merged beside this round).
      ['生成された動画が動かない', ['physics']],
    ],
  ],
  [
    'an output of a second or two (short-clip.ts)',
    [
      ['My video is only 1 second long', 'truncated_output'],
      ['Every clip comes out only one second long', 'truncated_output'],
      ['the output is just 2 seconds, I asked for 10', 'truncated_output'],
      ['Das Video ist immer nur 1 Sekunde lang', 'truncated_output'],
      ['Der Clip hat nur eine Sekunde', 'truncated_output'],
      ["La vidéo ne dure qu'une seconde", 'truncated_output'],
      ['El video dura solo 1 segundo', 'truncated_output'],
      ['O vídeo tem só 1 segundo', 'truncated_output'],
    ],
    [
      ['the glitch lasts only 1 second', []],
      ['her face changes for just 1 second in the video', ['identity']],
      ['the video is only 1 second in and the face melts', ['anatomy']],
      ['Veo clips are only 8 seconds long', []],
      ['the video only shows her smile for 1 second', []],
      ['in the video, the hands are only visible for 1 second', []],
    ],
  ],
  [
    'a refusal for words of the prompt (prompt-words.ts)',
    [
      ['It was flagged because of the word shirtless', 'moderation_input'],
      ['my prompt got blocked for the word "kiss"', 'moderation_input'],
      ['Das Video wurde wegen des Wortes „Kuss“ blockiert', 'moderation_input'],
      ['La vidéo a été bloquée à cause du mot « sang »', 'moderation_input'],
      ['Fue bloqueado por la palabra "beso"', 'moderation_input'],
      ['Foi bloqueado pela palavra "beijo"', 'moderation_input'],
      ['「血」という単語で弾かれた', 'moderation_input'],
      // The refusal for what it showed, not for words, keeps the general kind.
      ['It got blocked for sensitive content', 'moderation'],
    ],
    [
      ['the sign is blocked by a truck and the words are garbled', ['text']],
      ['the words on the sign are blocked by a car', []],
    ],
  ],
  [
    'a blur the model puts on, said with what it blurs for (censor-blur.ts)',
    [
      ['the NSFW filter slaps a mosaic over it', 'moderation_output'],
      ['as soon as there is nudity it adds a thick blur to the whole frame', 'moderation_output'],
      ["Il applique un flou dès qu'il y a de la nudité", 'moderation_output'],
      ['Aplica un desenfoque en las escenas íntimas', 'moderation_output'],
      ['Quando há nudez, o modelo aplica um desfoque', 'moderation_output'],
      ['Sobald es romantisch wird, legt das Modell einen rosa Weichzeichner darüber', 'moderation_output'],
      ['ヌードのシーンだとぼかしをかけてくる', 'moderation_output'],
    ],
    [
      ['it adds a weird blur to the background', []],
      ['the model adds a motion blur to the hands, which melt', ['anatomy']],
      ['the safety helmet has a blur on it', []],
      ["Il applique un flou sur l'arrière-plan", []],
    ],
  ],
  [
    'black frames that flash are colour, a video gone black is blank (flashing-black.ts)',
    [
      ['the video flickers and then the whole output is black', 'blank_output'],
      ['it flickers, then black screen', 'blank_output'],
      ['the output is a black screen', 'blank_output'],
    ],
    [
      ['random black frames flash in the middle of the clip', ['color']],
      ['the final render has flickering black frames', ['color']],
      ['Es blitzen immer wieder schwarze Frames auf', ['color']],
      ['黒いフレームが点滅する', ['color']],
    ],
  ],
  [
    'a thing of the scene that never appears is the scene, not a missing video (hard.ts, SAID_OF_THINGS)',
    [
      ['My video never appeared in the library', 'generation_error'],
      ['動画が出てこない', 'generation_error'],
      ['ライブラリに出てこない', 'generation_error'],
    ],
    [
      ['the cat never appeared in the video', []],
      ['the second character never showed up', []],
      ['女の子が出てこない', []],
      ['犬が最後まで出てこない', []],
    ],
  ],
  [
    'a word of censoring in a likeness describes the look (hard-likened.ts)',
    [
      ['My video was censored', 'moderation_output'],
      ['It looks like my prompt was blocked again', 'moderation_input'],
      ['It looks like a filter blocked it', 'moderation'],
    ],
    [
      ['every time the output looks like a heavily censored version of my photo', []],
      ['Das Ergebnis wirkt wie eine zensierte Fassung meines Fotos', []],
      ['Le résultat ressemble à une version censurée de ma photo', []],
      ['El resultado parece una versión censurada de mi foto', []],
      ['O resultado parece uma versão censurada da minha foto', []],
      ['ぼかしが入ったみたいな映像になる', []],
    ],
  ],
  [
    'a failure said of pictures of people is the input refused (faces-refused.ts)',
    [
      ["it won't generate anything from photos with real people", 'moderation_input'],
      ['every upload containing a face fails with an error', 'moderation_input'],
      ['Das Modell erkennt Gesichter und bricht die Generierung ab', 'moderation_input'],
      ['La génération échoue avec des images contenant des visages', 'moderation_input'],
      ['Falla siempre con imágenes con rostros', 'moderation_input'],
      ['Sempre falha com fotos com pessoas', 'moderation_input'],
      ['顔が写った画像だと生成できない', 'moderation_input'],
      ['the generation failed with an error', 'generation_error'],
    ],
    [
      ['I uploaded a photo with two people and their faces melted', ['anatomy']],
      ['the photo with real people came out great', []],
    ],
  ],
];

describe.each(families)('hard-failure family (s14): %s', (_name, failures, twins) => {
  it.each(failures)('%s -> %s, quoting the person’s words', (text, kind) => expectHardFailure(text, kind));

  it.each(twins)('%s -> no hard failure, modes %j', (text, modes) => expectNoHardFailure(text, modes));
});
