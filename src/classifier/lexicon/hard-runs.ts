import type { Lang } from '../lang.ts';
import { cross } from './cross.ts';
import type { HardKey } from './hard.ts';

/**
 * Hard-failure families of a local run or an API client, as people report them in issue threads of video front ends
 * (batch 13's tuning half: "and then no further progress", "Cant generate video", "more than half of them are not
 * being generated, but the credits get deducted", "all the output frames are black", "the latents are black").
 * Kept apart from hard-en.ts and its siblings so the rounds that edit those merge cleanly. As there, the thing is
 * named: "I can't generate realistic hands" is a quality complaint, "I can't generate a video" a failed job.
 */

// -- A run that stops moving: "no further progress" (a bare "no progress" is in hard.ts). A person's progress in a
// scene is no job's: a stall said right after a person is dropped (hard.ts, thingSaid).
const EN_NO_PROGRESS = ['no further progress', 'no more progress', 'makes no progress', 'made no progress', 'making no progress'];

// -- A job the person cannot start or get a video from: the verb of making with the video as its object.
const EN_CANNOT = ['cant', "can't", 'cannot', 'can not', 'unable to', 'not able to', 'impossible to'];
const EN_MAKE = ['generate', 'render', 'create', 'produce'];
const EN_A_VIDEO = ['video', 'a video', 'videos', 'any video', 'any videos', 'the video', 'anything'];

// -- Outputs said not to be made ("half of them are not being generated"). A bare pronoun only with the ongoing or
// "never" form: "the shadows, they were not rendered at all" is a thing missing from the scene.
const EN_MADE_THINGS = ['video', 'videos', 'clip', 'clips', 'output', 'outputs', 'result', 'results'];
const EN_ONGOING = ['are not being', "aren't being", 'is not being', "isn't being", 'never got', 'never get'];
const EN_MADE = ['generated', 'rendered', 'created', 'produced'];
const EN_NOT_MADE = [
  ...cross(EN_MADE_THINGS, cross([...EN_ONGOING, 'are not', "aren't", 'were not', "weren't"], EN_MADE)),
  ...cross(['them', 'they'], cross(EN_ONGOING, EN_MADE)),
];

// -- Credits said to be taken with a plain passive ("the credits get deducted"); alone they are no hard failure.
const EN_CREDITS = ['credits', 'the credits', 'my credits', 'tokens', 'points'];
const EN_TAKEN = cross(
  ['get', 'got', 'are', 'were', 'have been', 'has been', 'still get', 'keep getting'],
  ['deducted', 'subtracted', 'consumed', 'used up'],
);

// -- What a run put out, said to be one flat field: the output's frames or its latents, never bare "frames" (black
// last frames are a fade, a colour failure by the label conventions, batch 9).
const EN_RUN_OUTPUTS = [
  ...['output frames', 'generated frames', 'rendered frames', 'decoded frames', 'latents', 'the latent', 'latent preview'],
  ...['rendered video', 'generated video', 'generated videos', 'output video', 'output videos', 'final video', 'decoded video'],
];
const EN_FLAT = cross(
  ['is', 'are', 'was', 'were', 'come out', 'came out', 'comes out', 'is all', 'are all'],
  ['black', 'blank', 'grey', 'gray'],
);

export const HARD_RUNS: Readonly<Partial<Record<Lang, Partial<Record<HardKey, readonly string[]>>>>> = {
  en: {
    stuck: EN_NO_PROGRESS,
    error: [...cross(EN_CANNOT, cross(EN_MAKE, EN_A_VIDEO)), ...EN_NOT_MADE],
    charge: cross(EN_CREDITS, EN_TAKEN),
    blank: cross(EN_RUN_OUTPUTS, EN_FLAT),
  },
  de: {
    stuck: ['kein weiterer fortschritt', 'keinen weiteren fortschritt', 'kein fortschritt mehr', 'keinen fortschritt mehr'],
    error: [
      ...cross(['kein video', 'keine videos', 'kann kein video', 'kann keine videos'], ['generieren', 'erstellen', 'erzeugen', 'rendern']),
      ...cross(['videos', 'clips', 'ergebnisse', 'sie'], cross(['werden nicht', 'wurden nicht'], ['generiert', 'erstellt', 'erzeugt'])),
    ],
    charge: cross(['credits', 'punkte', 'guthaben', 'token'], ['werden abgezogen', 'werden trotzdem abgezogen', 'werden verbraucht']),
    blank: cross(
      ['ausgabebilder', 'generierten bilder', 'generierten frames', 'latents', 'ausgabevideo', 'generierte video'],
      cross(['sind', 'waren', 'ist', 'war', 'sind alle', 'kommen'], ['schwarz', 'komplett schwarz', 'grau', 'leer']),
    ),
  },
  fr: {
    stuck: ['plus aucune progression', 'aucune progression', 'plus de progression', 'ne progresse plus'],
    error: [
      ...cross(
        ["n'arrive pas a", 'ne parviens pas a', 'je ne peux pas', 'on ne peut pas', 'impossible de'],
        [
          'generer la video',
          'generer une video',
          'generer de video',
          'generer des videos',
          'generer quoi que ce soit',
          'lancer la generation',
        ],
      ),
      ...cross(['videos', 'video', 'resultats'], ['ne sont pas generees', "n'est pas generee", 'ne sont jamais generees']),
    ],
    charge: cross(
      ['credits', 'mes credits', 'les credits'],
      ['sont decomptes', 'sont retires', 'sont consommes', 'sont quand meme debites'],
    ),
    blank: cross(
      ['images de sortie', 'images generees', 'frames generees', 'latents', 'video de sortie', 'video generee'],
      cross(['sont', 'etaient', 'est', 'etait', 'sont toutes', 'sort', 'sortent'], ['noires', 'noire', 'noirs', 'noir', 'grises', 'vides']),
    ),
  },
  es: {
    stuck: ['sin progreso', 'ningun progreso', 'no avanza mas', 'ya no avanza', 'no hay progreso'],
    error: [
      ...cross(
        ['no puedo', 'no se puede', 'no consigo', 'no logro', 'imposible'],
        ['generar video', 'generar el video', 'generar un video', 'generar videos', 'generar ningun video', 'generar nada'],
      ),
      ...['los videos no se generan', 'el video no se genera', 'no se generan los videos', 'no se genera el video'],
    ],
    charge: cross(['creditos', 'los creditos', 'mis creditos'], ['se descuentan', 'se consumen', 'se cobran', 'me los descuentan']),
    blank: cross(
      ['fotogramas de salida', 'fotogramas generados', 'frames generados', 'latentes', 'video de salida', 'video generado'],
      cross(
        ['son', 'salen', 'estan', 'salieron', 'eran', 'es', 'sale', 'salio'],
        ['negros', 'negro', 'negras', 'negra', 'grises', 'vacios'],
      ),
    ),
  },
  pt: {
    stuck: ['sem progresso', 'nenhum progresso', 'nao avanca mais', 'parou de avancar', 'progresso parou'],
    error: [
      ...cross(
        ['nao consigo', 'nao da para', 'nao e possivel', 'impossivel'],
        ['gerar video', 'gerar o video', 'gerar um video', 'gerar videos', 'gerar nenhum video', 'gerar nada'],
      ),
      ...cross(['videos', 'os videos', 'o video'], ['nao sao gerados', 'nao e gerado', 'nao foram gerados', 'nao estao sendo gerados']),
    ],
    charge: cross(
      ['creditos', 'os creditos', 'meus creditos'],
      ['sao descontados', 'sao consumidos', 'sao cobrados', 'continuam sendo descontados'],
    ),
    blank: cross(
      ['quadros de saida', 'quadros gerados', 'frames gerados', 'latentes', 'video de saida', 'video gerado'],
      cross(
        ['sao', 'saem', 'estao', 'sairam', 'eram', 'ficam', 'ficaram', 'e', 'saiu', 'ficou'],
        ['pretos', 'preto', 'pretas', 'preta', 'vazios'],
      ),
    ),
  },
  ja: {
    // 実行 is only ever a job run ("実行できません"); 動かない is also a still picture, so it is not taken.
    error: ['実行できな', '実行できません', '実行されな', '実行されません', '起動できな', '起動できません'],
    stuck: ['進捗がな', '進捗なし', '進行しな', '進行しません'],
    blank: ['出力が黒', '出力フレームが黒', '全フレームが黒', 'フレームが全部黒', '潜在が黒'],
  },
};
