import { z } from 'zod';
import { GenerationSchema } from '../shared/generation.ts';

/**
 * Every message between AVA's contexts, one zod discriminated union per direction. Receivers parse with these and
 * answer through a handler map (router.ts); anything that does not parse is rejected, never thrown at the sender.
 */

const providerId = z.string().regex(/^[a-z0-9-]{2,40}$/);
const tabId = z.number().int().nonnegative();
const genKey = z.string().min(3).max(250);

// content script -> background
export const ContentToBackground = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('content/generations'),
    provider: providerId,
    generations: z.array(GenerationSchema).max(200),
  }),
  z.object({
    // The provider page was loaded but neither the network tap nor the DOM reader found anything AVA knows.
    type: z.literal('content/page-status'),
    provider: providerId,
    recognised: z.boolean(),
    detail: z.string().max(300),
  }),
]);
export type ContentToBackground = z.infer<typeof ContentToBackground>;

// popup / options -> background
export const UiToBackground = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ui/tab-state'), tabId }),
  z.object({ type: z.literal('ui/capture-tab'), tabId, generationKey: genKey }),
]);
export type UiToBackground = z.infer<typeof UiToBackground>;

/** Every answer has this envelope, so callers never have to guess whether a reply is an error. */
export type Reply<T = unknown> = { ok: true; data: T } | { ok: false; error: string };
