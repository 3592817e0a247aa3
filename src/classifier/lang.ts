/** The languages the classifier reads: a lexicon for each (src/classifier/lexicon/). */
export const LANGS = ['en', 'es', 'de', 'fr', 'pt', 'ja'] as const;
export type Lang = (typeof LANGS)[number];
