/**
 * Features for the small linear model (model.ts): the folded words and the character 3- and 4-grams of each word
 * (with its edges marked), hashed into a fixed number of buckets. Character n-grams carry what the word lists miss:
 * inflections, compounds ("Farbverschiebung"), typos and Japanese, which has no spaces (its n-grams run over the
 * whole folded text). Pure and deterministic: the training script and the classifier share it.
 */
import { CJK, fold, tokenise } from './normalise.ts';

export const DIM = 4096;

/** FNV-1a, 32 bits: fast, stable across runs and engines. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % DIM;
}

function grams(s: string, add: (key: string) => void): void {
  for (const n of [3, 4]) for (let i = 0; i + n <= s.length; i++) add(`c${s.slice(i, i + n)}`);
}

/** Bucket -> count, for one description. */
export function features(text: string): Map<number, number> {
  const out = new Map<number, number>();
  const add = (key: string) => {
    const b = hash(key);
    out.set(b, (out.get(b) ?? 0) + 1);
  };
  const folded = fold(text).text;
  for (const t of tokenise(folded)) {
    add(`w${t.text}`);
    grams(`<${t.text}>`, add);
  }
  if (CJK.test(folded)) for (const run of folded.match(/[\u3040-\u30ff\u3400-\u9fff]+/g) ?? []) grams(run, add);
  return out;
}
