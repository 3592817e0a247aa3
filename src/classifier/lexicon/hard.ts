import type { Lang } from '../lang.ts';

/**
 * Words that describe a hard failure (no usable video) rather than a quality problem. `charge` (credits taken) and
 * `nooutput` (no video came) are parts: with an error or a stall they make "charged without output" (see hard.ts).
 * `error` words are weak: "the text has errors" is a quality complaint, so they only count when no mode was found.
 * Entry syntax as in types.ts.
 */
export const HARD_KEYS = ['moderation', 'charge', 'nooutput', 'stuck', 'blank', 'truncated', 'error'] as const;
export type HardKey = (typeof HARD_KEYS)[number];

export const HARD_WORDS: Readonly<Record<Lang, Partial<Record<HardKey, readonly string[]>>>> = {
  en: {
    error: ['failed', 'fails', 'failing', 'failure', 'error', 'errored', 'errors out', 'went wrong', 'something went wrong',
      'failed to generate', 'did not generate', "didn't generate", 'never generated', 'could not generate', "couldn't generate",
      'generation error', 'server error', 'network error', 'internal error'],
    stuck: ['stuck', 'hangs at', 'hung at', 'hanging at', 'frozen at', 'never finishes', 'never finished', 'never completes',
      'never completed', 'still processing', 'still generating', 'still in queue', 'still queued', 'queued for', 'in the queue for',
      'timed out', 'times out',
      'timeout', 'loading forever', 'spinning forever', 'not progressing', 'no progress', 'forever in queue', 'stays at'],
    moderation: ['blocked', 'flagged', 'content policy', 'policy violation', 'violates', 'violated', 'moderation', 'moderated', 'censored',
      'against the guidelines', 'community guidelines', 'not allowed', 'was rejected', 'got rejected'],
    charge: ['credits are gone', 'credits were gone', 'credits gone', 'credits were deducted', 'credits deducted', 'deducted', 'charged',
      'lost my credits', 'lost credits', 'took my credits', 'used my credits', 'used up my credits', 'ate my credits', 'still charged',
      'no refund', 'not refunded', 'credits were taken', 'credits taken', 'paid for'],
    nooutput: ['no video', 'no output', 'nothing was generated', 'nothing generated', 'no result', 'empty result', 'never got the video',
      "didn't get a video", 'did not get a video', 'without a video', 'without any output', 'without producing', 'produced nothing',
      'never appeared', 'never showed up'],
    blank: ['black screen', 'black video', 'blank video', 'all black', 'completely black', 'only black', 'grey screen', 'gray screen',
      'blank screen', 'just a still image', 'static image'],
    truncated: ['cut off', 'cuts off', 'cut short', 'ends abruptly', 'stops abruptly', 'shorter than i asked', 'shorter than requested'],
  },
  es: {
    error: ['fallo', 'fallida', 'fallido', 'dio error', 'no se genero', 'no genero', 'no se pudo generar'],
    stuck: ['atascad*', 'se quedo en', 'se queda en', 'colgad*', 'nunca termina', 'nunca termino', 'sigue procesando', 'en cola',
      'tiempo de espera'],
    moderation: ['bloquead*', 'politica de contenido', 'moderacion', 'censurad*', 'rechazad*', 'viola las normas'],
    charge: ['creditos desaparecieron', 'me cobraron', 'me cobro', 'cobrado', 'cobrados', 'perdi los creditos', 'perdi mis creditos',
      'se descontaron', 'descontaron', 'creditos gastados', 'sin reembolso'],
    nooutput: ['sin video', 'no hay video', 'ningun video', 'no salio nada', 'no aparece el video', 'no recibi el video'],
    blank: ['pantalla negra', 'video negro', 'todo negro'],
    truncated: ['se corta', 'termina de golpe'],
  },
  de: {
    error: ['fehlgeschlagen', 'schlug fehl', 'fehlermeldung', 'abgebrochen', 'wurde nicht generiert', 'nicht erstellt'],
    stuck: ['hangt bei', 'hangt fest', 'bleibt bei', 'bleibt hangen', 'steckt fest', 'warteschlange', 'zeituberschreitung', 'timeout',
      'lauft ewig', 'ladt ewig', 'wird nie fertig'],
    moderation: ['blockiert', 'gesperrt', 'richtlinie*', 'moderation', 'zensiert', 'abgelehnt'],
    charge: ['credits weg', 'credits sind weg', 'credits abgezogen', 'abgezogen', 'abgebucht', 'berechnet', 'trotzdem bezahlt',
      'credits verloren', 'guthaben weg', 'keine erstattung'],
    nooutput: ['kein video', 'kein ergebnis', 'nichts generiert', 'ohne video'],
    blank: ['schwarzes bild', 'schwarzer bildschirm', 'nur schwarz'],
    truncated: ['bricht ab', 'abgeschnitten', 'endet abrupt'],
  },
  fr: {
    error: ['echoue', 'echec', 'erreur', "n'a pas ete genere", 'pas genere'],
    stuck: ['bloque a', 'bloquee a', 'reste bloque', 'coince*', "file d'attente", 'ne se termine jamais', 'ne finit jamais',
      'toujours en cours', 'delai depasse'],
    moderation: ['bloque par', 'bloquee par', 'moderation', 'politique de contenu', 'censure*', 'refuse*', 'signale'],
    charge: ['credits ont disparu', 'credits disparus', 'credits debites', 'credits perdus', 'debite', 'debites', 'facture', 'preleve',
      'sans remboursement'],
    nooutput: ['pas de video', 'aucune video', 'aucun resultat', 'sans video'],
    blank: ['ecran noir', 'video noire', 'tout noir'],
    truncated: ["s'arrete net", 'trop courte', 'coupee avant la fin'],
  },
  pt: {
    error: ['falhou', 'falha', 'deu erro', 'nao gerou', 'nao foi gerado'],
    stuck: ['travad*', 'travou', 'preso em', 'parado em', 'parou em', 'na fila', 'nunca termina', 'nunca terminou', 'continua processando',
      'tempo esgotado'],
    moderation: ['bloqueado', 'bloqueada', 'moderacao', 'politica de conteudo', 'censurad*', 'rejeitad*'],
    charge: ['creditos sumiram', 'perdi os creditos', 'perdi meus creditos', 'creditos descontados', 'descontaram', 'cobraram',
      'fui cobrado', 'cobrado', 'sem reembolso'],
    nooutput: ['sem video', 'nenhum video', 'nao saiu nada', 'nenhum resultado'],
    blank: ['tela preta', 'video preto', 'tudo preto'],
    truncated: ['termina de repente', 'cortado no meio'],
  },
  ja: {
    error: ['エラー', '失敗', '生成できな', '生成されな'],
    stuck: ['止ま', '進まな', '終わらな', '固まっ', '待機中', '処理中のまま', 'タイムアウト'],
    moderation: ['ブロックされ', '規約違反', 'ポリシー違反', 'モデレーション', '弾かれ'],
    charge: ['クレジットが消', 'クレジットだけ', '消費され', '引かれ', '課金され'],
    nooutput: ['動画がな', '動画が出な', '出力されな'],
    blank: ['真っ黒', '黒い画面'],
    truncated: ['途中で切れ'],
  },
};
