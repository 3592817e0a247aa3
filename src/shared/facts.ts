/**
 * Every provider fact AVA repeats to a person carries where it came from and when it was checked, so a draft never
 * states a policy nobody can trace. Confidence follows shared/providers.md: H official, M public code, L one
 * secondary source.
 */
export type Confidence = 'H' | 'M' | 'L';

export interface Source {
  /** URL or a short citation of the document. */
  ref: string;
  /** ISO date the fact was checked. */
  checked: string;
  confidence: Confidence;
}

export interface Fact<T = string> {
  value: T;
  source: Source;
}

export const fact = <T>(value: T, ref: string, confidence: Confidence, checked = '2026-11-25'): Fact<T> => ({
  value,
  source: { ref, checked, confidence },
});

export const source = (ref: string, confidence: Confidence, checked = '2026-11-25'): Source => ({ ref, checked, confidence });
