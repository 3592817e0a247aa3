import type { Lang } from '../lang.ts';
import { cross } from './cross.ts';
import type { HardKey } from './hard.ts';

/**
 * Hard-failure families of the second s12 round, written from how people report a failed run in issue threads and
 * forums (local runs, API clients, hosted services; docs/classifier-history.md), each a thing that can fail
 * crossed with what happened to it, in every language where the construction exists:
 * - the whole output a single frame (the label conventions: a txt2video run that stops after one frame is truncated);
 * - the saved file empty or of 0 bytes (a blank output: the open call on a 0-second clip is left to the tests'
 *   alternatives), and a file that will not play or open (an error, like "unplayable");
 * - a queue that does not move, a run that never started, a process that died (stuck, error);
 * - es and pt "no video received", so credits taken with it are charged without output.
 * The file, the queue and the run are always named: "it won't play", "no se mueve" alone is as often a scene.
 */

const EN_FILES = [
  ...['file', 'the file', 'output file', 'video file', 'mp4', 'the mp4', 'saved file', 'downloaded file', 'mp4 file'],
  ...['exported file', 'generated file', 'final file'],
];
const EN_RUNS = ['process', 'kernel', 'worker', 'python', 'the script', 'comfyui', 'the run', 'the job', 'the generation'];
const EN_ONLY = ['only outputs', 'only generates', 'only renders', 'only produces', 'only saves', 'only gives me', 'just outputs'];
const EN_ONE_FRAME = ['a single frame', 'one single frame', 'a single image', 'a single still frame'];

const DE_FILES = ['datei', 'die datei', 'ausgabedatei', 'videodatei', 'mp4', 'die mp4', 'heruntergeladene datei', 'exportierte datei'];
// The file with what was done to it ("le fichier exporté", "el archivo descargado"): the participle sits between.
const FR_FILES = cross(['fichier', 'le fichier'], ['', 'mp4', 'video', 'exporte', 'genere', 'telecharge', 'final']).map((f) => f.trim());
const ES_FILES = cross(['archivo', 'el archivo'], ['', 'mp4', 'de video', 'descargado', 'generado', 'exportado', 'final']).map((f) =>
  f.trim(),
);
const PT_FILES = cross(['arquivo', 'o arquivo', 'ficheiro', 'o ficheiro'], ['', 'mp4', 'baixado', 'gerado', 'exportado', 'final']).map(
  (f) => f.trim(),
);

/** Every a+b, without the space Japanese does not write. */
const join = (as: readonly string[], bs: readonly string[]): string[] => as.flatMap((a) => bs.map((b) => a + b));

export const HARD_S12: Readonly<Partial<Record<Lang, Partial<Record<HardKey, readonly string[]>>>>> = {
  en: {
    truncated: [
      ...cross(EN_ONLY, EN_ONE_FRAME),
      ...cross(['output is', 'video is', 'result is', 'output was', 'result was'], ['a single frame', 'just a single frame']),
    ],
    blank: cross(EN_FILES, ['is empty', 'was empty', 'is 0 bytes', 'was 0 bytes', 'has 0 bytes', 'is 0 kb', 'is zero bytes']),
    error: [
      ...cross(EN_FILES, ["won't play", "doesn't play", 'will not play', "can't be played", "won't open", "can't be opened"]),
      ...cross(EN_RUNS, ['dies', 'died', 'gets killed', 'got killed', 'was killed']),
      ...['empty response', 'returned nothing'],
    ],
    stuck: cross(['generation', 'render', 'job', 'task', 'process', 'queue', 'workflow'], ['never started', 'never even started']),
    // The missing video said in a relative clause ("charged for a video I never received", "a generation that never
    // arrived"), and the money said with the person charged ("I was charged").
    nooutput: cross(
      ['video', 'clip', 'generation', 'result', 'render', 'output'],
      ['that never arrived', 'that never showed up', 'that never appeared', 'i never received', 'i never got'],
    ),
    charge: [
      ...['i was charged', 'we were charged', 'i got charged', 'got charged for', 'they charged me', 'still charged me'],
      ...cross(['credits', 'my credits', 'tokens', 'my tokens'], ['gone', 'just gone', 'lost']),
    ],
  },
  de: {
    truncated: [
      ...cross(['nur ein einziges', 'nur ein einzelnes', 'nur einen einzigen', 'nur ein', 'nur einen'], ['frame', 'einzelbild']),
      ...cross(['nur ein einziges', 'nur ein einzelnes'], ['bild']),
    ],
    blank: [...cross(DE_FILES, ['hat 0 byte', 'ist 0 byte', 'ist leer', 'war leer', 'hat 0 bytes']), '0 byte', '0 bytes'],
    nooutput: cross(['nie ein video', 'nie das video', 'nie mein video', 'nie ein ergebnis'], ['bekommen', 'erhalten']),
    error: cross(DE_FILES, ['lasst sich nicht abspielen', 'lasst sich nicht offnen', 'kann nicht abgespielt werden', 'ist beschadigt']),
    modout: cross(
      ['sicherheitsfilter', 'nsfw filter', 'inhaltsfilter', 'jugendschutzfilter', 'vom sicherheitsfilter', 'vom nsfw filter'],
      ['verpixelt', 'zensiert', 'geschwarzt', 'verwischt', 'unkenntlich gemacht'],
    ),
    stuck: cross(
      ['warteschlange', 'die warteschlange', 'queue'],
      [
        'bewegt sich nicht',
        'bewegt sich nicht mehr',
        'bewegt sich gar nicht',
        'bewegt sich uberhaupt nicht',
        'geht nicht voran',
        'kommt nicht voran',
      ],
    ),
  },
  fr: {
    truncated: cross(
      ["ne genere qu'", "ne sort qu'", "ne produit qu'", "n'exporte qu'", "ne rend qu'"],
      // Not "qu'une image": "ne sort qu'une image noire" is a blank output, said of the colour.
      ['une seule image', 'une seule frame', 'une frame'],
    ),
    blank: [
      ...cross(FR_FILES, ['fait 0 octet', 'fait 0 octets', 'est vide', 'de 0 octet', 'de 0 octets']),
      ...cross(['generee', 'obtenue', 'exportee'], ['est noire', 'est entierement noire', 'est toute noire', 'est completement noire']),
      '0 octet',
      '0 octets',
    ],
    error: cross(FR_FILES, ['est illisible', 'ne se lit pas', "ne s'ouvre pas", 'est corrompu']),
    modout: cross(
      ['filtre nsfw', 'filtre de securite', 'filtre de contenu', 'filtre de moderation'],
      ['a floute', 'floute', 'a pixelise', 'pixelise', 'a censure', 'censure', 'a noirci', 'noircit'],
    ),
    stuck: [
      ...cross(["la file d'attente", "file d'attente"], ["n'avance pas", "n'avance plus", 'ne bouge pas', 'ne bouge plus']),
      ...cross(['la requete', 'requete', 'la generation', 'la tache'], ['expire', 'a expire', 'finit par expirer']),
      ...cross(
        ['la video', 'le rendu', 'la generation'],
        ["n'est jamais terminee", "n'est jamais termine", "n'est jamais finie", "n'est jamais fini"],
      ),
    ],
  },
  es: {
    truncated: cross(
      ['solo genera', 'solo sale', 'solo me da', 'solo devuelve', 'genera solo'],
      ['un fotograma', 'un solo fotograma', 'un frame', 'un solo frame', 'una sola imagen', 'un unico fotograma'],
    ),
    blank: [...cross(ES_FILES, ['pesa 0 bytes', 'tiene 0 bytes', 'esta vacio', 'de 0 bytes']), '0 bytes'],
    error: cross(ES_FILES, ['no se puede reproducir', 'no se reproduce', 'no se abre', 'esta corrupto', 'esta danado']),
    modout: cross(
      ['filtro nsfw', 'filtro de seguridad', 'filtro de contenido'],
      ['difumino', 'difumina', 'pixelo', 'pixela', 'censuro', 'censura', 'tapo', 'oscurecio'],
    ),
    // "La cola" is also a tail: only a wait moves on ("avanza"), a tail moves ("se mueve").
    stuck: cross(['la cola', 'la cola de espera'], ['no avanza', 'sigue sin avanzar', 'no avanza nada']),
    nooutput: cross(['no recibi', 'no he recibido', 'no me llego', 'nunca me llego'], ['ningun video', 'el video', 'ningun resultado']),
  },
  pt: {
    truncated: cross(
      ['so gera', 'so sai', 'so gerou', 'gera apenas', 'apenas gera', 'so me da'],
      ['um quadro', 'um unico quadro', 'um frame', 'um unico frame', 'uma unica imagem'],
    ),
    blank: [...cross(PT_FILES, ['tem 0 bytes', 'esta vazio', 'de 0 bytes', 'veio vazio']), '0 bytes'],
    error: cross(PT_FILES, ['nao abre', 'nao reproduz', 'esta corrompido', 'nao toca']),
    modout: cross(
      ['filtro nsfw', 'filtro de seguranca', 'filtro de conteudo'],
      ['desfocou', 'desfoca', 'borrou', 'borra', 'pixelou', 'pixeliza', 'censurou', 'censura', 'escureceu'],
    ),
    stuck: [
      ...cross(['a fila', 'fila'], ['nao se mexe', 'nao avanca', 'nao sai do lugar']),
      ...['da timeout', 'deu timeout', 'dando timeout'],
    ],
    nooutput: cross(['nao recebi', 'nunca recebi', 'nao chegou'], ['nenhum video', 'o video', 'nenhum resultado']),
  },
  ja: {
    // The figure is its own word to the segmenter: "1フレームしか", "数フレームしか" both start at the frame.
    truncated: join(['フレームしか', 'コマしか'], ['出な', '出てこな', '生成されな', '出力されな']),
    // A stall said with its figure ("進捗が0%のまま", "99%から進まない"): the figure is the job's (hard.ts).
    // The job is named: "赤い部分が50%のまま" is a share of the picture.
    stuck: [
      // A video that is never finished ("動画がいつまでも完成しない"): the job's end that never comes.
      ...join(['動画', 'レンダリング'], join(['が', 'は'], ['いつまでも完成しな', 'いつまでたっても完成しな', 'なかなか完成しな'])),
      ...join(
        ['進捗', '生成', 'プログレスバー', '処理', 'ロード', '読み込み'],
        join(['が', 'は', ''], join(['0%', '99%', '100%'], ['のまま', 'から進まな', 'から動かな', 'で止ま', 'で固ま'])),
      ),
    ],
    blank: ['0バイト', ...join(['ファイル', '出力ファイル'], ['が空', 'は空', 'が0バイト'])],
    // "再生できない" alone: only a file or a video is played, and its own negation ends the entry.
    error: [...join(['ファイル', 'mp4', '出力ファイル'], join(['が', 'は'], ['再生できな', '開けな', '壊れて', '壊れた'])), '再生できな'],
  },
};
