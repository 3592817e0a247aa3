/**
 * "Gesichter und Bewegungen waren verzerrt", "the hands and the movements look wrong": the separator word ("und",
 * "and") splits a list of things into two clauses, so the first thing, with no complaint of its own, is what the
 * second clause's complaint is said of too. Only a bare conjunction between them: "the hands are fine and the
 * movement is wrong" keeps its clauses apart (the first one has a word of its own after the thing).
 */
import type { Clause } from './clauses.ts';
import type { Hit } from './matcher.ts';

const AND_ONLY = /^\s*(?:and|und|y|et|e|and the|und die)\s*$/;

/** The things of the clause before, when it only named them and this clause goes on the list after "and". */
export function listSplit(prev: Clause | undefined, live: readonly Hit[], between: string): Hit[] | undefined {
  if (!prev || prev.negatedFrom !== Infinity || prev.hasCue || live[0]?.role.kind !== 'anchor') return undefined;
  return prev.hits.every((h) => h.role.kind === 'anchor') && AND_ONLY.test(between) ? prev.hits : undefined;
}

/**
 * "The text appears and disappears", "die Schrift flackert und verschwindet", "aparece y desaparece": a verb right
 * after "and" (at most "then" and an adverb between) names no subject of its own, so it goes on with the clause
 * before; alone it would name a mode of its own (a vanishing is physics) beside the one thing's defect.
 */
const AND_VERB =
  /^\s*(?:and|und|et|y|e)(?:\s+(?:then|dann|puis|luego|depois|despues|entonces|ensuite|danach))?(?:\s+\S+(?:ly|ment|mente))?\s*$/;

export const verbGoesOn = (between: string): boolean => AND_VERB.test(between);
