/**
 * Clauses that say nothing of their own because they illustrate the clause before them: an example in brackets
 * ("Réduit les hallucinations (mains à six doigts)") and the details after a colon that follows a statement that
 * something is fine ("Physics looked believable: the ball bounced and rolled to a stop"). Both take the state of
 * what they illustrate, so a negated or fine statement's example is no complaint either.
 */
import type { Clause } from './clauses.ts';
import type { Hit } from './matcher.ts';

/** A sentence ends: what follows is no longer the example. */
const SENTENCE_END = /[.!?;。！？\n]/;

/** Said fine by a positive or steady word, not by a negator: "not what I wanted: the hands melt" is a complaint. */
const saidFine = (c: Clause) =>
  c.negatedFrom === -1 &&
  c.hits.some((h) => h.role.kind === 'pos' || h.role.kind === 'steady') &&
  !c.hits.some((h) => h.role.kind === 'neg');

/** Turns off (negatedFrom = -1) every clause that only illustrates a negated or fine one. */
export function inheritNegation(folded: string, cls: Clause[], hits: readonly Hit[]): void {
  let bracket = false;
  let example = false;
  for (let i = 1; i < cls.length; i++) {
    const before = cls[i - 1]!;
    const clause = cls[i]!;
    const from = before.hits[before.hits.length - 1]!.end;
    const to = clause.hits[0]!.start;
    const gap = folded.slice(from, to);
    if (gap.includes(')')) bracket = false;
    if (gap.includes('(') && before.negatedFrom !== Infinity) bracket = true;
    // "Fine: A, B and C" goes on until the sentence ends or a "but" turns it.
    if (SENTENCE_END.test(gap) || hits.some((h) => h.role.kind === 'sep' && h.start >= from && h.start < to)) example = false;
    if (/:(?:\s|$)/.test(gap) && saidFine(before)) example = true;
    if (bracket || example) clause.negatedFrom = -1;
  }
}
