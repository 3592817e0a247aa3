/**
 * "Gesichter und Bewegungen waren verzerrt", "the hands and the movements look wrong": the separator word ("und",
 * "and") splits a list of things into two clauses, so the first thing, with no complaint of its own, is what the
 * second clause's complaint is said of too. Only a bare conjunction between them: "the hands are fine and the
 * movement is wrong" keeps its clauses apart (the first one has a word of its own after the thing).
 */
import type { Clause } from './clauses.ts';
import type { Hit } from './matcher.ts';

const AND_ONLY = /^\s*,?\s*(?:and|und|y|et|e|and the|und die)\s*$/;
/** "And" or "or" with at most one word after it, an article or a modifier the lexicon does not know ("and room color"). */
const AND_WORD = /^\s*,?\s*(?:and|or|und|oder|y|o|et|ou|e)(?:\s+[^\s.!?;:,]+)?\s*$/;
/** Between two things earlier in the list: a comma, then at most one word ("the hands, the sign", "hairstyle, background objects"). */
const COMMA_WORD = /^\s*,\s*(?:[^\s.!?;:,]+\s*)?$/;
/** Japanese lists with 、 and no conjunction, a modifier with の at most before the next thing ("コップ、部屋の色"). */
const JA_COMMA = /^、(?:[^\s、。！？!?]{1,6}の)?$/;
/** What comes before a listed thing since its clause break: a bare noun phrase, at most two words. */
const BARE = /^(?:\S+(?:\s+\S+)?)?$/;

const anchorsOnly = (c: Clause | undefined) =>
  c !== undefined && c.negatedFrom === Infinity && !c.hasCue && c.hits.every((h) => h.role.kind === 'anchor');

/** The things of the clause before, when it only named them and this clause goes on the list after a bare "and". */
export function listSplit(prev: Clause | undefined, live: readonly Hit[], between: string): Hit[] | undefined {
  if (!anchorsOnly(prev) || live[0]?.role.kind !== 'anchor') return undefined;
  return AND_ONLY.test(between) ? prev!.hits : undefined;
}

/**
 * A person, then a thing: "he picks up the cup", "sie nimmt die Tasse" is a clause of its own with a verb between, no
 * list, so "he picks up the cup and his fingers melt" says the fingers melt, not the cup (s13). A list names things
 * side by side: "the man, the cup and the hands".
 */
const actsOn = (c: Clause) => {
  const person = c.hits.findIndex((h) => h.role.kind === 'anchor' && h.role.cls === 'being');
  return person >= 0 && c.hits.slice(person + 1).some((h) => h.role.kind === 'anchor' && h.role.cls !== 'being');
};

/**
 * The things listed before the ones listSplit joins: "the hairstyle, background objects, and room color changed"
 * says the change of each. Each is read against this clause's complaint on its own (classify.ts), so each gives its
 * own finding. Earlier things join only when each is a bare noun phrase set off by a comma, so "in the video with
 * the dog, the cup and the hands melt" does not make the dog melt.
 */
export function listedBefore(folded: string, cls: readonly Clause[], i: number, live: readonly Hit[], between: string): Hit[] {
  const prev = cls[i - 1];
  if (!anchorsOnly(prev) || live[0]?.role.kind !== 'anchor' || actsOn(prev!)) return [];
  const lead = (c: Clause) =>
    folded
      .slice(0, c.hits[0]!.start)
      .split(/[.!?;:,、。\n]/)
      .pop()!
      .trim();
  const ja = JA_COMMA.test(between) && prev!.hits[0]!.cjk && lead(prev!) === '';
  // "Él toma la taza y sus dedos se derriten": a verb before the thing makes it a clause, not a list item (s13).
  if (!ja && (!AND_WORD.test(between) || !BARE.test(lead(prev!)))) return [];
  // After a bare "and" listSplit already joins the clause before; after "and room" or 、 it is read here.
  const out = ja || !AND_ONLY.test(between) ? [...prev!.hits] : [];
  for (let j = i - 2; j >= 0; j--) {
    const c = cls[j]!;
    const gapText = folded.slice(c.hits[c.hits.length - 1]!.end, cls[j + 1]!.hits[0]!.start);
    const joined = ja ? JA_COMMA.test(gapText) && lead(c) === '' : COMMA_WORD.test(gapText) && BARE.test(lead(c));
    if (!anchorsOnly(c) || !joined) break;
    out.unshift(...c.hits);
  }
  return out;
}

/**
 * "The text appears and disappears", "die Schrift flackert und verschwindet", "aparece y desaparece": a verb right
 * after "and" (at most "then" and an adverb between) names no subject of its own, so it goes on with the clause
 * before; alone it would name a mode of its own (a vanishing is physics) beside the one thing's defect.
 */
const AND_VERB =
  /^\s*(?:and|und|et|y|e)(?:\s+(?:then|dann|puis|luego|depois|despues|entonces|ensuite|danach))?(?:\s+\S+(?:ly|ment|mente))?\s*$/;

export const verbGoesOn = (between: string): boolean => AND_VERB.test(between);
