/**
 * A defect named, then said to be no problem: "Flicker isn't an issue anymore", "le scintillement n'est plus un
 * problème", "el parpadeo ya no es un problema", "a cintilação não é mais um problema", "ちらつきはもう問題ない"
 * (precision round, s13). The negation comes after the defect, where English and the Romance languages do not
 * otherwise look, so it is said of the whole clause, as "fixed" is (clauses.ts RESOLVED). Still a problem, or a
 * problem with something else ("not a problem with the hands, the face changes" is two clauses), is left alone.
 * Folded text: lowercase, no accents, katakana as hiragana.
 */
import type { Clause } from './clauses.ts';
import { eachMatch } from './each-match.ts';
import { anyOf } from './word-regex.ts';

const NO_PROBLEM = anyOf(
  [
    String.raw`\b(?:is|are|was|were)?\s*(?:not|no longer|never|n't)\s+(?:really\s+)?(?:an?|the)\s+(?:big\s+)?(?:issue|problem)s?\b`,
    String.raw`\bn'(?:est|etait)\s+(?:plus|pas)\s+(?:vraiment\s+)?(?:un|le)\s+probleme\b`,
    String.raw`\b(?:ya\s+)?no\s+(?:es|era|fue)\s+(?:mas\s+)?(?:un|el)?\s*problema\b`,
    String.raw`\bnao\s+(?:e|era|foi)\s+(?:mais\s+)?(?:um|o)?\s*problema\b`,
    '(?:は|も)(?:もう|もはや|特に)?問題(?:ない|なし|ありません|にならない|になっていない)',
  ],
  'g',
);

/** Turns off the clause a "no problem" ends: the defect before it is said to be none. */
export function notAProblemOff(folded: string, cls: Clause[]): void {
  for (const m of eachMatch(folded, NO_PROBLEM)) {
    const end = m.index + m[0].length;
    // The clause the phrase sits in: it starts before the phrase and the phrase ends inside or after its last hit.
    for (const c of cls) {
      const first = c.hits[0]!.start;
      const last = c.hits[c.hits.length - 1]!.end;
      if (first < m.index && last <= end + 1 && !/[.!?;,、。！？\n]/.test(folded.slice(last, m.index))) c.negatedFrom = -1;
    }
  }
}
