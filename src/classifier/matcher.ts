/**
 * Finds lexicon entries in a folded description. Built once, lazily, on the first call: importing a failure-mode
 * file must run nothing, and the popup only pays for the index when the person starts typing.
 */
import { deletionKeys, FUZZY_MIN_LENGTH, osaDistance } from './fuzzy.ts';
import { LEXICONS, lexiconEntries, TIME_UNITS, type Role } from './lexicon/index.ts';
import { CJK, fold, foldPlain, tokenise, type Token } from './normalise.ts';
import { LANGS, type Lang } from './lang.ts';

export interface Hit {
  role: Role;
  /** Offsets in the folded text. */
  start: number;
  end: number;
  /** Words covered (1 for Japanese substrings); longer matches win over the shorter ones inside them. */
  words: number;
  fuzzy: boolean;
  cjk: boolean;
  /** Languages whose lexicon holds the entry. */
  langs: readonly Lang[];
  /** The owner in "the man's hand" / "男の手": a cue is about the thing owned. */
  possessive?: boolean;
}

interface Pattern {
  text: string;
  prefix: boolean;
  langs: Lang[];
}
interface Phrase {
  pats: number[];
  role: Role;
  langs: Lang[];
}
interface TokenMatch {
  ids: number[];
  fuzzy: boolean;
}

interface Index {
  patterns: Pattern[];
  exact: Map<string, number[]>;
  stems: Map<string, number[]>;
  stemLengths: number[];
  /** Symmetric-delete index over the patterns a typo may hit (anchors, cues, symptoms; never negators). */
  deletions: Map<string, number[]>;
  byFirst: Map<number, Phrase[]>;
  /** Japanese entries by their first character, longest first. */
  cjk: Map<string, { text: string; role: Role }[]>;
  markers: Map<string, Lang[]>;
  fillers: Set<string>;
  timeExact: Set<string>;
  timeStems: string[];
}

/**
 * Ordinary words that sit one edit away from a lexicon word; they are never read as typos ("chance" is not
 * "change", "sheet" is not "sheep").
 */
const NOT_TYPOS = new Set([
  'chance',
  'charge',
  'there',
  'their',
  'where',
  'which',
  'would',
  'could',
  'should',
  'about',
  'after',
  'again',
  'video',
  'while',
  'seems',
  'frame',
  'frames',
  'scene',
  'really',
  'every',
  'still',
  'think',
  'thing',
  'other',
  'first',
  'hours',
  'pages',
  'prompt',
  'asked',
  'model',
  'times',
  'place',
  'rather',
  'shows',
  'showed',
  'looks',
  'looked',
  'since',
  'those',
  'these',
  'words',
  'ended',
  'exact',
  'render',
  'shown',
  'clips',
  'quite',
  'never',
  'color',
  'colour',
  'heads',
  'right',
  'light',
  'night',
  'might',
  'tight',
  'fight',
  'sight',
  'handle',
  'horse',
  'house',
  'fingerprint',
  'cuando',
  'donde',
  'porque',
  'tiene',
  'quando',
  'porque',
  'nicht',
  'weil',
  'quand',
  'parce',
  'comme',
  'avant',
  'apres',
  'alles',
]);

let index: Index | undefined;
const memo = new Map<string, TokenMatch>();
const MEMO_LIMIT = 20000;

function push<K>(map: Map<K, number[]>, key: K, id: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [id]);
  else if (!list.includes(id)) list.push(id);
}

/** Split an entry into token patterns the same way descriptions are tokenised ("n'est" -> "n'", "est"). */
function compilePhrase(text: string, lang: Lang): Pattern[] {
  const pats: Pattern[] = [];
  for (const raw of text.split(' ')) {
    const prefix = raw.endsWith('*');
    const word = foldPlain(prefix ? raw.slice(0, -1) : raw);
    // A bare elision ("n'") is a token of its own in descriptions; the word pattern would drop its apostrophe.
    const toks = /^[a-z]+'$/.test(word) ? [{ text: word }] : tokenise(word);
    toks.forEach((t, i) => pats.push({ text: t.text, prefix: prefix && i === toks.length - 1, langs: [lang] }));
  }
  return pats;
}

/** Stems may be typo-matched from four letters: the token itself still needs five ("dedso" for "dedo*"). */
const FUZZY_MIN_STEM = 4;

function build(): Index {
  const ix: Index = {
    patterns: [],
    exact: new Map(),
    stems: new Map(),
    stemLengths: [],
    deletions: new Map(),
    byFirst: new Map(),
    cjk: new Map(),
    markers: new Map(),
    fillers: new Set(),
    timeExact: new Set(),
    timeStems: [],
  };
  const ids = new Map<string, number>();
  const lengths = new Set<number>();
  for (const entry of lexiconEntries()) {
    if (entry.cjk) {
      const text = foldPlain(entry.text);
      const list = ix.cjk.get(text[0]!) ?? [];
      list.push({ text, role: entry.role });
      ix.cjk.set(text[0]!, list);
      continue;
    }
    const pats = compilePhrase(entry.text, entry.lang);
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
      if (typoable && p.text.length >= minLength && !/\d/.test(p.text)) for (const k of deletionKeys(p.text)) push(ix.deletions, k, id);
      return id;
    });
    // One phrase per word sequence and meaning; languages that share it ("no" in en and es) share the phrase.
    const list = ix.byFirst.get(patIds[0]!) ?? [];
    const same = list.find((p) => p.pats.join() === patIds.join() && JSON.stringify(p.role) === JSON.stringify(entry.role));
    if (same) {
      if (!same.langs.includes(entry.lang)) same.langs.push(entry.lang);
    } else list.push({ pats: patIds, role: entry.role, langs: [entry.lang] });
    ix.byFirst.set(patIds[0]!, list);
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
    if (!p.prefix) return osaDistance(tok, p.text) <= 1;
    // A stem covers inflections, not whole longer words: "dedicated" is not a typo of "dedo*".
    // Short stems get less room still: "pattern" is not "pata*" mistyped.
    if (tok.length > p.text.length + (p.text.length <= FUZZY_MIN_STEM ? 2 : 4)) return false;
    for (let l = p.text.length - 1; l <= p.text.length + 1; l++)
      if (l <= tok.length && osaDistance(tok.slice(0, l), p.text) <= 1) return true;
    return false;
  });
}

function matchToken(ix: Index, tok: string, lang: Lang | undefined): TokenMatch {
  const key = `${lang ?? ''}|${tok}`;
  const cached = memo.get(key);
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
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, result);
  return result;
}

const NUMBER_TOKEN = /^\d{1,3}$/;
const JA_COUNT = /([0-9]+|[二三四五六七八九十]+)\s*(?:本|つ|個)/g;
const KANJI_DIGITS: Readonly<Record<string, number>> = { 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

function isTime(ix: Index, folded: string, tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (folded[t.start - 1] === ':' || folded[t.end] === ':' || folded[t.end] === '%') return true;
  const next = tokens[i + 1];
  if (!next || next.start - t.end > 1) return false;
  return ix.timeExact.has(next.text) || ix.timeStems.some((s) => next.text.startsWith(s));
}

const ALL_LANGS: readonly Lang[] = LANGS;
const JA: readonly Lang[] = ['ja'];
/** Roles made of function words (and hard-failure phrases: pt "no vídeo" is "in the video"), read in the detected language only. */
const FUNCTION_ROLES = new Set<Role['kind']>(['neg', 'pos', 'steady', 'sep', 'ignore', 'num', 'hard']);

/** The language with the most marker words, if one clearly leads; Japanese when there is any kana or kanji. */
function detectLang(ix: Index, folded: string, tokens: Token[]): Lang | undefined {
  if (CJK.test(folded)) return 'ja';
  const score = new Map<Lang, number>();
  for (const t of tokens) for (const l of ix.markers.get(t.text) ?? []) score.set(l, (score.get(l) ?? 0) + 1);
  const ranked = [...score.entries()].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  return first && (!second || first[1] > second[1]) ? first[0] : undefined;
}

function latinHits(ix: Index, folded: string, tokens: Token[], lang: Lang | undefined, out: Hit[]): void {
  const matches = tokens.map((t) => matchToken(ix, t.text, lang));
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (NUMBER_TOKEN.test(tok.text) && !isTime(ix, folded, tokens, i)) {
      out.push({
        role: { kind: 'num', value: Number(tok.text) },
        start: tok.start,
        end: tok.end,
        words: 1,
        fuzzy: false,
        cjk: false,
        langs: ALL_LANGS,
      });
    }
    for (const first of matches[i]!.ids) {
      for (const phrase of ix.byFirst.get(first) ?? []) {
        const n = phrase.pats.length;
        let ok = true;
        let fuzzy = matches[i]!.fuzzy;
        let at = i;
        let skipped = false;
        for (let k = 1; k < n && ok; k++) {
          at++;
          // One filler word may sit inside a phrase ("goes right through", "wird plötzlich zu").
          if (!skipped && at < tokens.length && ix.fillers.has(tokens[at]!.text) && !matches[at]!.ids.includes(phrase.pats[k]!)) {
            at++;
            skipped = true;
          }
          const m = matches[at];
          ok = !!m && m.ids.includes(phrase.pats[k]!);
          fuzzy ||= !!m?.fuzzy;
        }
        if (!ok) continue;
        // A number word followed by a time unit is a time too ("three seconds in").
        if (phrase.role.kind === 'num' && isTime(ix, folded, tokens, i)) continue;
        // A correctly spelled sign word is no complaint; only its misspelling is.
        // A plural one edit away ("hotels", "streets") is also spelled right.
        if (
          phrase.role.kind === 'cue' &&
          phrase.role.cls === 'misspelt' &&
          (!fuzzy || (/^(.+?)(s|es)$/.test(tok.text) && ix.patterns[phrase.pats[0]!]!.text === tok.text.replace(/e?s$/, '')))
        )
          continue;
        const hit: Hit = { role: phrase.role, start: tok.start, end: tokens[at]!.end, words: n, fuzzy, cjk: false, langs: phrase.langs };
        if (n === 1 && tok.possessive) hit.possessive = true;
        out.push(hit);
      }
    }
  }
}

let segmenter: Intl.Segmenter | undefined;

/**
 * Word starts in the folded text, from Intl.Segmenter run on the ORIGINAL text (the folded text has katakana turned
 * into hiragana, which the segmenter's dictionary does not know), mapped through `origin`.
 */
function wordBoundaries(original: string, origin: number[]): Set<number> {
  segmenter ??= new Intl.Segmenter('ja', { granularity: 'word' });
  const starts = new Set<number>();
  for (const s of segmenter.segment(original)) starts.add(s.index);
  starts.add(original.length);
  const out = new Set<number>();
  for (let i = 0; i < origin.length; i++) if (starts.has(origin[i]!) && (i === 0 || origin[i - 1] !== origin[i])) out.add(i);
  return out;
}

/**
 * Japanese has no spaces, so entries are found where a word starts, never inside one: 色 ("colour") is not read in
 * 色々 ("various"). A thing pointed at (an anchor) must also end where a word ends; a cue may end inside one, since
 * cues are verb stems ("変わ" of 変わった) that the segmenter splits differently from one sentence to the next.
 */
function cjkHits(ix: Index, folded: string, bounds: Set<number>, out: Hit[]): void {
  for (let at = 0; at < folded.length; at++) {
    if (!bounds.has(at)) continue;
    for (const { text, role } of ix.cjk.get(folded[at]!) ?? []) {
      if (!folded.startsWith(text, at)) continue;
      if (role.kind === 'anchor' && !bounds.has(at + text.length)) continue;
      const hit: Hit = { role, start: at, end: at + text.length, words: 1, fuzzy: false, cjk: true, langs: JA };
      if (folded[hit.end] === 'の') hit.possessive = true;
      out.push(hit);
    }
  }
  for (const m of folded.matchAll(JA_COUNT)) {
    const digits = m[1]!;
    const value = /\d/.test(digits)
      ? Number(digits)
      : [...digits].reduce((v, c) => (c === '十' ? (v || 1) * 10 : v + (KANJI_DIGITS[c] ?? 0)), 0);
    out.push({ role: { kind: 'num', value }, start: m.index, end: m.index + m[0].length, words: 1, fuzzy: false, cjk: true, langs: JA });
  }
}

export interface Matched {
  folded: string;
  /** Detected language, when the marker words settle it. */
  lang?: Lang;
  origin: number[];
  /** Non-overlapping hits in text order. */
  hits: Hit[];
}

/** All entries found in a description; where entries overlap, the one covering more words (then chars) wins. */
export function match(description: string): Matched {
  index ??= build();
  const { text: folded, origin } = fold(description);
  const tokens = tokenise(folded);
  const lang = detectLang(index, folded, tokens);
  let all: Hit[] = [];
  latinHits(index, folded, tokens, lang, all);
  if (lang === 'ja') cjkHits(index, folded, wordBoundaries(description, origin), all);
  if (lang) all = all.filter((h) => !FUNCTION_ROLES.has(h.role.kind) || h.langs.includes(lang));
  all.sort((a, b) => b.words - a.words || b.end - b.start - (a.end - a.start) || Number(a.fuzzy) - Number(b.fuzzy) || a.start - b.start);
  const taken = new Uint8Array(folded.length);
  const hits: Hit[] = [];
  for (const h of all) {
    let free = true;
    for (let i = h.start; i < h.end && free; i++) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, h.start, h.end);
    hits.push(h);
  }
  hits.sort((a, b) => a.start - b.start);
  return lang ? { folded, origin, lang, hits } : { folded, origin, hits };
}
