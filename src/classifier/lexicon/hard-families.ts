import type { Lang } from '../lang.ts';
import { HARD_DE } from './hard-de.ts';
import { HARD_EN } from './hard-en.ts';
import { HARD_ES } from './hard-es.ts';
import { HARD_FR } from './hard-fr.ts';
import type { HardKey } from './hard.ts';
import { HARD_JA } from './hard-ja.ts';
import { HARD_PT } from './hard-pt.ts';

/**
 * The hard-failure families per language, read beside the phrase lists of hard.ts (lexicon/index.ts): each is a thing
 * that can fail crossed with what people say happened to it, so they carry to sentences nobody tuned them on.
 */
export const HARD_FAMILIES: Readonly<Partial<Record<Lang, Partial<Record<HardKey, readonly string[]>>>>> = {
  en: HARD_EN,
  de: HARD_DE,
  fr: HARD_FR,
  es: HARD_ES,
  pt: HARD_PT,
  ja: HARD_JA,
};
