import { describe, it } from 'vitest';
import { expectHardFailure, expectNoHardFailure } from './found.ts';

/**
 * The second s12 hard round (lexicon/hard-s12.ts, codes.ts, hard.ts): families written from how people report a failed
 * local run, API call or hosted job (docs/classifier-history.md), each with sentences nobody tuned on, and twins
 * with the same words that must not give a hard failure: said of a thing in the scene, a quality complaint, a wish.
 */
const families: [string, [string, string][], [string, string[]][]][] = [
  [
    'the whole output a single frame',
    [
      ['the txt2video pipeline only outputs a single frame', 'truncated_output'],
      ['with the new scheduler it only generates a single frame', 'truncated_output'],
      ['Seit dem Update kommt nur ein einziges Bild heraus statt eines Clips', 'truncated_output'],
      ['Das Modell liefert nur einen Frame', 'truncated_output'],
      ["Le modèle ne génère qu'une seule image au lieu d'une vidéo", 'truncated_output'],
      ['El modelo solo genera un fotograma en lugar de un vídeo', 'truncated_output'],
      ['O modelo só gera um quadro em vez de um vídeo', 'truncated_output'],
      ['生成すると3フレームしか出力されない', 'truncated_output'],
    ],
    [
      ['a single frame of the clip shows six fingers on her hand', ['anatomy']],
      ['I only want a single frame from the video for the thumbnail', []],
      ['Nur ein einziges Bild im Video zeigt sechs Finger', ['anatomy']],
      ['she only wears a single earring', []],
    ],
  ],
  [
    'an empty or 0-byte file',
    [
      ['the exported mp4 file is 0 bytes', 'blank_output'],
      ['the saved file is empty after the run finishes', 'blank_output'],
      ['the upscaled video of the character is 0 bytes', 'blank_output'],
      ['Die Ausgabedatei ist leer', 'blank_output'],
      ['Le fichier mp4 fait 0 octet', 'blank_output'],
      ['El archivo mp4 pesa 0 bytes', 'blank_output'],
      ['O arquivo mp4 veio vazio', 'blank_output'],
      ['出力ファイルが0バイトになります', 'blank_output'],
    ],
    [
      ['the file cabinet in the office is empty', []],
      ['the glass is empty in one frame and full in the next', []],
    ],
  ],
  [
    'a file that will not play',
    [
      ["the downloaded file won't play in any player", 'generation_error'],
      ['Die Videodatei lässt sich nicht abspielen', 'generation_error'],
      ['Le fichier vidéo est illisible', 'generation_error'],
      ['El archivo no se puede reproducir', 'generation_error'],
      ['O arquivo não abre em nenhum player', 'generation_error'],
      ['出力ファイルが再生できない', 'generation_error'],
    ],
    [
      ["the woman won't play with the dog", []],
      ['the kids play with a file folder', []],
    ],
  ],
  [
    'a queue that does not move, a run that never started',
    [
      ['Die Warteschlange bewegt sich überhaupt nicht', 'stuck'],
      ["La file d'attente n'avance plus depuis ce matin", 'stuck'],
      ['La cola de espera no avanza desde ayer', 'stuck'],
      ['A fila não se mexe há duas horas', 'stuck'],
      ['the render never started, it just sits there', 'stuck'],
    ],
    [
      ['the queue of people in the background moves strangely', ['physics', 'anatomy']],
      ['La cola del perro no se mueve', ['physics']],
      ['the car never started in the scene', []],
      ['she stops walking halfway', []],
    ],
  ],
  [
    'a process that dies, a console error pasted in',
    [
      ['the kernel dies as soon as sampling begins', 'generation_error'],
      ['the python process got killed halfway', 'generation_error'],
      ['it runs out of VRAM on a 12 GB card', 'generation_error'],
      ["ModuleNotFoundError: No module named 'diffusers' when I start it", 'generation_error'],
      ['Beim Start kommt FileNotFoundError und kein Video', 'generation_error'],
    ],
    [
      ['the character dies in the end scene', []],
      ['the man got killed in the video and his face changes', ['identity']],
    ],
  ],
  [
    'no video received (es, pt), with credits taken',
    [
      ['Me cobraron los créditos y no recibí ningún vídeo', 'charged_no_output'],
      ['Cobraram os créditos e não recebi nenhum vídeo', 'charged_no_output'],
      ['No recibí ningún vídeo después de una hora', 'generation_error'],
    ],
    [['Recibí el vídeo y las manos se derriten', ['anatomy']]],
  ],
  [
    'an error placed in a thing of the scene is its defect',
    [
      ['there was an error in the generation', 'generation_error'],
      ['I got an error on the second run', 'generation_error'],
    ],
    [
      ['the error in the hands is obvious', []],
      ['there is an error in the face', []],
      ['Der Fehler in den Händen ist offensichtlich', ['anatomy']],
      ["L'erreur dans les mains est visible", []],
      ['El error en las manos es evidente', []],
      ['O erro nas mãos é óbvio', []],
      ['the screen in the video is black', []],
    ],
  ],
  [
    'a named safety filter that blurs or pixelates the output',
    [
      ['Das Video wurde vom Sicherheitsfilter verpixelt', 'moderation_output'],
      ['Der NSFW Filter verpixelt jedes zweite Video', 'moderation_output'],
      ['Le filtre NSFW a flouté la moitié de la vidéo', 'moderation_output'],
      ['El filtro NSFW difuminó la mitad del vídeo', 'moderation_output'],
      ['O filtro NSFW desfocou metade do vídeo', 'moderation_output'],
    ],
    [
      ['the vintage filter blurred the background', []],
      ['Le filtre vintage a flouté le fond', []],
    ],
  ],
  [
    'a server status, a request that expires, a stall with its figure',
    [
      ['HTTP 503 every time I submit', 'generation_error'],
      ['the API answers with status code 500', 'generation_error'],
      ['La requête expire au bout de 10 minutes', 'stuck'],
      ['A requisição dá timeout toda vez', 'stuck'],
      ['進捗が0%のまま', 'stuck'],
      ['生成が99%から進まない', 'stuck'],
    ],
    [
      ['HTTP 200 but the video is fine', []],
      ['赤い部分が画面の50%のまま変わらない', []],
      ['the queue of people in the background moves strangely', ['physics', 'anatomy']],
    ],
  ],
  [
    "the person's own wait ended by a bare nothing, a video never finished",
    [
      ['I waited 40 minutes and nothing', 'stuck'],
      ["I've waited an hour and still nothing.", 'stuck'],
      ["J'ai attendu 40 minutes et rien", 'stuck'],
      ['Esperé 40 minutos y nada', 'stuck'],
      ['Esperei 40 minutos e nada', 'stuck'],
      ["La vidéo n'est jamais terminée", 'stuck'],
      ['動画がいつまでも完成しない', 'stuck'],
    ],
    [
      ['she waited at the door and nothing happened', []],
      ['I waited to see the ending and nothing else stood out', []],
      ['Esperé hasta el final y nada raro, todo bien', []],
      ["Elle a attendu devant la porte et rien ne s'est passé", []],
    ],
  ],
  [
    'a video never received said in a relative clause, the person charged',
    [
      ['I paid for a generation that never arrived', 'charged_no_output'],
      ['I was charged for a video I never received', 'charged_no_output'],
      ['the render that never showed up still cost me, my credits just gone', 'charged_no_output'],
      ['Ich habe nie ein Video bekommen', 'generation_error'],
    ],
    [
      ['the charged particles glow blue', []],
      ['the phone is charged in the scene', []],
      ['the credits at the end are lost in the blur', []],
      ['the video that never came close to the prompt', []],
    ],
  ],
  [
    'fewer seconds than asked, said with the length',
    [
      ['the video is only 1 second long instead of 5', 'truncated_output'],
      ['Das Video ist nur 3 Sekunden lang statt 10', 'truncated_output'],
      ['La vidéo fait 2 secondes de long au lieu de 8', 'truncated_output'],
      ['El vídeo tiene 2 segundos de duración en vez de 8', 'truncated_output'],
      ['O vídeo tem 2 segundos de duração em vez de 8', 'truncated_output'],
    ],
    [
      ['the video is 10 seconds long instead of 5', []],
      ['the shot of the beach is 2 seconds long, which is fine', []],
    ],
  ],
  [
    'the file named with what was done to it (exported, downloaded), a video that will not play in ja',
    [
      ['the exported file is empty', 'blank_output'],
      ['Le fichier téléchargé est vide', 'blank_output'],
      ['El archivo generado pesa 0 bytes', 'blank_output'],
      ['O arquivo gerado não abre', 'generation_error'],
      ['出力されたファイルが壊れていて再生できない', 'generation_error'],
    ],
    [
      ['the exported file looks great but the hands melt', ['anatomy']],
      ['動画を再生すると顔が崩れる', ['anatomy']],
    ],
  ],
];

describe.each(families)('hard-failure family (s12, second round): %s', (_name, failures, twins) => {
  it.each(failures)('%s -> %s, quoting the person’s words', (text, kind) => expectHardFailure(text, kind));

  it.each(twins)('%s -> no hard failure, modes %j', (text, modes) => expectNoHardFailure(text, modes));
});
