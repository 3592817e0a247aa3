/**
 * The lexicons compiled into one index (exact words, stems, typo keys, multi-word phrases, Japanese entries, language
 * markers) and the lookup of one token in it, typo-tolerant where a typo is plausible. Built by matcher.ts on first
 * use, never at import.
 */
import { deletionKeys, FUZZY_MIN_LENGTH, osaDistance } from './fuzzy.ts';
import type { Lang } from './lang.ts';
import { LEXICONS, lexiconEntries, type Role, TIME_UNITS } from './lexicon/index.ts';
import { foldPlain, tokenise } from './normalise.ts';
import { NOT_TYPOS } from './not-typos.ts';

export interface Pattern {
  text: string;
  prefix: boolean;
  langs: Lang[];
}
export interface Phrase {
  pats: number[];
  role: Role;
  langs: Lang[];
  /** Letters its patterns spell out (the matcher's `Hit.spec`), summed once here rather than per hit. */
  spec: number;
}
export interface TokenMatch {
  ids: number[];
  fuzzy: boolean;
}

export interface Index {
  patterns: Pattern[];
  exact: Map<string, number[]>;
  stems: Map<string, number[]>;
  stemLengths: number[];
  /** Symmetric-delete index over the patterns a typo may hit (anchors, cues, symptoms; never negators). */
  deletions: Map<string, number[]>;
  /**
   * Phrases by the id of their first pattern (empty for a pattern that only comes later in phrases): arrays, not maps,
   * since the matcher looks up every id of every token; the map lookups were 2.5% of classify's time.
   */
  byFirst: Phrase[][];
  /**
   * The positions in `byFirst`'s list of each first word's phrases, by their second word (one-word phrases apart):
   * hundreds of phrases start with "video" or "output" (the hard-failure families), and the matcher need only try
   * those whose second word the next token (or the one after a filler) can be.
   */
  bySecond: ({ single: number[]; singles: Phrase[]; next: Map<number, number[]> } | undefined)[];
  /**
   * Japanese entries by the code of their first character, longest first: by code, so the matcher asks at each
   * character of a description without making a one-character string for it.
   */
  cjk: Map<number, { text: string; role: Role }[]>;
  markers: Map<string, Lang[]>;
  fillers: Set<string>;
  timeExact: Set<string>;
  timeStems: string[];
}

/** Per language (a fuzzy match depends on it), then per token: no key string built per token. */
const memo = new Map<Lang | undefined, Map<string, TokenMatch>>();
let memoSize = 0;
const MEMO_LIMIT = 20000;

function push<K>(map: Map<K, number[]>, key: K, id: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [id]);
  else if (!list.includes(id)) list.push(id);
}

/** Split an entry into token patterns the same way descriptions are tokenised ("n'est" -> "n'", "est"). */
function compilePhrase(text: string, lang: Lang, words: Map<string, readonly WordPattern[]>): Pattern[] {
  const pats: Pattern[] = [];
  for (const raw of text.split(' ')) {
    let compiled = words.get(raw);
    if (!compiled) {
      const prefix = raw.endsWith('*');
      const word = foldPlain(prefix ? raw.slice(0, -1) : raw);
      // A bare elision ("n'") is a token of its own in descriptions; the word pattern would drop its apostrophe.
      const toks = /^[a-z]+'$/.test(word) ? [{ text: word }] : tokenise(word);
      compiled = toks.map((t, i) => ({ text: t.text, prefix: prefix && i === toks.length - 1 }));
      words.set(raw, compiled);
    }
    for (const w of compiled) pats.push({ text: w.text, prefix: w.prefix, langs: [lang] });
  }
  return pats;
}

type WordPattern = Omit<Pattern, 'langs'>;

/** Stems may be typo-matched from four letters: the token itself still needs five ("dedso" for "dedo*"). */
const FUZZY_MIN_STEM = 4;

export function build(): Index {
  const ix: Index = {
    patterns: [],
    exact: new Map(),
    stems: new Map(),
    stemLengths: [],
    deletions: new Map(),
    byFirst: [],
    bySecond: [],
    cjk: new Map(),
    markers: new Map(),
    fillers: new Set(),
    timeExact: new Set(),
    timeStems: [],
  };
  const ids = new Map<string, number>();
  const lengths = new Set<number>();
  // One phrase per word sequence and meaning, found by key: the hard-failure families spell out thousands of phrases
  // that share a first word ("video ..."), and scanning the list for each was quadratic in the popup's first call.
  const phrases = new Map<string, Phrase>();
  const byFirst = new Map<number, Phrase[]>();
  // The families repeat their words thousands of times ("video", "the"): each word is folded and split once, and each
  // pattern's typo keys are made once (push() would drop the repeats anyway, after computing them).
  const words = new Map<string, readonly WordPattern[]>();
  const typoKeyed = new Set<number>();
  // A list's entries share one role object: its key is written once.
  const roleKeys = new WeakMap<Role, string>();
  for (const entry of lexiconEntries()) {
    if (entry.cjk) {
      const text = foldPlain(entry.text);
      const list = ix.cjk.get(text.charCodeAt(0)) ?? [];
      list.push({ text, role: entry.role });
      ix.cjk.set(text.charCodeAt(0), list);
      continue;
    }
    const pats = compilePhrase(entry.text, entry.lang, words);
    if (!pats.length) continue;
    const typoable = entry.role.kind === 'anchor' || entry.role.kind === 'cue' || entry.role.kind === 'strong';
    const patIds = pats.map((p) => {
      const key = `${p.prefix ? '*' : '='}${p.text}`;
      let id = ids.get(key);
      if (id === undefined) {
        id = ix.patterns.push(p) - 1;
        ids.set(key, id);
        if (p.prefix) {
          push(ix.stems, p.text, id);
          lengths.add(p.text.length);
        } else push(ix.exact, p.text, id);
      } else if (!ix.patterns[id]!.langs.includes(entry.lang)) ix.patterns[id]!.langs.push(entry.lang);
      const minLength = p.prefix ? FUZZY_MIN_STEM : FUZZY_MIN_LENGTH;
      if (typoable && !typoKeyed.has(id) && p.text.length >= minLength && !/\d/.test(p.text)) {
        typoKeyed.add(id);
        for (const k of deletionKeys(p.text)) push(ix.deletions, k, id);
      }
      return id;
    });
    // One phrase per word sequence and meaning; languages that share it ("no" in en and es) share the phrase.
    let roleKey = roleKeys.get(entry.role);
    if (roleKey === undefined) roleKeys.set(entry.role, (roleKey = JSON.stringify(entry.role)));
    const key = `${patIds.join()}|${roleKey}`;
    const same = phrases.get(key);
    if (same) {
      if (!same.langs.includes(entry.lang)) same.langs.push(entry.lang);
    } else {
      const spec = patIds.reduce((sum, id) => sum + ix.patterns[id]!.text.length, 0);
      const phrase = { pats: patIds, role: entry.role, langs: [entry.lang], spec };
      phrases.set(key, phrase);
      const list = byFirst.get(patIds[0]!) ?? [];
      list.push(phrase);
      byFirst.set(patIds[0]!, list);
    }
  }
  const none: Phrase[] = [];
  ix.byFirst = ix.patterns.map(() => none);
  ix.bySecond = ix.patterns.map(() => undefined);
  for (const [first, list] of byFirst) {
    const g = { single: [] as number[], singles: [] as Phrase[], next: new Map<number, number[]>() };
    list.forEach((p, pos) => (p.pats.length === 1 ? g.single.push(pos) : push(g.next, p.pats[1]!, pos)));
    g.singles = g.single.map((pos) => list[pos]!);
    ix.byFirst[first] = list;
    ix.bySecond[first] = g;
  }
  // A marker that negates in another language ("no": Portuguese "in the", English "no") would hand a short
  // description to the wrong language and drop its negation: "no flicker" is not Portuguese.
  const negators = (lang: Lang) => new Set(LEXICONS.filter((l) => l.lang !== lang).flatMap((l) => l.negators));
  for (const lex of LEXICONS) {
    const foreign = negators(lex.lang);
    for (const w of lex.markers) if (!foreign.has(w)) ix.markers.set(w, [...(ix.markers.get(w) ?? []), lex.lang]);
    for (const w of lex.fillers) ix.fillers.add(foldPlain(w));
  }
  ix.stemLengths = [...lengths].sort((a, b) => a - b);
  for (const list of ix.cjk.values()) list.sort((a, b) => b.text.length - a.text.length);
  for (const u of TIME_UNITS) {
    if (u.endsWith('*')) ix.timeStems.push(foldPlain(u.slice(0, -1)));
    else ix.timeExact.add(foldPlain(u));
  }
  return ix;
}

/** Below this many letters a one-letter substitution is read as another word, not a typo. */
const SUBSTITUTION_MIN = 7;

/**
 * One letter replaced in a short word mostly makes another real word ("block" / "black", "throw" / "throb",
 * "model" / "mobel"): people's real typos there are dropped, doubled or swapped letters ("hnads", "fingres").
 */
function shortSwap(a: string, b: string): boolean {
  if (a.length !== b.length || a.length >= SUBSTITUTION_MIN) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff++;
  return diff === 1;
}

/** "anima|tion" against "animal*": the stem less its last letter, then another word; not a typo of the stem. */
const cutStem = (tok: string, stem: string, l: number) => l === stem.length - 1 && tok.startsWith(stem.slice(0, l));

/**
 * Typo candidates. Only in the description's language (a Spanish "fondo" is not a French "fondu" misspelt), and
 * only with the right first letter: people rarely mistype the first letter, and allowing it doubles the noise.
 */
function fuzzyMatch(ix: Index, tok: string, lang: Lang | undefined): number[] {
  const found = new Set<number>();
  const consider = (key: string, prefixOnly: boolean) => {
    for (const id of ix.deletions.get(key) ?? []) {
      const p = ix.patterns[id]!;
      if ((!prefixOnly || p.prefix) && p.text[0] === tok[0] && (!lang || p.langs.includes(lang))) found.add(id);
    }
  };
  for (const k of deletionKeys(tok)) consider(k, false);
  // A typo inside a word that continues past a stem ("flickring" for "flicker*"): try the token's prefixes.
  for (const len of ix.stemLengths) {
    if (len < FUZZY_MIN_STEM) continue;
    for (let l = len - 1; l <= len + 1; l++) if (l < tok.length) for (const k of deletionKeys(tok.slice(0, l))) consider(k, true);
  }
  return [...found].filter((id) => {
    const p = ix.patterns[id]!;
    if (!p.prefix) return osaDistance(tok, p.text) <= 1 && !shortSwap(tok, p.text);
    // A stem covers inflections, not whole longer words: "dedicated" is not a typo of "dedo*".
    // Short stems get less room still: "pattern" is not "pata*" mistyped.
    if (tok.length > p.text.length + (p.text.length <= FUZZY_MIN_STEM ? 2 : 4)) return false;
    for (let l = p.text.length - 1; l <= p.text.length + 1; l++)
      if (l <= tok.length && osaDistance(tok.slice(0, l), p.text) <= 1 && !shortSwap(tok.slice(0, l), p.text) && !cutStem(tok, p.text, l))
        return true;
    return false;
  });
}

export function matchToken(ix: Index, tok: string, lang: Lang | undefined): TokenMatch {
  let known = memo.get(lang);
  const cached = known?.get(tok);
  if (cached) return cached;
  const ids = [...(ix.exact.get(tok) ?? [])];
  for (const len of ix.stemLengths) {
    if (len > tok.length) break;
    for (const id of ix.stems.get(tok.slice(0, len)) ?? []) if (!ids.includes(id)) ids.push(id);
  }
  let result: TokenMatch = { ids, fuzzy: false };
  if (!ids.length && tok.length >= FUZZY_MIN_LENGTH && !/\d/.test(tok) && !NOT_TYPOS.has(tok)) {
    const fuzzy = fuzzyMatch(ix, tok, lang);
    if (fuzzy.length) result = { ids: fuzzy, fuzzy: true };
  }
  if (memoSize >= MEMO_LIMIT) {
    memo.clear();
    memoSize = 0;
    known = undefined;
  }
  if (!known) {
    known = new Map();
    memo.set(lang, known);
  }
  known.set(tok, result);
  memoSize++;
  return result;
}
