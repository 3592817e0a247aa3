import { scrubText, scrubUrl } from '../shared/scrub.ts';
import type { Generation } from '../shared/generation.ts';
import type { BundleEntry } from './entries.ts';

/**
 * case.json in the evidence bundle: what a support agent (or a script) needs to find the generations and check the
 * claim: IDs, the provider's own status and code, the failure modes with their technical names, the analysis
 * findings with timestamps, and which file is which. URLs pass through the one scrubber; nothing else from the
 * profile (no card digits) goes in. Pure.
 */
export const CASE_FORMAT = 'ava-case/1';

export interface CaseFinding {
  generationId: string;
  mode: string;
  term: string;
  confidence: number;
  /** Seconds [from, to] in the video. */
  at: readonly [number, number];
  reasons: readonly string[];
  /** Seconds of the evidence frames. */
  evidence: readonly number[];
}

export interface CaseInput {
  avaVersion: string;
  now: Date;
  provider: { id: string; name: string };
  generations: readonly Generation[];
  /** Quality modes the person ticked, with the provider's term for each. */
  modes: readonly { mode: string; term: string }[];
  description?: string;
  findings: readonly CaseFinding[];
  /** The included files (the draft and case.json themselves are listed too). */
  files: readonly BundleEntry[];
  /** Generation key -> Generation ID, to name each file's generation. */
  idOfKey: (key: string) => string | undefined;
  /** Evidence id -> page URL (screenshots), scrubbed here. */
  pageUrlOf?: (evidenceId: string) => string | undefined;
}

export function caseJson(c: CaseInput) {
  const g = (x: Generation) => ({
    id: x.id,
    status: x.status,
    ...(x.providerStatus ? { providerStatus: x.providerStatus } : {}),
    ...(x.failureKind ? { failureKind: x.failureKind } : {}),
    ...(x.providerCode ? { providerCode: x.providerCode } : {}),
    ...(scrubText(x.message) ? { message: scrubText(x.message) } : {}),
    ...(scrubText(x.prompt, 4000) ? { prompt: scrubText(x.prompt, 4000) } : {}),
    ...(x.createdAt ? { createdAt: x.createdAt } : {}),
    ...(x.relatedIds?.length ? { relatedIds: [...x.relatedIds] } : {}),
    ...(scrubUrl(x.videoUrl) ? { videoUrl: scrubUrl(x.videoUrl) } : {}),
    // Not captured by AVA: the person entered the ID, or picked its card on the page.
    ...(x.source === 'manual' || x.source === 'picker'
      ? { source: x.source, ...(x.credits !== undefined ? { credits: x.credits } : {}) }
      : {}),
  });
  return {
    format: CASE_FORMAT,
    avaVersion: c.avaVersion,
    createdAt: c.now.toISOString(),
    provider: c.provider,
    generations: c.generations.map(g),
    modes: c.modes.map((m) => ({ mode: m.mode, term: m.term })),
    ...(c.description?.trim() ? { description: scrubText(c.description, 4000) } : {}),
    findings: c.findings.map((f) => ({
      ...f,
      at: [f.at[0], f.at[1]] as [number, number],
      reasons: [...f.reasons],
      evidence: [...f.evidence],
    })),
    files: c.files.map((e) => {
      const pageUrl = e.evidenceId ? scrubUrl(c.pageUrlOf?.(e.evidenceId)) : undefined;
      const generationId = e.generationKey ? c.idOfKey(e.generationKey) : undefined;
      return {
        name: e.name,
        kind: e.kind,
        ...(generationId ? { generationId } : {}),
        ...(e.t !== undefined ? { t: e.t } : {}),
        ...(e.capturedAt !== undefined ? { capturedAt: new Date(e.capturedAt).toISOString() } : {}),
        ...(pageUrl ? { pageUrl } : {}),
      };
    }),
  };
}
export type CaseJson = ReturnType<typeof caseJson>;

/** What the contact sheet writes under a frame: the terms of the findings whose moment or evidence includes it. */
export function foundAt(findings: readonly Pick<CaseFinding, 'term' | 'at' | 'evidence'>[], t: number): string[] {
  const near = (a: number) => Math.abs(a - t) < 0.05;
  return [...new Set(findings.filter((f) => f.evidence.some(near) || (t >= f.at[0] - 0.05 && t <= f.at[1] + 0.05)).map((f) => f.term))];
}
