/**
 * Text folding for the symptom classifier. People type on phones, in six languages, with and without accents:
 * "Hände", "hande" and "HANDE" must meet the same lexicon entry, and a Japanese description must match whether it
 * was typed in katakana or hiragana. Folding is done character by character so every folded character keeps the
 * index of the character it came from: reasons are quoted back from the person's own text, not from the folded form.
 */
import { eachMatch } from './each-match.ts';

export interface Folded {
  /** Lowercase, accent-free, katakana folded to hiragana, full-width folded to ASCII. */
  text: string;
  /** `origin[i]` is the index in the original string of folded character i; one extra entry for the end. */
  origin: number[];
}

const COMBINING = /[\u0300-\u036f]/g;
const SPECIAL: Readonly<Record<string, string>> = { ß: 'ss', œ: 'oe', æ: 'ae', ø: 'o', '’': "'", '‘': "'", '`': "'", ʼ: "'" };

function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  // ASCII fast path: almost every keystroke in five of the six languages.
  if (code < 0x80) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
  const lower = ch.toLowerCase();
  const special = SPECIAL[lower];
  if (special) return special;
  // NFKD splits accents off (é -> e + ́) and maps full-width forms and half-width katakana to their plain forms.
  let out = lower.normalize('NFKD').replace(COMBINING, '').normalize('NFC');
  // Katakana -> hiragana so "チラつく" and "ちらつく" are one entry; the ー mark and symbols are left alone.
  let folded = '';
  for (const c of out) {
    const k = c.charCodeAt(0);
    folded += k >= 0x30a1 && k <= 0x30f6 ? String.fromCharCode(k - 0x60) : c;
  }
  out = folded.toLowerCase();
  return out;
}

/**
 * Folded non-ASCII characters, kept: normalising one character twice (NFKD, then NFC) was 4% of classify's time, and
 * people type from a small alphabet. Cleared when full, so a flood of rare characters cannot grow it without bound.
 */
const folds = new Map<string, string>();
/** The same for one code unit, by its code: no one-character string is made to ask (most Japanese characters). */
const foldsByCode = new Map<number, string>();
const FOLDS_LIMIT = 4096;

function foldKept(ch: string): string {
  let out = folds.get(ch);
  if (out === undefined) {
    if (folds.size >= FOLDS_LIMIT) folds.clear();
    out = foldChar(ch);
    folds.set(ch, out);
  }
  return out;
}

function foldCode(code: number): string {
  let out = foldsByCode.get(code);
  if (out === undefined) {
    if (foldsByCode.size >= FOLDS_LIMIT) foldsByCode.clear();
    out = foldChar(String.fromCharCode(code));
    foldsByCode.set(code, out);
  }
  return out;
}

/**
 * Fold a whole string, keeping the origin of every output character. A run of ASCII is lowercased in one piece (what
 * foldChar does to each of its characters) rather than joined a character at a time.
 */
export function fold(input: string): Folded {
  let text = '';
  const origin: number[] = [];
  let run = 0;
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    if (code < 0x80) {
      origin.push(i);
      continue;
    }
    if (run < i) text += input.slice(run, i).toLowerCase();
    // Keep surrogate pairs together so NFKD sees a whole code point.
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < input.length ? 2 : 1;
    const piece = width === 1 ? foldCode(code) : foldKept(input.slice(i, i + width));
    for (let k = 0; k < piece.length; k++) origin.push(i);
    text += piece;
    i += width - 1;
    run = i + 1;
  }
  if (run < input.length) text += input.slice(run).toLowerCase();
  origin.push(input.length);
  return { text, origin };
}

/** Fold lexicon entries the same way as descriptions (origins are not needed there). */
export const foldPlain = (s: string): string => fold(s).text.replace(/\s+/g, ' ').trim();

/** Hiragana, katakana (folded to hiragana already) and CJK ideographs: text that has no spaces between words. */
export const CJK = /[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]/;

export interface Token {
  /** Folded token text. */
  text: string;
  /** Offsets in the folded text. */
  start: number;
  end: number;
  /** "man's" in "the man's hand": the thing owned, not the owner, is what the sentence is about. */
  possessive?: boolean;
}

const WORD = /[a-z0-9]+(?:'[a-z0-9]+)*/g;
/** French/Italian elisions split off so "l'image" is "image" and "n'est" carries its negation ("n'"). */
const ELISION = /^(n|l|d|j|s|c|m|t|qu)'(.+)$/;

/** Words of the space-separated languages. Possessive 's is dropped ("man's face" -> man, face). */
export function tokenise(folded: string): Token[] {
  const tokens: Token[] = [];
  for (const m of eachMatch(folded, WORD)) {
    let text = m[0];
    let start = m.index;
    const el = ELISION.exec(text);
    if (el && !text.endsWith("n't")) {
      const head = `${el[1]}'`;
      tokens.push({ text: head, start, end: start + head.length });
      start += head.length;
      text = el[2]!;
    }
    if (text.endsWith("'s")) {
      text = text.slice(0, -2);
      tokens.push({ text, start, end: start + text.length, possessive: true });
    } else tokens.push({ text, start, end: start + text.length });
  }
  return tokens;
}
