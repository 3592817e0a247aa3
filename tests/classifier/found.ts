import { expect } from 'vitest';
import { classify } from '../../src/classifier/classify.ts';

/** The modes the classifier finds in a description, in its order (most confident first). */
export const modes = (text: string) => classify(text).findings.map((f) => f.mode);
/** The hard-failure kind it reads in a description, if any. */
export const hard = (text: string) => classify(text).hardFailure?.kind;

/** A complaint names `mode` alone, and its twin (the same words said fine, negated or about something else) names nothing. */
export function foundWithSilentTwin(complaint: string, twin: string, mode: string): void {
  expect(modes(complaint)).toEqual([mode]);
  expect(modes(twin)).toEqual([]);
}

/** The family's sentence names nothing, and its twin complains of `mode` (among what it finds): precision-s13. */
export function silentWithTwin(family: string, twin: string, mode: string): void {
  expect(modes(family)).toEqual([]);
  expect(modes(twin)).toContain(mode);
}

/** A hard failure of `kind`, with no quality finding beside it, whose reasons are the person's own words. */
export function expectHardFailure(text: string, kind: string | undefined): void {
  const r = classify(text);
  expect(r.hardFailure?.kind).toBe(kind);
  expect(r.findings).toEqual([]);
  for (const reason of r.hardFailure!.reasons) expect(text).toContain(reason);
}

/** No hard failure, and exactly these quality modes (in the classifier's order). */
export function expectNoHardFailure(text: string, expected: readonly string[]): void {
  const r = classify(text);
  expect(r.hardFailure).toBeUndefined();
  expect(r.findings.map((f) => f.mode)).toEqual(expected);
}
