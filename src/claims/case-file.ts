import { z } from 'zod';
import { QUALITY_MODE_IDS } from '../modes/types.ts';
import { providerById } from '../providers/index.ts';
import { GENERATION_STATUSES, HARD_FAILURE_KINDS } from '../shared/generation.ts';
import { type Draft, draftClaim } from './draft.ts';
import { type CaseWarning, caseWarnings } from './warnings.ts';

/**
 * The case file `ava draft --case` reads: what the popup knows about a claim, as JSON a person can write by hand.
 * Documented in the README; every field but provider and generations[].id is optional.
 */
export const CaseFileSchema = z.object({
  provider: z.string(),
  generations: z
    .array(
      z.object({
        id: z.string().min(1).max(200),
        status: z.enum(GENERATION_STATUSES).default('failed'),
        failureKind: z.enum(HARD_FAILURE_KINDS).optional(),
        providerStatus: z.string().max(80).optional(),
        providerCode: z.string().max(120).optional(),
        message: z.string().max(2000).optional(),
        prompt: z.string().max(4000).optional(),
        createdAt: z.string().max(40).optional(),
        /** The cost the page showed, in the provider's unit; the draft asks for exactly this. */
        credits: z.number().min(0).max(1e7).optional(),
        durationS: z.number().min(0).max(86_400).optional(),
        model: z.string().max(120).optional(),
      }),
    )
    .min(1)
    .max(100),
  modes: z.array(z.enum(QUALITY_MODE_IDS)).default([]),
  description: z.string().max(4000).optional(),
  profile: z
    .object({
      email: z.string().max(200).optional(),
      last4: z
        .string()
        .regex(/^\d{4}$/)
        .optional(),
      name: z.string().max(200).optional(),
    })
    .default({}),
  attachments: z.array(z.string().max(200)).max(50).optional(),
  /** ISO date the draft is written "as of" (stuck detection); defaults to now. */
  now: z.string().optional(),
});
export type CaseFile = z.infer<typeof CaseFileSchema>;

export interface DraftOutput {
  /** Where to send: an address, a URL, or (where the provider documents neither) nowhere, with a warning. */
  channel: 'email' | 'help-center' | 'none';
  to: string | null;
  url: string | null;
  subject: string;
  body: string;
  warnings: CaseWarning[];
}

/** Parse a case file (already JSON-decoded) and draft it; errors name the field that is wrong. */
export function draftFromCaseFile(json: unknown, now = new Date()): DraftOutput {
  const parsed = CaseFileSchema.safeParse(json);
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    throw new Error(`invalid case: ${i ? `${i.path.join('.') || '(root)'}: ${i.message}` : 'unknown problem'}`);
  }
  const c = parsed.data;
  const provider = providerById(c.provider);
  if (!provider) throw new Error(`invalid case: provider: unknown provider "${c.provider}"`);
  const at = c.now ? new Date(c.now) : now;
  if (Number.isNaN(at.getTime())) throw new Error('invalid case: now: not a date');
  const d: Draft = draftClaim({
    provider,
    generations: c.generations.map((g) => ({ ...g, provider: provider.id, source: 'network' as const })),
    modes: c.modes,
    description: c.description,
    account: c.profile,
    attachments: c.attachments,
    now: at,
  });
  const channel = d.to ? 'email' : d.supportUrl ? 'help-center' : 'none';
  return { channel, to: d.to ?? null, url: d.supportUrl ?? null, subject: d.subject, body: d.body, warnings: caseWarnings(provider, at) };
}
