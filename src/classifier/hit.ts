/**
 * Every hit is made here, with all its fields in one order and the optional ones undefined until set: hits of one
 * shape keep the readers' property loads on one hidden class, where fields added to some hits only gave the engine a
 * shape per combination (about 2% of classify's time, measured by alternating rounds in one process).
 */
import type { Lang } from './lang.ts';
import type { Role } from './lexicon/index.ts';
import type { Hit } from './matcher.ts';

export function makeHit(role: Role, start: number, end: number, words: number, fuzzy: boolean, cjk: boolean, langs: readonly Lang[]): Hit {
  return { role, start, end, words, fuzzy, cjk, langs, possessive: undefined, alternation: undefined, spec: undefined, lost: undefined };
}
