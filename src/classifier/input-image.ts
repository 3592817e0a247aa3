/**
 * What the person's input shows, not what the service made of it: "In my input image the woman has six fingers, the
 * output is fine", "Im Eingabebild hat die Frau sechs Finger", "Dans l'image source, ...", "En la imagen de entrada
 * ...", "Na imagem de entrada ...", "入力画像では指が6本ある", "The source photo has a watermark" (precision round,
 * s13). Only where the input opens the clause, as the place or the subject: "the glasses in the source image do not
 * appear on the swapped face" is about the output, and stays read. Folded text: lowercase, no accents, katakana as
 * hiragana.
 */
import type { Clause } from './clauses.ts';
import type { Hit } from './matcher.ts';
import { eachMatch } from './each-match.ts';
import { anyOf } from './word-regex.ts';

const EN_INPUT = String.raw`(?:my |the |our )?(?:input|source|reference|original|init|starting|start) (?:image|photo|picture|pic|frame|still)`;
const OPENS = anyOf(
  [
    String.raw`(?:^|[.!?;,:\n]\s*)(?:in|on) ${EN_INPUT}\b`,
    String.raw`(?:^|[.!?;,:\n]\s*)${EN_INPUT} (?:has|had|shows|showed|contains|contained)\b`,
    String.raw`(?:^|[.!?;,:\n]\s*)(?:im|auf dem) (?:eingabe|ausgangs|referenz|quell|start|original)(?:bild|foto)\b`,
    String.raw`(?:^|[.!?;,:\n]\s*)(?:dans|sur) (?:l'|la |mon |ma )(?:image|photo) (?:source|d'entree|de reference|d'origine|de depart|originale)\b`,
    String.raw`(?:^|[.!?;,:\n]\s*)en (?:la |mi )(?:imagen|foto) (?:de entrada|original|de referencia|fuente|de origen|inicial)\b`,
    String.raw`(?:^|[.!?;,:\n]\s*)(?:na|em minha|na minha) (?:imagem|foto) (?:de entrada|original|de referencia|de origem|inicial)\b`,
    String.raw`(?:^|[。！？、\n]\s*)(?:入力|元|参照|参考|もと|りふぁれんす)(?:画像|写真|の画像|の写真)(?:では|には|は|だと)`,
  ],
  'g',
);

/** Turns off the clause that a mention of the input opens, up to its comma, sentence end or "but". */
export function inputImageOff(folded: string, cls: Clause[], hits: readonly Hit[]): void {
  for (const m of eachMatch(folded, OPENS)) {
    const from = m.index;
    // "Dans l'image source, la femme a six doigts": the place set off by a comma opens the clause after it.
    const after = from + m[0].length + (/^\s*[,、]\s*/.exec(folded.slice(from + m[0].length))?.[0].length ?? 0);
    const stop = folded.slice(after).search(/[.!?;,、。！？\n]/);
    const seps = hits.filter((h) => h.role.kind === 'sep' && h.start >= after).map((h) => h.start);
    const to = Math.min(stop < 0 ? folded.length : after + stop, ...seps);
    for (const c of cls) if (c.hits[0]!.start >= from && c.hits[c.hits.length - 1]!.end <= to) c.negatedFrom = -1;
  }
}
