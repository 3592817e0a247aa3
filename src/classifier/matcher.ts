/**
 * Finds lexicon entries in a folded description. Built once, lazily, on the first call: importing a failure-mode
 * file must run nothing, and the popup only pays for the index when the person starts typing.
 */
import { LANGS, type Lang } from './lang.ts';
import { detectLang } from './detect-lang.ts';
import type { Role } from './lexicon/index.ts';
import { build, type Index, matchToken } from './lexicon-index.ts';
import { isFiller, phrasesAt } from './phrases-at.ts';
import { fold, type Token, tokenise } from './normalise.ts';
import { partsInsideCounts } from './count-inside.ts';
import { compoundHead, compoundParts, stemOnly } from './compound.ts';
import { adverbLogo } from './adverb.ts';
import { alternations } from './alternation.ts';
import { stalledHits } from './stalled.ts';
import { agentChangeDropped } from './agent-change.ts';
import { uiColourDropped } from './ui-colour.ts';
import { waitingHits } from './waiting.ts';
import { codeHits } from './codes.ts';
import { zhErrorHits } from './zh-errors.ts';
import { notWorkingHits } from './not-working.ts';
import { shortClipHits } from './short-clip.ts';
import { censorBlurHits } from './censor-blur.ts';
import { cutShortHits } from './cut-short.ts';
import { namesDropped } from './identifier.ts';
import { noiseColourDropped, nonsenseOutputDropped } from './noise.ts';
import { jargonDropped } from './jargon.ts';
import { rhetoricalDropped } from './rhetorical.ts';
import { partMissing } from './ja-missing.ts';
import { eachMatch } from './each-match.ts';
import { makeHit } from './hit.ts';
import { usedToolDropped } from './used-tool.ts';

let index: Index | undefined;

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
  /** A span made of two alternating halves ("mal blau, mal lila"): it is about what the second half names. */
  alternation?: true;
  /** Letters the entry spelled out: on the same words "farbstich*" (a symptom) is meant over "farb*" (an anchor). */
  spec?: number;
  /** A steady word negated or judged bad ("no physical coherence", "Kohärenz ... unvollkommen"): stability lost. */
  lost?: true;
}

/** Characters between two hits in the folded text (0 when they overlap): how near a word is to the one it goes with. */
export const gap = (a: Hit, b: Hit) => (a.end <= b.start ? b.start - a.end : a.start >= b.end ? a.start - b.end : 0);

const NUMBER_TOKEN = /^\d{1,3}$/;
const JA_OWNER = /^(?:[やと・][^、。がはをにでのもや]{1,8})*の/;
const JA_NOT_COUNT = /^\s*(?:番|回|度目|つ目|個目|枚目|秒|分|時|年|月|日|話|かっと|しょっと|しーん)/;
// Counters in kanji or, in chat, in kana (７ほん, 6ぽん).
const JA_COUNT = /([0-9]+|[二三四五六七八九十]+)\s*(?:本|つ|個|ほん|ぽん|ぼん)/g;
const SPOKEN_NOT = /(?:[てでかさなまわがば]|[^か]ら)$/;
const KANJI_DIGITS: Readonly<Record<string, number>> = { 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

function isTime(ix: Index, folded: string, tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (folded[t.start - 1] === ':' || folded[t.end] === ':' || folded[t.end] === '%') return true;
  // Japanese ordinals and times right after the digits ("3番目のショット", "5秒"): a position, not a count.
  if (JA_NOT_COUNT.test(folded.slice(t.end, t.end + 3))) return true;
  const next = tokens[i + 1];
  if (!next || next.start - t.end > 1) return false;
  return ix.timeExact.has(next.text) || ix.timeStems.some((s) => next.text.startsWith(s));
}

const ALL_LANGS: readonly Lang[] = LANGS;
const JA: readonly Lang[] = ['ja'];
/** Roles made of function words (and hard-failure phrases: pt "no vídeo" is "in the video"), read in the detected language only. */
const FUNCTION_ROLES = new Set<Role['kind']>(['neg', 'pos', 'steady', 'sep', 'ignore', 'num', 'hard']);

function latinHits(ix: Index, folded: string, tokens: Token[], lang: Lang | undefined, out: Hit[]): void {
  const matches = tokens.map((t) => matchToken(ix, t.text, lang));
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    // NUMBER_TOKEN starts with a digit: a character check spares most tokens the pattern.
    const c = tok.text.charCodeAt(0);
    if (c >= 48 && c <= 57 && NUMBER_TOKEN.test(tok.text) && !isTime(ix, folded, tokens, i)) {
      out.push(makeHit({ kind: 'num', value: Number(tok.text) }, tok.start, tok.end, 1, false, false, ALL_LANGS));
    }
    const parts = lang === 'de' || lang === undefined ? compoundParts(ix, tok.text) : undefined;
    const de = lang === 'de' || lang === undefined;
    const stem = de && stemOnly(ix, tok.text, matches[i]!.ids);
    const found = !parts && (!matches[i]!.ids.length || stem) && de ? compoundHead(ix, tok.text) : undefined;
    // "orangefarben", "goldfarbene": a colour made an adjective stays the hue its stem names.
    const head = stem && found?.kind === 'anchor' && found.cls === 'color' ? undefined : found;
    if (head) out.push(makeHit(head, tok.start, tok.end, 1, false, false, ['de']));
    if (parts) {
      for (const p of parts) {
        out.push(makeHit(p.role, tok.start + p.start, tok.start + p.end, 1, false, false, ['de']));
      }
    }
    for (const first of matches[i]!.ids) {
      for (const phrase of phrasesAt(ix, first, matches, tokens, i)) {
        const n = phrase.pats.length;
        // The split compound stands for the whole word's part ("finger*" in "Fingerfehler").
        if ((parts || head) && n === 1 && phrase.role.kind === 'anchor') continue;
        let ok = true;
        let fuzzy = matches[i]!.fuzzy;
        let at = i;
        let skipped = false;
        for (let k = 1; k < n && ok; k++) {
          at++;
          // One filler word may sit inside a phrase ("goes right through", "wird plötzlich zu").
          // So may an amount ("lost 100 credits").
          const filler = isFiller(ix, tokens[at]);
          if (!skipped && filler && !matches[at]!.ids.includes(phrase.pats[k]!)) {
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
        const hit = makeHit(phrase.role, tok.start, tokens[at]!.end, n, fuzzy, false, phrase.langs);
        hit.spec = phrase.spec;
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
export function wordBoundaries(original: string, origin: number[]): Uint8Array {
  segmenter ??= new Intl.Segmenter('ja', { granularity: 'word' });
  // Flags, not sets: this runs on every Japanese description, once per character.
  const starts = new Uint8Array(original.length + 1);
  for (const s of segmenter.segment(original)) starts[s.index] = 1;
  starts[original.length] = 1;
  const out = new Uint8Array(origin.length);
  for (let i = 0; i < origin.length; i++) if (starts[origin[i]!] === 1 && (i === 0 || origin[i - 1] !== origin[i])) out[i] = 1;
  return out;
}

/**
 * Japanese has no spaces, so entries are found where a word starts, never inside one: 色 ("colour") is not read in
 * 色々 ("various"); only a negation ending may start inside a word (see below). A thing pointed at (an anchor) must
 * also end where a word ends; a cue may end inside one, since cues are verb stems ("変わ" of 変わった) that the
 * segmenter splits differently from one sentence to the next.
 */
const NO_ENTRIES: readonly { text: string; role: Role }[] = [];

function cjkHits(ix: Index, folded: string, bounds: Uint8Array, out: Hit[]): void {
  for (let at = 0; at < folded.length; at++) {
    const starts = bounds[at] === 1;
    for (const { text, role } of ix.cjk.get(folded.charCodeAt(at)) ?? NO_ENTRIES) {
      // A negation is an ending the segmenter glues to what it negates ("あり|ません" as "ありま|せん", "は|なし" as
      // "はなし"): it may start inside a word, as long as it ends where the word ends.
      if (!starts && (role.kind !== 'neg' || bounds[at + text.length] !== 1)) continue;
      if (!folded.startsWith(text, at)) continue;
      if (role.kind === 'anchor' && bounds[at + text.length] !== 1) continue;
      const hit = makeHit(role, at, at + text.length, 1, false, true, JA);
      // "服や背景の色": the first of a listed pair of owners is an owner too.
      if (JA_OWNER.test(folded.slice(hit.end, hit.end + 12))) hit.possessive = true;
      out.push(hit);
    }
  }
  for (const m of eachMatch(folded, JA_COUNT)) {
    const digits = m[1]!;
    const value = /\d/.test(digits)
      ? Number(digits)
      : [...digits].reduce((v, c) => (c === '十' ? (v || 1) * 10 : v + (KANJI_DIGITS[c] ?? 0)), 0);
    out.push(makeHit({ kind: 'num', value }, m.index, m.index + m[0].length, 1, false, true, JA));
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

/**
 * A word of another language's lexicon that is a function word of the description's own language is that function
 * word: German "hat" (has) is no hat, Spanish "con" no con. People mix languages, so other entries still count.
 */
function falseFriend(ix: Index, folded: string, h: Hit, lang: Lang): boolean {
  if (h.words !== 1 || h.cjk || h.langs.includes(lang)) return false;
  return ix.markers.get(folded.slice(h.start, h.end))?.includes(lang) === true;
}

/** Quotation marks of the six languages, straight or curly, and Japanese brackets. */
const QUOTED = /["“”„«»「」『』]([^"“”„«»「」『』]{2,160})["“”„«»「」『』]/g;

function quotedSpans(folded: string): [number, number][] {
  return eachMatch(folded, QUOTED).map((m) => [m.index + 1, m.index + m[0].length - 1]);
}

/**
 * A service's message quoted in another language's sentence ("Es kommt nur "Something went wrong"", "aparece
 * "Generation failed"", "「Content policy violation」と出る") is the service's words, English whatever the person
 * writes in: a hard-failure phrase of English inside quotation marks counts in any language.
 */
function quotedMessage(h: Hit, quoted: readonly [number, number][]): boolean {
  return h.role.kind === 'hard' && h.langs.includes('en') && quoted.some(([a, b]) => h.start >= a && h.end <= b);
}

/**
 * Which characters a kept hit covers, for the description being matched: one buffer, cleared per call, as allocating
 * a typed array per description cost 1% of classify's time.
 */
let taken = new Uint8Array(1024);

/** All entries found in a description; where entries overlap, the one covering more words (then chars) wins. */
export function match(description: string): Matched {
  index ??= build();
  const { text: folded, origin } = fold(description);
  const tokens = tokenise(folded);
  const lang = detectLang(index, folded, tokens);
  let all: Hit[] = [];
  latinHits(index, folded, tokens, lang, all);
  if (lang === 'ja') cjkHits(index, folded, wordBoundaries(description, origin), all);
  all.push(
    ...alternations(folded, lang),
    ...stalledHits(folded, lang),
    ...waitingHits(folded, lang),
    ...codeHits(folded),
    ...zhErrorHits(folded),
    ...notWorkingHits(folded, lang),
    ...shortClipHits(folded, lang),
    ...censorBlurHits(folded, lang),
    ...cutShortHits(folded, lang),
  );
  // Katakana is folded to hiragana, so the ズ ending a loanword or name (ノイズ, チャールズ) reads as the negative ず;
  // only a hiragana ず negates.
  if (lang === 'ja') all = all.filter((h) => h.role.kind !== 'neg' || folded[h.start] !== 'ず' || description[origin[h.start]!] === 'ず');
  // Spoken ねえ/ねー is ない only after a て-form or a verb's negative stem (崩れてねえ, ちらつかねー); elsewhere it is the
  // particle ね drawn out (ひどいねー, だからねー).
  if (lang === 'ja')
    all = all.filter((h) => h.role.kind !== 'neg' || folded[h.start] !== 'ね' || SPOKEN_NOT.test(folded.slice(0, h.start)));
  if (lang === 'ja') all = partMissing(folded, rhetoricalDropped(folded, all));
  if (lang) {
    const quoted = quotedSpans(folded);
    all = all.filter(
      (h) =>
        (!FUNCTION_ROLES.has(h.role.kind) || h.langs.includes(lang) || quotedMessage(h, quoted)) && !falseFriend(index!, folded, h, lang),
    );
  }
  if (lang === 'pt') all = all.filter((h) => !adverbLogo(folded, h));
  all = jargonDropped(folded, nonsenseOutputDropped(folded, noiseColourDropped(folded, namesDropped(description, origin, all))));
  all = uiColourDropped(folded, agentChangeDropped(folded, all, lang));
  all.sort(
    (a, b) =>
      b.words - a.words ||
      b.end - b.start - (a.end - a.start) ||
      Number(a.fuzzy) - Number(b.fuzzy) ||
      (b.spec ?? 0) - (a.spec ?? 0) ||
      // The same words as a phrase that names a mode and as a cue ("someone else"): the phrase says it alone.
      Number(b.role.kind === 'strong') - Number(a.role.kind === 'strong') ||
      a.start - b.start,
  );
  if (taken.length < folded.length) taken = new Uint8Array(Math.max(folded.length, 2 * taken.length));
  else taken.fill(0, 0, folded.length);
  const hits: Hit[] = [];
  for (const h of all) {
    let free = true;
    for (let i = h.start; i < h.end && free; i++) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, h.start, h.end);
    hits.push(h);
  }
  hits.sort((a, b) => a.start - b.start);
  const kept = usedToolDropped(folded, partsInsideCounts(folded, all, hits));
  return lang ? { folded, origin, lang, hits: kept } : { folded, origin, hits: kept };
}
