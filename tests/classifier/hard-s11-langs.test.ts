import { describe, expect, it } from 'vitest';
import { classify } from '../../src/classifier/classify.ts';
import { expectHardFailure, expectNoHardFailure } from './found.ts';

/**
 * The hard-failure families in German, French, Spanish, Portuguese and Japanese (lexicon/hard-de.ts ... hard-ja.ts,
 * cut-short.ts, stalled.ts), each beside twins with the same verbs said of a thing in the scene, which are none.
 */
const failures: [string, string][] = [
  // de
  ['Die Generierung friert ein', 'stuck'],
  ['Der Ladekreis dreht sich nur', 'stuck'],
  ['Der Fortschrittsbalken bewegt sich nicht mehr', 'stuck'],
  ['Es kommt nicht über 80 % hinaus', 'stuck'],
  ['Das Ergebnis kommt komplett grau raus', 'blank_output'],
  ['Alle Videos sind schwarz', 'blank_output'],
  ['Mein Prompt wurde zurückgewiesen', 'moderation_input'],
  ['Das Video wurde nachträglich entfernt', 'moderation_output'],
  ['Fehler beim Generieren', 'generation_error'],
  ['Die Generierung schlägt jedes Mal fehl', 'generation_error'],
  ['Die Generierung wurde abgebrochen', 'generation_error'],
  ['Das Video ist nie erschienen, aber die Credits wurden abgezogen', 'charged_no_output'],
  ['Das Video endet nach zwei Sekunden', 'truncated_output'],
  ['Die letzten Sekunden fehlen', 'truncated_output'],
  ['Das Video ist nicht in der Bibliothek', 'generation_error'],
  // fr
  ['La génération ne bouge plus', 'stuck'],
  ['Ça tourne dans le vide', 'stuck'],
  ['La génération ne dépasse jamais 90 %', 'stuck'],
  ['Les vidéos sortent toutes noires', 'blank_output'],
  ['Que du bruit', 'blank_output'],
  ['Ils ont refusé mon prompt', 'moderation_input'],
  ['La vidéo a été supprimée après la génération', 'moderation_output'],
  ['Une erreur est survenue', 'generation_error'],
  ['La génération a été annulée', 'generation_error'],
  ['Mes crédits ont disparu et la vidéo n’est jamais arrivée', 'charged_no_output'],
  ['J’ai 4 secondes au lieu de 10', 'truncated_output'],
  ['La vidéo n’apparaît pas dans ma bibliothèque', 'generation_error'],
  ['La requête a expiré', 'stuck'],
  // es
  ['La barra de progreso no se mueve', 'stuck'],
  ['La pantalla se queda en negro', 'blank_output'],
  ['Los videos salen negros', 'blank_output'],
  ['Mi prompt viola las normas', 'moderation_input'],
  ['El servidor está caído', 'generation_error'],
  ['La generación se canceló', 'generation_error'],
  ['Mis créditos desaparecieron y el video nunca llegó', 'charged_no_output'],
  ['El video se corta a los 3 segundos', 'truncated_output'],
  ['Faltan los últimos segundos', 'truncated_output'],
  ['El video no aparece en mi biblioteca', 'generation_error'],
  // pt
  ['A barra de progresso não avança', 'stuck'],
  ['Os vídeos saem pretos', 'blank_output'],
  ['Meu prompt foi recusado', 'moderation_input'],
  ['O vídeo foi removido pela moderação', 'moderation_output'],
  ['O site está fora do ar', 'generation_error'],
  ['A geração foi cancelada', 'generation_error'],
  ['Meus créditos sumiram e o vídeo nunca chegou', 'charged_no_output'],
  ['Recebi 3 segundos em vez de 10', 'truncated_output'],
  ['O vídeo não aparece na minha biblioteca', 'generation_error'],
  // ja
  ['生成がフリーズした', 'stuck'],
  ['いつまで待っても終わらない', 'stuck'],
  ['プロンプトが規約に引っかかる', 'moderation_input'],
  ['プログレスバーが進まない', 'stuck'],
  ['画面が黒一色', 'blank_output'],
  ['ノイズしか出ない', 'blank_output'],
  ['プロンプトが却下された', 'moderation_input'],
  ['プロンプトが規約違反と判定された', 'moderation_input'],
  ['動画が削除された', 'moderation_output'],
  ['サーバーがクラッシュした', 'generation_error'],
  ['生成が中断された', 'generation_error'],
  ['クレジットが消えたのに動画が届かない', 'charged_no_output'],
  ['途中までしか生成されない', 'truncated_output'],
  ['10秒で頼んだのに3秒しかない', 'truncated_output'],
  ['ライブラリに表示されない', 'generation_error'],
];

const twins: [string, string[]][] = [
  ['Die Frau friert ein', []],
  ['Das Auto ist schwarz', []],
  ['Der Mann kam nie an der Tür an', []],
  ['Die Bilder sind schwarz-weiß', []],
  ['La voiture est noire', []],
  ['Le panneau est bloqué par un camion', []],
  ['Le filtre vintage est joli', []],
  ['El coche es negro', []],
  ['El hombre nunca llegó a la puerta', []],
  ['La mujer se congela en el sitio', []],
  ['O carro é preto', []],
  ['O homem nunca chegou à porta', []],
  ['Ficou tudo certo, sem nada de estranho', []],
  ['女性が固まっている', []],
  ['車が真っ黒', []],
  ['猫の毛は黒一色', []],
  ['手しか出ない', []],
  ['何時間見ても飽きない', []],
  ['Die Tänzerin dreht sich nur im Kreis', []],
  ['途中までは良かったが顔が崩れる', ['anatomy']],
];

describe('hard-failure families in five more languages, and their twins that are none', () => {
  it.each(failures)('%s -> %s', (text, kind) => expectHardFailure(text, kind));

  it.each(twins)('%s -> no hard failure, modes %j', (text, modes) => expectNoHardFailure(text, modes));
});

/** A service's English message quoted in another language's sentence (matcher.ts, quotedMessage). */
const quoted: [string, string | undefined, string[]][] = [
  ['Es kommt immer "Something went wrong"', 'generation_error', []],
  ['Sale el aviso "Video render failed"', 'generation_error', []],
  ['「Content policy violation」と表示される', 'moderation', []],
  // Twins: an English word quoted, not a message; the quote does not reach the words outside it.
  ['Er sagt "black" zu dem Hund', undefined, []],
  ['Ich habe "failed" in den Prompt geschrieben und die Hände schmelzen', undefined, ['anatomy']],
];

describe('a service’s English message quoted in another language', () => {
  it.each(quoted)('%s -> %s, modes %j', (text, kind, modes) => {
    const r = classify(text);
    expect(r.hardFailure?.kind).toBe(kind);
    expect(r.findings.map((f) => f.mode)).toEqual(modes);
  });
});
