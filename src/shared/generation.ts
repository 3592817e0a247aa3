import { z } from 'zod';
import { LIMITS } from './limits.ts';

/**
 * A generation as AVA records it: provider-neutral fields plus the provider's own status, code and message kept
 * verbatim (support staff search for their own words, not ours).
 */
export const GENERATION_STATUSES = ['queued', 'running', 'succeeded', 'failed', 'blocked', 'cancelled', 'unknown'] as const;
export type GenerationStatus = (typeof GENERATION_STATUSES)[number];

/** Hard-failure kinds: what the signals say happened, before anyone looks at the video. */
export const HARD_FAILURE_KINDS = [
  'generation_error',
  'moderation_input',
  'moderation_output',
  'moderation',
  'stuck',
  'charged_no_output',
  'truncated_output',
  'blank_output',
] as const;
export type HardFailureKind = (typeof HARD_FAILURE_KINDS)[number];

const text = (max: number) => z.string().max(max);

export const GenerationSchema = z.object({
  provider: text(LIMITS.provider),
  id: text(LIMITS.id).min(1),
  status: z.enum(GENERATION_STATUSES),
  /** The provider's own status value, verbatim ("FAILED", "sora_content_violation", "50"). */
  providerStatus: text(LIMITS.providerStatus).optional(),
  failureKind: z.enum(HARD_FAILURE_KINDS).optional(),
  /** The provider's own failure code, verbatim ("SAFETY.INPUT.TEXT", "moderation_blocked", "1301"). */
  providerCode: text(LIMITS.providerCode).optional(),
  message: text(LIMITS.message).optional(),
  prompt: text(LIMITS.prompt).optional(),
  videoUrl: text(LIMITS.url).optional(),
  /** ISO timestamps. */
  createdAt: text(LIMITS.isoDate).optional(),
  updatedAt: text(LIMITS.isoDate).optional(),
  /** 0..1 */
  progress: z.number().min(0).max(1).optional(),
  /** Related IDs the provider also knows this job by (task id for a gen id, and so on). */
  relatedIds: z.array(text(LIMITS.id)).max(LIMITS.relatedIds).optional(),
  /** The cost the provider's page or response showed for this generation, in its own unit (credits, points...). */
  credits: z.number().min(0).max(1e7).optional(),
  /** The clip's length in seconds, where the response names it. */
  durationS: z.number().min(0).max(86_400).optional(),
  /** The model the provider names for this generation ("gen4_turbo", "kling-v2-1", "veo_3_1_fast"...). */
  model: text(LIMITS.model).optional(),
  /**
   * Where AVA learnt of it: the provider's network responses, its rendered page, a card the person picked on the
   * page, or an ID the person entered (a claim for a generation AVA did not capture).
   */
  source: z.enum(['network', 'dom', 'picker', 'manual']),
  /** Set when no provider parser knew the shape and the generic fallback found this generation-like object. */
  viaFallback: z.literal(true).optional(),
});
export type Generation = z.infer<typeof GenerationSchema>;

export const generationKey = (g: Pick<Generation, 'provider' | 'id'>): string => `${g.provider}:${g.id}`;

/** Is this generation worth a claim look, i.e. not plainly fine or still in progress? */
export const isProblem = (g: Generation): boolean => g.status === 'failed' || g.status === 'blocked' || g.failureKind !== undefined;
