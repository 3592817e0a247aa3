/**
 * Features for the small linear model (model.ts): the folded words and the character 3- and 4-grams of each word
 * (with its edges marked), hashed into a fixed number of buckets. Character n-grams carry what the word lists miss:
 * inflections, compounds ("Farbverschiebung"), typos. Japanese has no spaces, so its runs of kana and kanji get
 * character 1- to 4-grams: its telling words are often one or two characters (指, 色, 顔, 文字, 別人), which 3- and
 * 4-grams only ever saw glued to their neighbours. Beside them, what the lexicon says each word is (role-features.ts),
 * shared by all six languages. Pure and deterministic: the training script and the classifier
 * share it, and the classifier passes folded text, so everything here works on folded text (the same for both).
 */
import { CJK, fold, tokenise } from './normalise.ts';
import { roleFeatures } from './role-features.ts';

/**
 * 8192 buckets (176 KB of model.json, 59% of its budget). With batch 7's tuning items, `npm run eval:cv`
 * (2026-12-07) gave rank-1 677 of 757 at 8192 against 676 at 4096, with the same 12 of 394 no-mode items answered;
 * retrained at 4096 the model lost an in-sample physics answer below the public tuning floor. Earlier (before the
 * role features) 8192 placed Japanese single-mode complaints better too (67% against 58%, the model alone).
 */
export const DIM = 8192;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a, 32 bits: fast, stable across runs and engines. */
function hash(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return (h >>> 0) % DIM;
}

/*
 * The word and n-gram keys ("w" + word, "c" + n-gram) are hashed where they lie, as hash() would hash the joined
 * string: building the strings was most of the features' cost (the model is scored for about one description in ten).
 */
const W = 'w'.charCodeAt(0);
const C = 'c'.charCodeAt(0);
const OPEN = '<'.charCodeAt(0);
const CLOSE = '>'.charCodeAt(0);

/** hash(prefix + s.slice(from, to)). */
function hashOf(prefix: number, s: string, from: number, to: number): number {
  let h = Math.imul(FNV_OFFSET ^ prefix, FNV_PRIME);
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return (h >>> 0) % DIM;
}

/** The n-grams of `<word>` (its edges marked), as grams() gave them: hash(`c${gram}`), by size, then position. */
function wordGrams(word: string, sizes: readonly number[], add: (bucket: number) => void): void {
  const last = word.length + 1;
  for (const n of sizes)
    for (let i = 0; i + n <= last + 1; i++) {
      let h = Math.imul(FNV_OFFSET ^ C, FNV_PRIME);
      for (let j = i; j < i + n; j++) {
        h ^= j === 0 ? OPEN : j === last ? CLOSE : word.charCodeAt(j - 1);
        h = Math.imul(h, FNV_PRIME);
      }
      add((h >>> 0) % DIM);
    }
}

function grams(s: string, sizes: readonly number[], add: (bucket: number) => void): void {
  for (const n of sizes) for (let i = 0; i + n <= s.length; i++) add(hashOf(C, s, i, i + n));
}

const WORD_GRAMS = [3, 4];

/**
 * Each role key counts as three words: a description has dozens of n-grams and a handful of roles, and after length
 * normalisation a role counted once weighed too little to carry a language the model saw few examples of. `npm run
 * eval:cv` (2026-12-07, the model alone, cross-validated): best mode right on people's words 130 -> 169 (x2), 173
 * (x3), 171 (x4) of 217 single-mode items.
 */
const ROLE_WEIGHT = 3;
const CJK_GRAMS = [1, 2, 3, 4];

/** A description's buckets in the order first seen, and how often each was hit. */
export interface FeatureCounts {
  buckets: number[];
  counts: number[];
}

/** Bucket -> 1 + its place in `buckets`, 0 when not yet seen: reset after each description, so it stays all 0 between. */
const seen = new Int32Array(DIM);

/**
 * The features as two arrays, in the order a map would hold them: counting in a typed array instead of a map's
 * get and set per n-gram, for the classifier's scoring (model.ts), which reads them in that order.
 */
export function featureCounts(text: string): FeatureCounts {
  const buckets: number[] = [];
  const counts: number[] = [];
  const add = (b: number) => {
    const at = seen[b]!;
    if (at) counts[at - 1]!++;
    else {
      buckets.push(b);
      counts.push(1);
      seen[b] = buckets.length;
    }
  };
  try {
    const folded = fold(text).text;
    for (const t of tokenise(folded)) {
      add(hashOf(W, t.text, 0, t.text.length));
      wordGrams(t.text, WORD_GRAMS, add);
    }
    if (CJK.test(folded)) for (const run of folded.match(/[\u3040-\u30ff\u3400-\u9fff]+/g) ?? []) grams(run, CJK_GRAMS, add);
    for (const k of roleFeatures(folded)) for (let i = 0; i < ROLE_WEIGHT; i++) add(hash(k));
  } finally {
    for (const b of buckets) seen[b] = 0;
  }
  return { buckets, counts };
}

/** Bucket -> count, for one description. */
export function features(text: string): Map<number, number> {
  const { buckets, counts } = featureCounts(text);
  return new Map(buckets.map((b, i) => [b, counts[i]!]));
}
