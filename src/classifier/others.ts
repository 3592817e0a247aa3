/**
 * Defects said of other models: "algo que otros modelos suelen fallar, cinco dedos por mano" (public tuning split,
 * preserved), "where other models melt the hands, this one keeps them intact", "他のモデルは手が崩れがちだが". The person
 * compares, and the clause about the other tools is no report of their own clip (precision round, s11). Only "other"
 * tools: earlier models and "most tools" are what the public labels file as the mode ("Unlike previous tools that
 * often produced ... floaty movements", physics), so they are left alone. The clause beside it is read as ever:
 * "other models are fine, but here the hands melt" is a complaint.
 * Folded text: lowercase, no accents, katakana as hiragana.
 */
import type { Clause } from './clauses.ts';
import type { Hit } from './matcher.ts';
import { eachMatch } from './each-match.ts';
import { anyOf } from './word-regex.ts';

const TOOLS = String.raw`(?:ai |ki-?|ia )?(?:models?|tools?|generators?|apps?|ais|services?|modelle|generatoren|modeles|outils|generateurs|modelos|generadores|herramientas|geradores|ferramentas|ias)`;
const OTHERS = anyOf(
  [
    String.raw`\b(?:other|andere[nm]?|d'autres|les autres|otros|otras|los demas|outros|outras|os demais)\s+${TOOLS}\b`,
    String.raw`\b(?:autres|otros|outros)\s+(?:ia|ias)\b`,
    '(?:他の|ほかの|別の)(?:もでる|ai|つーる|生成ai|動画生成ai|サービス|さーびす)',
  ],
  'g',
);
/** A clause ends at a comma or a sentence's end; a "but" (a separator hit) ends it too. */
const BREAK = /[,;.!?、。！？\n]/g;

/** Turns off the clauses that say what other models do. */
export function othersOff(folded: string, cls: Clause[], hits: readonly Hit[]): void {
  if (!OTHERS.test(folded)) return;
  OTHERS.lastIndex = 0;
  const breaks = hits.filter((h) => h.role.kind === 'sep').map((h) => h.start);
  for (const m of eachMatch(folded, BREAK)) breaks.push(m.index);
  for (const m of eachMatch(folded, OTHERS)) {
    const from = Math.max(-1, ...breaks.filter((b) => b < m.index)) + 1;
    const to = Math.min(folded.length, ...breaks.filter((b) => b >= m.index + m[0].length));
    for (const c of cls) if (c.hits[0]!.start >= from && c.hits[c.hits.length - 1]!.end <= to) c.negatedFrom = -1;
  }
}
