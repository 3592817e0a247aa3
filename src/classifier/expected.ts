/**
 * A defect the person expected, then says did not come: "I expected the hands to be bad, but they were fine", "Ich
 * hatte mit kaputten Händen gerechnet, aber sie waren gut", "Je m'attendais à des mains ratées, mais elles sont bien",
 * "Esperaba manos deformes, pero salieron bien", "Eu esperava mãos deformadas, mas ficaram boas", "手が崩れると思った
 * けど大丈夫だった" (precision round, s13). The expectation is no result, and the clause after "but" says the result
 * was fine. Only then: "I expected better hands" and "I expected the hands to be bad, and they were" still complain.
 * Folded text: lowercase, no accents, katakana as hiragana.
 */
import type { Clause } from './clauses.ts';
import type { Hit } from './matcher.ts';
import { eachMatch } from './each-match.ts';
import { anyOf } from './word-regex.ts';

const EXPECTED = anyOf([
  String.raw`\b(?:i|we) (?:expected|was expecting|were expecting|was afraid|feared|was worried|thought)\b`,
  String.raw`\b(?:hatte|habe) (?:mit|schon mit)\b|\bgerechnet\b|\berwartet\b|\bbefurchtet\b|\bhatte angst\b|\bdachte\b`,
  String.raw`\bje m'attendais\b|\bje craignais\b|\bj'avais peur\b|\bje pensais\b`,
  String.raw`\b(?:yo )?(?:esperaba|temia|pensaba|crei|tenia miedo)\b`,
  String.raw`\b(?:eu )?(?:esperava|temia|achei|pensei|achava|tinha medo|estava com medo)\b`,
  '(?:と|って)(?:思った|思ってた|思っていた|予想していた|覚悟していた)|心配だった',
]);

/** A clause said fine: a positive or steady word turned it off, with no complaint word of its own. */
const fine = (c: Clause) => c.negatedFrom === -1 && !c.hasCue && c.hits.some((h) => h.role.kind === 'pos' || h.role.kind === 'steady');

/** Turns off the clause that says what the person expected, when the clause after "but" says it came out fine. */
export function expectedOff(folded: string, cls: Clause[], hits: readonly Hit[]): void {
  for (let i = 0; i + 1 < cls.length; i++) {
    const c = cls[i]!;
    const next = cls[i + 1]!;
    if (c.negatedFrom !== Infinity || !fine(next)) continue;
    const from = c.hits[0]!.start;
    const to = next.hits[0]!.start;
    const turned = hits.some((h) => h.role.kind === 'sep' && h.start >= c.hits[c.hits.length - 1]!.end && h.start < to);
    if (!turned) continue;
    // The expectation opens the clause (English, Romance, German) or ends it (Japanese と思った).
    const start = Math.max(0, ...eachMatch(folded.slice(0, from), /[.!?;。！？\n]/g).map((m) => m.index + 1));
    if (EXPECTED.test(folded.slice(start, to))) c.negatedFrom = -1;
  }
}
