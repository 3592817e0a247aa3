/**
 * German writes a part and its defect as one word ("Fingerfehler", "Textverzerrung", "Handdeformation"): the
 * lexicon's stem for the part ("finger*") covers the whole word, so the defect was lost and the word read as a topic.
 * A compound is split into a known part (an anchor) and a known defect (a cue), with the linking letters German puts
 * between them (Gesicht-s-verformung); both halves must be whole German lexicon words, spelled right, so the split
 * also runs when a short description gives no language away ("Fingerfehler ohne Ende").
 */
import type { Index } from './lexicon-index.ts';
import type { Role } from './lexicon/index.ts';

export interface CompoundPart {
  role: Role;
  /** Offsets inside the word. */
  start: number;
  end: number;
}

/** Shorter than this a half is more often a fragment of another word than a word ("arm" in "Armband" is checked). */
const MIN_HEAD = 3;
const MIN_TAIL = 4;
const LINKS = ['', 's', 'n', 'en', 'e'];

const german = (ix: Index, ids: readonly number[]) => ids.filter((id) => ix.patterns[id]!.langs.includes('de'));

/** The one-word roles of the given patterns, of the kind asked for. */
function roles(ix: Index, ids: readonly number[], kind: 'anchor' | 'cue'): Role[] {
  return german(ix, ids).flatMap((id) => ix.byFirst[id]!.filter((p) => p.pats.length === 1 && p.role.kind === kind).map((p) => p.role));
}

/** A part is a whole entry or a stem's own letters ("finger" of finger*): a lookup per cut, as this runs for every long word. */
const partIds = (ix: Index, head: string) => [...(ix.exact.get(head) ?? []), ...(ix.stems.get(head) ?? [])];

/** A defect is a word the lexicon knows, exact or by stem ("verformung" of verformung*); no typo search. */
function defectIds(ix: Index, tail: string): number[] {
  const ids = [...(ix.exact.get(tail) ?? [])];
  for (const len of ix.stemLengths) {
    if (len > tail.length) break;
    ids.push(...(ix.stems.get(tail.slice(0, len)) ?? []));
  }
  return ids;
}

/**
 * Both readings of a word depend on the word alone (and the index): kept per word, as the matcher's token lookups are
 * (lexicon-index.ts `matchToken`). Trying every cut of every long word against the lexicon was 3% of classify's time.
 * Cleared when full, or when another index asks.
 */
const KEPT_LIMIT = 20000;
let keptFor: Index | undefined;
const partsKept = new Map<string, [CompoundPart, CompoundPart] | null>();
const headsKept = new Map<string, Role | null>();

function keep<T>(ix: Index, kept: Map<string, T | null>, word: string, find: (ix: Index, word: string) => T | undefined): T | undefined {
  if (keptFor !== ix) {
    partsKept.clear();
    headsKept.clear();
    keptFor = ix;
  }
  const known = kept.get(word);
  if (known !== undefined) return known ?? undefined;
  const found = find(ix, word);
  if (kept.size >= KEPT_LIMIT) kept.clear();
  kept.set(word, found ?? null);
  return found;
}

/** A part followed by its defect, or undefined when the word is not such a compound. Longest part first. */
export const compoundParts = (ix: Index, word: string) => keep(ix, partsKept, word, split);

function split(ix: Index, word: string): [CompoundPart, CompoundPart] | undefined {
  if (word.length < MIN_HEAD + MIN_TAIL || !/^[a-z]+$/.test(word)) return undefined;
  for (let cut = word.length - MIN_TAIL; cut >= MIN_HEAD; cut--) {
    const part = word.slice(0, cut);
    if (!ix.exact.has(part) && !ix.stems.has(part)) continue;
    const head = roles(ix, partIds(ix, part), 'anchor')[0];
    if (!head) continue;
    for (const link of LINKS) {
      if (!word.startsWith(link, cut)) continue;
      const from = cut + link.length;
      if (word.length - from < MIN_TAIL) continue;
      const tail = roles(ix, defectIds(ix, word.slice(from)), 'cue')[0];
      if (tail)
        return [
          { role: head, start: 0, end: cut },
          { role: tail, start: from, end: word.length },
        ];
    }
  }
  return undefined;
}

/** What a compound's head can make the whole word: a part of a person, writing or colour ("Hautfarbe" is a colour). */
const HEADS = new Set(['color', 'text', 'face', 'feature', 'body', 'look']);

/**
 * A German compound is what its last element is: "Hautfarbe" and "Augenfarbe" are colours, "Werbeschrift" is writing,
 * "Kinderhand" a hand. For a word the lexicon does not know, the longest known anchor that ends it (with at least
 * three letters before it) gives the whole word's role.
 */
export const compoundHead = (ix: Index, word: string) => keep(ix, headsKept, word, headOf);

function headOf(ix: Index, word: string): Role | undefined {
  if (word.length < MIN_HEAD + MIN_TAIL || !/^[a-z]+$/.test(word)) return undefined;
  for (let cut = MIN_HEAD; cut <= word.length - MIN_TAIL; cut++) {
    const head = roles(ix, defectIds(ix, word.slice(cut)), 'anchor').find((r) => r.kind === 'anchor' && HEADS.has(r.cls));
    if (head) return head;
  }
  return undefined;
}

/**
 * The word is a German stem entry's letters and a whole word more ("Menschenhände" by "mensch*"): the stem stands for
 * the compound's first element only, and a compound is what its last element is (compoundHead), so the last decides.
 */
export function stemOnly(ix: Index, word: string, ids: readonly number[]): boolean {
  if (!ids.length) return false;
  for (const id of ids) {
    const p = ix.patterns[id]!;
    if (!p.prefix || !p.langs.includes('de') || p.text.length + 4 > word.length) return false;
  }
  return true;
}
