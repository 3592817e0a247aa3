/**
 * The one set of field limits. Parsers (parse-util), the stored schema (GenerationSchema) and the worker's cleaning
 * at the door (shared/clean.ts) all read these, so a parser can never keep more than the schema accepts (which made
 * the worker reject a whole report for one long field).
 */
export const LIMITS = {
  provider: 40,
  id: 200,
  providerStatus: 80,
  providerCode: 120,
  message: 2000,
  prompt: 4000,
  url: 2048,
  isoDate: 40,
  model: 120,
  relatedIds: 20,
} as const;

/** Appended where a long field was cut, so the reader knows there was more. */
export const TRUNCATION_MARK = '…';

/** `s` cut to `max` characters including the mark; unchanged when it fits. */
export function truncate(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max - TRUNCATION_MARK.length)}${TRUNCATION_MARK}` : s;
}
