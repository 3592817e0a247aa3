/**
 * "Three-quarters of them fail or are unusable", "60% of the videos were complete failures, not following my prompt",
 * "fallo total del video", "o modelo falhou ao contar dedos", "半分は失敗作": a bare word of failing said of outputs
 * that exist and are judged bad is a verdict on their quality, no failed job (s13 prec2 round). A failed job keeps its
 * words: "the generation failed and I got no video", "3 of my 4 generations failed with an error and charged me" (the
 * job named as the one that failed, or credits taken, keep the failure a hard one).
 */
import type { Hit } from './matcher.ts';
import { anyOf } from './word-regex.ts';

/** The bare failing words of the hard lists (a phrase such as "failed to generate" names the job and is never one). */
const FAIL = new RegExp(
  String.raw`^(?:fail|fails|failed|failing|failure|failures|fallo|falla|fallan|fallaron|fallida|fallido|fallidas|fallidos|` +
    String.raw`fracaso|falhou|falha|falham|falharam|falhas|fracasso|echoue|echouent|echoues?|echec|echecs|` +
    String.raw`schiefgelaufen|schief gelaufen|schiefgegangen|fehlgeschlagen)$`,
);

/**
 * The job, a step of it or the service named right before the failing word ("the generation failed", "3 of my 4
 * renders failed", "upload fehlgeschlagen", "la generación falló"): a failed job, whatever else is said.
 */
const JOB_BEFORE = new RegExp(
  String.raw`\b(?:generations?|renders?|rendering|jobs?|tasks?|requests?|uploads?|downloads?|exports?|process(?:ing)?|` +
    String.raw`server|api|app|queue|attempts?|generierung|erstellung|upload|generation|rendu|requete|tache|` +
    String.raw`generacion|solicitud|tarea|carga|geracao|solicitacao|tarefa|envio)\s(?:\w+\s)?$`,
);

/** A failed job said with what went wrong with it ("failed with an error", "failed after 99%", "failed to load"). */
const JOB_AFTER = new RegExp(
  String.raw`^\s(?:with\s(?:an?\s)?(?:error|code|status|message|timeout)|to\s(?:generate|render|load|upload|download|start|` +
    String.raw`finish|complete|process|export|save|create|produce|connect|submit|run|respond)\b|(?:at|after)\s(?:\d|step|the\s(?:very\s)?(?:end|start|last|first)|loading|upload)|` +
    String.raw`on\s(?:the\s)?(?:server|upload|step))`,
);

/**
 * A judgement of the outputs' quality in the same sentence: unusable, glitched, incoherent, a prompt not
 * followed, weird shapes, a look that is synthetic (en, de, fr, es, pt).
 */
const VERDICT = anyOf([
  String.raw`unusable|glitch\w*|incoherent|irrelevant|distorted|deformed|nonsens\w*|` +
    String.raw`weird\s(?:\w+\s)?(?:shapes?|artifacts?|faces?|hands|bodies|motion|colou?rs?|blobs?)|` +
    String.raw`artifacts?|(?:not|n't|never)\s(?:follow\w*|match\w*|respect\w*)|ignor\w*\s(?:the|my)\s(?:prompt|instruction)`,
  String.raw`unbrauchbar\w*|synthetisch\w*|kunstlich\w*|inkoharent\w*|seltsam\w*|verzerrt\w*|ignoriert|(?:folgt|folgen|halt|halten)\s\w+\s(?:\w+\s)?nicht`,
  String.raw`inutilisable|incoherent\w*|bizarre|deforme\w*|ne\s(?:respecte|respectent|suit|suivent)\spas`,
  String.raw`inservible|inutilizable|incoherente|raro|rara|deformad\w*|no\s(?:sigue|siguen|respeta|respetan)\b|ignora\w*`,
  String.raw`inutilizave\w*|incoerente|estranh\w*|deformad\w*|nao\s(?:segue|seguem|respeita|respeitam)\b`,
]);

/** Failures as a noun judged by degree ("complete failures", "fallo total", "un échec complet", "fracasso total"). */
const DEGREE_BEFORE = /\b(?:complete|total|utter|absolute|epic|massive)\s$/;
const DEGREE_AFTER = /^\s(?:total|totale|completo|completa|complet|complete|absoluto|absoluta)\b/;

/**
 * A share or count of outputs that fail ("three-quarters of them fail", "half of my videos failed", "most failed AI
 * videos"): outputs, never the job: outputs, never the job ("of my generations" is a failed job, JOB_BEFORE).
 */
const OUTPUTS = String.raw`(?:videos?|clips?|outputs?|results?|shots?|them|ones)`;
const SHARE_BEFORE = new RegExp(
  String.raw`\b(?:\d+\s?%|half|most|many|some|three-quarters|a third|a quarter)\s(?:\w+\s){0,2}?(?:of\s)?` +
    String.raw`(?:(?:the|my|these|those)\s)?(?:\w+\s)?${OUTPUTS}\s(?:\w+\s){0,3}$`,
);
/** The same share in de, fr, es, pt ("la mitad de los videos fallan", "metade dos clipes falhou", "die Hälfte der Videos"). */
const SHARE_ROMANCE = new RegExp(
  String.raw`\b(?:la\smitad|la\smayoria|metade|a\smaioria|la\smoitie|la\splupart|die\shalfte|die\smeisten|\d+\s?%)\s` +
    String.raw`(?:de\slos|de\slas|de\smis|dos|das|dos\smeus|des|de\smes|der|meiner)\s(?:\w+\s)?` +
    String.raw`(?:videos?|clips?|clipes|resultados?|resultats?|ergebnisse)\s(?:\w+\s){0,3}$`,
);
const SHARE_RIGHT_BEFORE = /\b(?:most|many|some|half\sthe|half\sof\sthe|\d+\s?%\sof\sthe)\s$/;
const OUTPUT_AFTER = new RegExp(String.raw`^\s(?:ai\s|generated\s)?${OUTPUTS.replace('|them|ones', '')}\b`);

/** Making, loading or sending the video: failing at these is the job's ("falló al generar el video"). */
const JOB_VERB = String.raw`(?:generat|render|load|upload|gera|genera|criar|crear|cre|carga|carrega|process|procesa|envia|export)`;

/**
 * A model failing at a skill ("fails at hands", "falhou ao contar dedos", "falla al seguir el prompt", "échoue à
 * garder le visage"). English "a" is no preposition ("it failed a second time").
 */
const SKILL_AFTER = new RegExp(String.raw`^\s(?:at|ao|aos|a\sla|al|en\sel|em)\s(?!\d|${JOB_VERB})`);
const SKILL_AFTER_ROMANCE = new RegExp(String.raw`^\s(?:a|en)\s(?!\d|${JOB_VERB})`);

/**
 * The sentence the word stands in: a verdict is said with what failed ("it failed. the app is useless" judges the
 * service, "failed. the preview was distorted before it stopped" tells how the job went).
 */
function around(folded: string, h: Hit): string {
  const from = Math.max(0, ...['.', '!', '?', ';', '\n'].map((c) => folded.lastIndexOf(c, h.start - 1) + 1));
  const next = folded.slice(h.end).search(/[.!?;\n]/);
  return next < 0 ? folded.slice(from) : folded.slice(from, h.end + next);
}

/** Whether a hard 'error' hit is a failing word said as a verdict on outputs that exist. */
export function failVerdict(hits: readonly Hit[], folded: string, h: Hit): boolean {
  if (h.role.kind !== 'hard' || h.role.key !== 'error') return false;
  // Credits taken keep any failure a hard one: the person paid for what failed.
  if (hits.some((a) => a.role.kind === 'hard' && a.role.key === 'charge')) return false;
  const words = folded.slice(h.start, h.end);
  // 失敗作 ("a failed piece"): the noun for a bad output that exists.
  if (h.cjk) return words === '失敗' && folded.startsWith('作', h.end);
  if (!FAIL.test(words)) return false;
  const before = folded.slice(Math.max(0, h.start - 60), h.start);
  const after = folded.slice(h.end, h.end + 40);
  if (JOB_BEFORE.test(before) || JOB_AFTER.test(after)) return false;
  if (DEGREE_BEFORE.test(before) || DEGREE_AFTER.test(after)) return true;
  if (SHARE_BEFORE.test(before) || SHARE_ROMANCE.test(before) || (SHARE_RIGHT_BEFORE.test(before) && OUTPUT_AFTER.test(after))) return true;
  if (SKILL_AFTER.test(after) || (!h.langs.includes('en') && SKILL_AFTER_ROMANCE.test(after))) return true;
  return VERDICT.test(around(folded, h));
}
