import { describe, it } from 'vitest';
import { expectHardFailure, expectNoHardFailure } from './found.ts';

/**
 * The hard-failure families of a local run or an API client (lexicon/hard-runs.ts), written from batch 13's tuning
 * misses, each in the six languages with sentences nobody tuned on, and near-miss twins with the same words that must
 * not give a hard failure: said of a thing or a person in the scene, a quality complaint, praise, a question.
 */
const families: [string, [string, string][], [string, string[]][]][] = [
  [
    'a run that makes no further progress',
    [
      ['the sampler runs for a minute and then no further progress for two hours', 'stuck'],
      ['The job made no progress after the first step', 'stuck'],
      ['no progress on my render since this morning', 'stuck'],
      ['Seit gestern kein weiterer Fortschritt beim Rendern', 'stuck'],
      ['Le rendu ne progresse plus depuis une heure', 'stuck'],
      ['Lleva una hora sin progreso en la generación', 'stuck'],
      ['Faz uma hora sem progresso na geração', 'stuck'],
      ['生成の進捗がない状態が続いています', 'stuck'],
    ],
    [
      ['the woman made no progress across the room', []],
      ['Die Frau macht keinen Fortschritt mehr beim Laufen', []],
      ['Veo made no progress on hands since last year, they still melt', ['anatomy']],
      ['there has been no further progress on the physics in this model', []],
      ['Es gibt keinen weiteren Fortschritt bei den Händen', []],
      ['Aucune progression sur les visages depuis la dernière version', []],
      ['Sin progreso en las manos desde la versión anterior', []],
      ['Nenhum progresso nas mãos desde a versão anterior', []],
    ],
  ],
  [
    'a video the person cannot get generated',
    [
      ["I can't generate a video with the new model", 'generation_error'],
      ['Unable to generate any video since the update', 'generation_error'],
      ['cannot render the video on my 3090', 'generation_error'],
      ['Ich kann kein Video generieren, seit ich das Update installiert habe', 'generation_error'],
      ["Je n'arrive pas à générer une vidéo avec ce modèle", 'generation_error'],
      ['No puedo generar un video desde la actualización', 'generation_error'],
      ['Não consigo gerar um vídeo desde a atualização', 'generation_error'],
      ['ワークフローが実行できません', 'generation_error'],
    ],
    [
      ["I can't generate realistic hands, the fingers always melt", ['anatomy']],
      ["you can't generate a video this good anywhere else, love it", []],
      ['Ich kann kein Video generieren, das so gut aussieht wie dieses', []],
      ["why can't I generate hands that look real?", []],
      ["I can't generate videos longer than 5 seconds on the free plan", []],
      ['No puedo generar un video tan bueno en otro lado', []],
      ['Não consigo gerar um vídeo tão bom em outro lugar', []],
    ],
  ],
  [
    'outputs not generated while the credits get deducted',
    [
      ['more than half of the clips are not being generated but the credits get deducted', 'charged_no_output'],
      ['the videos were not generated and my credits got consumed', 'charged_no_output'],
      ['Die Videos werden nicht generiert, aber die Credits werden abgezogen', 'charged_no_output'],
      ['Les vidéos ne sont pas générées mais mes crédits sont décomptés', 'charged_no_output'],
      ['Los videos no se generan pero los créditos se descuentan', 'charged_no_output'],
      ['Os vídeos não são gerados mas os créditos são descontados', 'charged_no_output'],
    ],
    [
      ['the hands are not generated correctly, they melt', ['anatomy']],
      ["the reflections are weird, they aren't rendered properly", []],
      ['the shadows, they were not rendered at all', []],
      ["videos aren't generated in 4k, only 720p", []],
      ['the credits get deducted after every video, which is fine', []],
      ['Les mains ne sont pas générées correctement, elles fondent', []],
    ],
  ],
  [
    "a run's output frames or latents that come out flat",
    [
      ['all the output frames are black', 'blank_output'],
      ['the latents are black and so is the file', 'blank_output'],
      ['the generated video is all grey', 'blank_output'],
      ['Die Ausgabebilder sind komplett schwarz', 'blank_output'],
      ['Les images de sortie sont noires', 'blank_output'],
      ['Los fotogramas de salida son negros', 'blank_output'],
      ['Os quadros de saída são pretos', 'blank_output'],
      ['出力フレームが黒くなります', 'blank_output'],
    ],
    [
      ['the hair is black and the frames look great', []],
      ['the last frames are black', []],
      ['the output frames are black and white as I asked', []],
      ['Los fotogramas de salida se ven geniales', []],
      ['Os quadros de saída estão ótimos', []],
      ['are the output frames supposed to be this dark?', []],
    ],
  ],
  [
    'a run halted at a named node of its workflow (stalled.ts)',
    [
      ['after i run, it stop at the “wan sampler node”', 'stuck'],
      ['the generation hangs at the VAE Decode node for hours', 'stuck'],
      ['Der Lauf bleibt am VAE-Decode-Knoten stehen', 'stuck'],
      ['Le rendu reste bloqué au nœud KSampler depuis une heure', 'stuck'],
      ['El flujo se queda en el nodo KSampler y no avanza', 'stuck'],
      ['O fluxo fica no node KSampler e não avança', 'stuck'],
      ['KSamplerノードで止まってしまいます', 'stuck'],
    ],
    [
      ['how do I make it stop at the upscale node?', []],
      ['I want the workflow to stop at the preview node so I can check', []],
      ['the woman stops at the node marker on the map', []],
      ['Es hängt ein Knoten am Seil', []],
      ['Le personnage reste bloqué au nœud du filet', []],
      ['the train stops at the station', []],
    ],
  ],
];

describe.each(families)('hard-failure family of a run: %s', (_name, failures, twins) => {
  it.each(failures)('%s -> %s, quoting the person’s words', (text, kind) => expectHardFailure(text, kind));

  it.each(twins)('%s -> no hard failure, modes %j', (text, modes) => expectNoHardFailure(text, modes));
});
