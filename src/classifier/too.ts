/**
 * "The hands are deformed. The text too.", "Der Text auch.", "Le texte aussi.", "El texto también.", "O texto
 * também.", "文字も。", "and so is the text": a clause that only names a second thing and says "too" gives it the
 * defect of the clause before. Nothing else may stand in it: "the text is fine too" has its own word, and a clause
 * that says something of its own is read as it is.
 */
import type { Clause } from './clauses.ts';
import type { Hit } from './matcher.ts';
import { defectBefore } from './same-fate.ts';

/** Before the thing: a separator, "and", "and so is", an article. */
const LEAD = new RegExp(
  String.raw`^[\s,.;:!?、。]*(?:(?:and|und|et|y|e)\s+)?(?:so (?:is|are|was|were|does|do|did)\s+)?` +
    String.raw`(?:the|der|die|das|den|le|la|les|l'|el|los|las|o|a|os|as|its|their|his|her|sein|seine|ihr|ihre|son|sa|ses|su|sus|seu|sua)?\s*$`,
);
/** After the thing: only "too" and the end of the sentence or clause. */
const TAIL = new RegExp(
  String.raw`^\s*(?:,\s*)?(?:too|as well|also|auch|ebenso|ebenfalls|gleichfalls|aussi|egalement|tambien|asimismo|tambem|igualmente|も)?\s*[.!?。！？]?\s*$`,
);
/** The "too" itself, after the thing or as "so is" before it: without one this is a bare list (read elsewhere). */
const SAID =
  /\b(?:too|as well|also|auch|ebenso|ebenfalls|gleichfalls|aussi|egalement|tambien|asimismo|tambem|igualmente)\b|\bso (?:is|are|was|were|does|do|did)\b|も\s*[。！？]?\s*$/;

/** For each clause that only says "X too", the previous clause's cues and X, to be read as one clause. */
export function tooPairs(folded: string, cls: readonly Clause[]): [Hit[], Hit[]][] {
  const out: [Hit[], Hit[]][] = [];
  for (let i = 1; i < cls.length; i++) {
    const prev = cls[i - 1]!;
    const clause = cls[i]!;
    const cues = defectBefore(prev);
    if (!cues || clause.hasCue || !clause.hits.every((h) => h.role.kind === 'anchor')) continue;
    const first = clause.hits[0]!;
    const last = clause.hits[clause.hits.length - 1]!;
    const to = cls[i + 1]?.hits[0]?.start ?? folded.length;
    const lead = folded.slice(prev.hits[prev.hits.length - 1]!.end, first.start);
    // The lead starts after the previous clause's last word: only what follows its sentence or comma counts.
    const opened = lead.slice(Math.max(lead.search(/[,.;:!?、。]/), 0));
    const rest = folded.slice(last.end, to);
    const tail = rest.slice(0, rest.search(/[.!?。！？]/) + 1 || rest.length);
    if (LEAD.test(opened) && TAIL.test(tail) && SAID.test(`${opened} ${tail}`)) out.push([cues, [...clause.hits]]);
  }
  return out;
}
