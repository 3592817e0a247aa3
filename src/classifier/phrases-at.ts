/**
 * Which of the lexicon's phrases can start at a token: the matcher's inner loop (matcher.ts `latinHits`), kept apart
 * from it. The index keeps each first word's phrases by their second word (lexicon-index.ts `bySecond`).
 */
import type { Index, Phrase, TokenMatch } from './lexicon-index.ts';
import type { Token } from './normalise.ts';

/** A filler word may sit inside a phrase ("goes right through"), and so may an amount ("lost 100 credits"). */
export const isFiller = (ix: Index, t: Token | undefined) => t !== undefined && (ix.fillers.has(t.text) || /^\d+$/.test(t.text));

/**
 * The phrases starting with `first` that can match at token i: the one-word ones, and those whose second word the next
 * token (or the one after a filler) matched; in the lexicon's order, so the hits come out as if all had been tried.
 */
export function phrasesAt(ix: Index, first: number, matches: TokenMatch[], tokens: Token[], i: number): readonly Phrase[] {
  const list = ix.byFirst[first]!;
  const g = ix.bySecond[first];
  if (!g || list.length <= 8) return list;
  // The next token, and the one after it when the next is a filler. No arrays are made until a second word matches:
  // mostly none does, and this runs for every id of every token.
  let groups: number[][] | undefined;
  const last = isFiller(ix, tokens[i + 1]) ? i + 2 : i + 1;
  for (let at = i + 1; at <= last; at++) {
    const m = matches[at];
    if (!m) continue;
    for (const id of m.ids) {
      const positions = g.next.get(id);
      if (positions) (groups ??= []).push(positions);
    }
  }
  // Mostly the next word starts none of them ("the video is ..."): only the one-word phrases can match.
  if (!groups) return g.singles;
  // The position lists are each ascending: merged, they give the phrases in the lexicon's order, each once.
  const lists = [g.single, ...groups];
  const next = lists.map(() => 0);
  const out: Phrase[] = [];
  for (;;) {
    let min = Number.POSITIVE_INFINITY;
    for (let j = 0; j < lists.length; j++) min = Math.min(min, lists[j]![next[j]!] ?? Number.POSITIVE_INFINITY);
    if (min === Number.POSITIVE_INFINITY) return out;
    out.push(list[min]!);
    for (let j = 0; j < lists.length; j++) if (lists[j]![next[j]!] === min) next[j]!++;
  }
}
