import { z } from 'zod';
import { GenerationSchema, HARD_FAILURE_KINDS } from '../shared/generation.ts';
import type { MessageKey } from '../shared/i18n.ts';
import { QUALITY_MODE_IDS } from '../modes/types.ts';
import { CaseSchema, ProfileSchema, TabStateSchema } from '../storage/items.ts';

/**
 * The worker's answer to `ui/tab-state`: everything the popup's first view shows, worked out where the provider
 * registry and the storage schemas are already loaded, so the popup can draw its list without loading either (issue
 * 15.4). The worker parses its answer with this schema before sending it (router.ts validates requests, this the
 * reply); the popup, a page of the same extension, takes it as typed.
 */

const SourceSchema = z.object({ ref: z.string().max(2000), checked: z.string().max(40), confidence: z.enum(['H', 'M', 'L']) });

/** A provider's display facts, without its parsers, patterns or policy texts: what the list and banner show. */
export const ProviderViewSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{2,40}$/),
  name: z.string().max(80),
  lifecycle: z.object({
    status: z.enum(['active', 'discontinued']),
    events: z.array(z.object({ label: z.string().max(300), date: z.string().max(40), source: SourceSchema })).max(20),
    migration: z
      .array(z.object({ useCase: z.string().max(200), suggestion: z.string().max(600) }))
      .max(20)
      .optional(),
  }),
  /** The provider's own name per failure mode, where it has one (claims/terms.ts falls back to AVA's). */
  terms: z.record(
    z.string().max(40),
    z.object({ term: z.string().max(200), codes: z.array(z.string().max(200)).max(50).optional(), source: SourceSchema }),
  ),
  /** The quality modes in the order the popup lists them, each with its name for this provider (terms.ts termFor). */
  qualityTerms: z.array(z.object({ id: z.enum(QUALITY_MODE_IDS), term: z.string().max(200) })).max(QUALITY_MODE_IDS.length),
});
export type ProviderView = z.infer<typeof ProviderViewSchema>;

const WordingSchema = z.object({
  key: z.custom<MessageKey>((k) => typeof k === 'string' && /^[a-z0-9_]{1,80}$/.test(k)),
  subs: z.array(z.string().max(300)).max(9),
});

/** claims/triage.ts's Triage, as data. */
export const TriageSchema = z.object({
  lane: z.enum(['hard', 'moderation', 'completed', 'in_progress', 'unknown']),
  kind: z.enum(HARD_FAILURE_KINDS).optional(),
  term: z.string().max(200).optional(),
  policy: z.string().max(2000),
  say: WordingSchema.optional(),
  action: z.enum(['draft', 'feedback', 'wait', 'review']),
});

/** One generation as the popup lists it: its key, the generation, its triage, and whether it is a problem now. */
export const PopupRowSchema = z.object({
  key: z.string().min(3).max(250),
  g: GenerationSchema,
  t: TriageSchema,
  problem: z.boolean(),
});
export type PopupRow = z.infer<typeof PopupRowSchema>;

export const TabStateAnswerSchema = z.object({
  tab: TabStateSchema.nullable(),
  /** Triaged, related IDs collapsed, failed first (claims/tab-view.ts); empty where the provider is unknown. */
  rows: z.array(PopupRowSchema).max(500),
  cases: z.record(z.string(), CaseSchema),
  profile: ProfileSchema,
  provider: ProviderViewSchema.nullable(),
});
export type TabStateAnswer = z.infer<typeof TabStateAnswerSchema>;
