import type { Lang } from '../lang.ts';
import { HARD_WORDS_DE } from './hard-words-de.ts';
import { HARD_WORDS_EN_JOB } from './hard-words-en-job.ts';
import { HARD_WORDS_EN_RESULT } from './hard-words-en-result.ts';
import { HARD_WORDS_ES } from './hard-words-es.ts';
import { HARD_WORDS_FR } from './hard-words-fr.ts';
import { HARD_WORDS_JA } from './hard-words-ja.ts';
import { HARD_WORDS_PT } from './hard-words-pt.ts';

/**
 * Words that describe a hard failure (no usable video) rather than a quality problem. `charge` (credits taken) and
 * `nooutput` (no video came) are parts: with an error or a stall they make "charged without output" (see hard.ts).
 * `error` words are weak: "the text has errors" is a quality complaint, so they only count when no mode was found.
 * Entry syntax as in types.ts.
 */
export const HARD_KEYS = ['moderation', 'modin', 'modout', 'charge', 'nooutput', 'stuck', 'blank', 'truncated', 'error'] as const;
export type HardKey = (typeof HARD_KEYS)[number];

// The phrase lists per language, each in its own file (hard-words-*.ts), in the order the matcher has always read them.
export const HARD_WORDS: Readonly<Record<Lang, Partial<Record<HardKey, readonly string[]>>>> = {
  en: { ...HARD_WORDS_EN_JOB, ...HARD_WORDS_EN_RESULT },
  es: HARD_WORDS_ES,
  de: HARD_WORDS_DE,
  fr: HARD_WORDS_FR,
  pt: HARD_WORDS_PT,
  ja: HARD_WORDS_JA,
};
