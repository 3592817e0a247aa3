/**
 * A small seeded PRNG (mulberry32) and the random building blocks the fuzz tests draw from. Seeded so every failure
 * is reproducible: the failing case prints its seed and index, and the same run gives the same messages.
 */
export class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0;
  }
  /** Uniform in [0, 1). */
  next(): number {
    this.s = (this.s + 0x6d2b79f5) >>> 0;
    let t = this.s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, maxInclusive: number): number {
    return min + Math.floor(this.next() * (maxInclusive - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(list: readonly T[]): T {
    if (list.length === 0) throw new Error('pick from an empty list');
    return list[Math.floor(this.next() * list.length)]!;
  }
}

// Strings a page or a buggy sender could put anywhere: markup, pollution words, control and bidi characters, lone
// surrogates (invalid UTF-16 that JSON and storage must still survive), lookalikes of AVA's own identifiers.
export const NASTY_STRINGS: readonly string[] = [
  '',
  ' ',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '<img src=x onerror="window.__avaFuzz=1">',
  '<script>window.__avaFuzz=1</script>',
  'javascript:window.__avaFuzz=1',
  '"; DROP TABLE generations; --',
  '\u0000',
  '\u202e\u0645\u0631\u062d\u0628\u0627',
  '\u200b\u200c\u200d\ufeff',
  '\ud800',
  '\udfff\ud800',
  '👩🏽‍🚀🎬',
  'ｓｏｒａ',
  'sorа',
  'content/generatіons',
  'ui/tab-state ',
  'CONTENT/GENERATIONS',
  '../../../etc/passwd',
  '%00%2e%2e',
  'gen_01k2m3n4p5q6r7s8t9v0w1x2y3',
  'runway:6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f',
];

const ALPHABETS: readonly string[] = [
  'abcdefghijklmnopqrstuvwxyz0123456789_-',
  'ÀÉÎÕÜßøåæœçñ',
  '日本語の動画生成失敗手指',
  '\u0000\u0001\u001f\u007f\u2028\u2029\t\n\r',
  '<>"\'&/\\`${}',
  '\u0627\u0644\u0639\u0631\u0628\u064a\u0629\u202e\u202d',
];

export function randomString(rng: Rng, maxLen = 64): string {
  const alphabet = rng.pick(ALPHABETS);
  const chars = [...alphabet];
  const len = rng.int(0, maxLen);
  let out = '';
  for (let i = 0; i < len; i++) out += rng.pick(chars);
  if (rng.chance(0.1)) out += '\ud83d'; // a dangling high surrogate
  return out;
}

// Huge strings are built once: fuzzing needs their size, not fresh bytes each time.
const HUGE: string[] = [300, 4_001, 65_536, 2_000_001].map((n, i) => (i % 2 ? 'ä' : '<b>').repeat(Math.ceil(n / 3)).slice(0, n));
export const hugeString = (rng: Rng): string => rng.pick(HUGE);

export function anyString(rng: Rng): string {
  const r = rng.next();
  if (r < 0.4) return rng.pick(NASTY_STRINGS);
  if (r < 0.9) return randomString(rng);
  return hugeString(rng);
}

export function anyNumber(rng: Rng): number {
  return rng.pick([
    0,
    -0,
    1,
    -1,
    0.5,
    7,
    2 ** 31,
    -(2 ** 31),
    Number.MAX_SAFE_INTEGER + 2,
    1e308,
    -1e308,
    NaN,
    Infinity,
    -Infinity,
    Number.MIN_VALUE,
    rng.next() * 1e6,
  ]);
}
