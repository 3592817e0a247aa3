/**
 * What an analysis of a generation's video leaves behind, as zod schemas: the result stored with the generation
 * (chrome.storage.local, `analysesItem`), the progress shown while it runs (chrome.storage.session), and the
 * messages that carry both between the offscreen document and the service worker. Pure; no chrome APIs.
 */
import { z } from 'zod';
import { QUALITY_MODE_IDS } from '../modes/types.ts';
import { HARD_FAILURE_KINDS } from '../shared/generation.ts';
import { WhySchema } from './why.ts';

const seconds = z
  .number()
  .min(0)
  .max(24 * 3600);

export const FindingSchema = z.object({
  mode: z.enum([...QUALITY_MODE_IDS, ...HARD_FAILURE_KINDS]),
  term: z.string().max(200),
  confidence: z.number().min(0).max(1),
  at: z.tuple([seconds, seconds]),
  reasons: z.array(z.string().max(1000)).max(10),
  evidence: z.array(seconds).max(24),
  // Optional: records from before it have none (the popup shows the English reason then), and one it cannot read is
  // dropped rather than losing the finding.
  why: WhySchema.optional().catch(undefined),
});

/** One evidence frame kept in IndexedDB (src/storage/evidence-db.ts, kind 'frame'), by record id and time. */
export const EvidenceFrameRefSchema = z.object({ id: z.string().max(100), t: seconds });
export type EvidenceFrameRef = z.infer<typeof EvidenceFrameRefSchema>;

/** Whether the heavy passes ran; 'unavailable' = the engine is not in this build or failed to load. */
const EngineRun = z.enum(['ran', 'skipped', 'unavailable']);

export const AnalysisRecordSchema = z.object({
  durationS: seconds,
  framesAnalysed: z.number().int().min(0),
  findings: z.array(FindingSchema).max(50),
  cuts: z.array(seconds).max(100),
  evidence: z.array(EvidenceFrameRefSchema).max(24),
  /** Which decode path produced the frames. */
  decoder: z.enum(['webcodecs', 'video-element']),
  ocr: EngineRun.catch('skipped'),
  faces: EngineRun.catch('skipped'),
  finishedAt: z.number(),
  /** Set when the last attempt failed and there is no earlier result: the plain reason, shown to the person. */
  error: z.string().max(500).optional(),
});
export type AnalysisRecord = z.infer<typeof AnalysisRecordSchema>;

export const ANALYSIS_PHASES = ['queued', 'fetch', 'decode', 'ocr', 'faces', 'evidence'] as const;
export type AnalysisPhase = (typeof ANALYSIS_PHASES)[number];

export const AnalysisProgressSchema = z.object({
  jobId: z.string().max(64),
  state: z.enum(['running', 'done', 'failed', 'cancelled']),
  phase: z.enum(ANALYSIS_PHASES),
  /** 0..1 of the whole job (decode dominates; the heavy passes take the last part). */
  fraction: z.number().min(0).max(1),
  /** Seconds of video analysed so far and frames, for the progress text. */
  t: seconds,
  frames: z.number().int().min(0),
  /** Failed or cancelled: what to tell the person. */
  message: z.string().max(500).optional(),
  startedAt: z.number(),
  updatedAt: z.number(),
});
export type AnalysisProgress = z.infer<typeof AnalysisProgressSchema>;

/** A job as the service worker hands it to the offscreen document. */
export const AnalysisJobSchema = z.object({
  jobId: z.string().min(6).max(64),
  generationKey: z.string().min(3).max(250),
  videoUrl: z
    .string()
    .url()
    .max(2048)
    .refine((u) => u.startsWith('https://'), 'only https video URLs are fetched'),
  prompt: z.string().max(4000).optional(),
  requestedS: z.number().positive().max(600).optional(),
  faces: z.boolean(),
});
export type AnalysisJob = z.infer<typeof AnalysisJobSchema>;

/** Quality modes found by the analysis: pre-ticked in the case as suggestions the person can untick. */
export function suggestedModes(findings: readonly { mode: string }[]): (typeof QUALITY_MODE_IDS)[number][] {
  return QUALITY_MODE_IDS.filter((m) => findings.some((f) => f.mode === m));
}
