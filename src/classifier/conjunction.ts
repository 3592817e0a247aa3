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
