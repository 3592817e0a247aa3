import { z } from 'zod';
import { AnalysisJobSchema, AnalysisRecordSchema, ANALYSIS_PHASES } from '../analysis/record.ts';
import { BalanceReadingSchema } from '../claims/balances.ts';
import { GenerationSchema } from '../shared/generation.ts';
import { UnreadResponseSchema } from '../shared/unread.ts';
import { CaseEditSchema } from '../storage/case-edit.ts';
import { SITE_ORIGIN } from '../storage/added-sites.ts';

/**
 * Every message between AVA's contexts, one zod discriminated union per direction. Receivers parse with these and
 * answer through a handler map (router.ts); anything that does not parse is rejected, never thrown at the sender.
 */

const providerId = z.string().regex(/^[a-z0-9-]{2,40}$/);
const tabId = z.number().int().nonnegative();
const genKey = z.string().min(3).max(250);

/** A picture of a picked card (html2canvas, PNG), and how many cross-origin images had to be left out of it. */
export const PickedCardSchema = z.object({
  dataUrl: z.string().startsWith('data:image/png;base64,').max(6_000_000),
  width: z.number().int().min(1).max(4000),
  height: z.number().int().min(1).max(4000),
  omittedImages: z.number().int().min(0).max(1000),
});
export type PickedCard = z.infer<typeof PickedCardSchema>;

// content script -> background
export const ContentToBackground = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('content/generations'),
    provider: providerId,
    // Items are checked one by one by the worker (shared/clean.ts: cleaned, ID format, GenerationSchema), so one bad
    // item is counted and skipped instead of losing the whole report.
    generations: z.array(z.unknown()).max(200),
  }),
  z.object({
    // The provider page was loaded but neither the network tap nor the DOM reader found anything AVA knows.
    type: z.literal('content/page-status'),
    provider: providerId,
    recognised: z.boolean(),
    detail: z.string().max(300),
  }),
  z.object({
    // Balances or charges the provider's own responses showed (claims/balances.ts); timed by the worker's clock.
    type: z.literal('content/balances'),
    provider: providerId,
    readings: z.array(BalanceReadingSchema).min(1).max(50),
  }),
  z.object({
    // Watched responses nothing could be read from (unreadable, rejected by the parser, or yielding nothing): their
    // path and shape only, for the dashboard's diagnostics (shared/unread.ts limits their characters).
    type: z.literal('content/unread'),
    provider: providerId,
    responses: z.array(UnreadResponseSchema).min(1).max(20),
  }),
  // The person picked a generation's card on the page (content/picker.ts): what it read, and a picture of the card.
  z.object({
    type: z.literal('content/picked'),
    provider: providerId,
    generation: GenerationSchema,
    card: PickedCardSchema.optional(),
  }),
  // A content script on a site the person added (no provider matches its URL): which provider is this origin's?
  // The answer comes from the added sites in storage, by the sender's origin; the message itself says nothing.
  z.object({ type: z.literal('content/site-provider') }),
  // The person pressed "Pick" on a page where the picker module is not web-accessible (a site the person added): the
  // worker injects the picker's classic build into this tab's top frame. The message carries nothing.
  z.object({ type: z.literal('content/load-picker') }),
]);
export type ContentToBackground = z.infer<typeof ContentToBackground>;

// popup / options -> background
export const UiToBackground = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ui/tab-state'), tabId }),
  z.object({ type: z.literal('ui/capture-tab'), tabId, generationKey: genKey }),
  // Frame analysis of a generation's video (runs in the offscreen document); `faces` opts into the face pass.
  z.object({ type: z.literal('ui/analyse'), tabId: tabId.optional(), generationKey: genKey, faces: z.boolean().optional() }),
  z.object({ type: z.literal('ui/analyse-cancel'), generationKey: genKey }),
  // "Allow <host>": the host of this generation's video link may be fetched from now on (the worker reads the host).
  z.object({ type: z.literal('ui/allow-media-host'), generationKey: genKey }),
  // What the person changed in a case; the worker, the one writer of `cases`, applies it (storage/case-edit.ts).
  z.object({ type: z.literal('ui/case-edit'), generationKey: genKey, edit: CaseEditSchema }),
  z.object({
    // The person chose "Open support form": keep the draft for that provider's form for a few minutes. The form's
    // origin comes from the provider registry, never from the message.
    type: z.literal('ui/autofill-arm'),
    provider: providerId,
    subject: z.string().max(500),
    body: z.string().max(20000),
    email: z.string().max(200).optional(),
  }),
  // A claim for a generation AVA did not capture: the person entered it (claims/manual-claim.ts). The worker checks
  // the provider and the ID format again and shows it in that tab's list.
  z.object({ type: z.literal('ui/claim-entered'), tabId, generation: GenerationSchema }),
  // Added sites: the dashboard or the popup adds one (then asks Chrome for the origin), lists them, removes one.
  z.object({ type: z.literal('ui/site-add'), origin: z.string().regex(SITE_ORIGIN), provider: providerId }),
  z.object({ type: z.literal('ui/site-remove'), origin: z.string().regex(SITE_ORIGIN) }),
  z.object({ type: z.literal('ui/sites') }),
]);
export type UiToBackground = z.infer<typeof UiToBackground>;

// background -> offscreen document (only the service worker may send these; the offscreen doc checks)
export const BackgroundToOffscreen = z.discriminatedUnion('type', [
  z.object({ type: z.literal('bg/analyse'), job: AnalysisJobSchema }),
  z.object({ type: z.literal('bg/analyse-cancel'), generationKey: genKey }),
]);
export type BackgroundToOffscreen = z.infer<typeof BackgroundToOffscreen>;

// offscreen document -> background
const jobRef = { jobId: z.string().min(6).max(64), generationKey: genKey };
export const OffscreenToBackground = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('offscreen/progress'),
    ...jobRef,
    phase: z.enum(ANALYSIS_PHASES),
    fraction: z.number().min(0).max(1),
    t: z.number().min(0),
    frames: z.number().int().min(0),
  }),
  z.object({ type: z.literal('offscreen/done'), ...jobRef, result: AnalysisRecordSchema.omit({ finishedAt: true, error: true }) }),
  z.object({
    type: z.literal('offscreen/failed'),
    ...jobRef,
    cancelled: z.boolean(),
    // Unworded (the offscreen document has no chrome.i18n): a message key of _locales and its substitutions.
    wording: z.object({ key: z.string().regex(/^[A-Za-z0-9_]{1,64}$/), subs: z.array(z.string().max(300)).max(4) }),
  }),
]);
export type OffscreenToBackground = z.infer<typeof OffscreenToBackground>;

// popup -> content script: is AVA's content script running in this tab? (No answer: the tab was opened before AVA
// was installed or updated.) The content script answers without zod to stay small; the popup parses the pong.
export const UiToContent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ui/ping') }),
  // Start the element picker; `script` is the picker module's path in the extension (the popup's build knows it).
  z.object({ type: z.literal('ui/pick'), script: z.string().regex(/^[\w./-]{1,200}\.js$/) }),
]);
export type UiToContent = z.infer<typeof UiToContent>;
export const ContentPong = z.object({
  type: z.literal('content/pong'),
  provider: providerId,
  /** The answer to ui/pick: whether the picker loaded and started on the page. */
  picker: z.enum(['started', 'failed']).optional(),
});
export type ContentPong = z.infer<typeof ContentPong>;

// support-form content script -> background: "is there a fill for this page?" (taken once; the sender's origin decides)
export const SupportToBackground = z.discriminatedUnion('type', [z.object({ type: z.literal('support/autofill-take') })]);
export type SupportToBackground = z.infer<typeof SupportToBackground>;

/** Every answer has this envelope, so callers never have to guess whether a reply is an error. */
export type Reply<T = unknown> = { ok: true; data: T } | { ok: false; error: string };
