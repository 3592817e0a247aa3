import { z } from 'zod';
import { QUALITY_MODE_IDS } from '../modes/types.ts';
import { GenerationSchema } from '../shared/generation.ts';
import { UnreadResponseSchema } from '../shared/unread.ts';
import { type AnalysisProgress, AnalysisProgressSchema, type AnalysisRecord, AnalysisRecordSchema } from '../analysis/record.ts';
import { type BalanceEntry, BalanceEntrySchema } from '../claims/balances.ts';
import { type Claim, ClaimSchema, migrateClaimsV1 } from '../claims/ledger.ts';
import type { ItemSpec } from './store.ts';

/** The person's account details per provider, entered once in the options page and used in drafts. */
export const AccountSchema = z.object({
  email: z.string().max(200).optional().catch(undefined),
  last4: z
    .string()
    .regex(/^\d{4}$/)
    .optional()
    .catch(undefined),
});
export type Account = z.infer<typeof AccountSchema>;

export const ProfileSchema = z.object({
  name: z.string().max(200).optional().catch(undefined),
  /** Used for every provider without its own entry. */
  defaults: AccountSchema.catch({}),
  accounts: z.record(z.string(), AccountSchema).catch({}),
});
export type Profile = z.infer<typeof ProfileSchema>;

export const profileItem: ItemSpec<Profile> = {
  key: 'profile',
  version: 1,
  schema: ProfileSchema,
  empty: () => ({ defaults: {}, accounts: {} }),
  migrations: {},
};

export const StoredGenerationSchema = z.object({ g: GenerationSchema, firstSeen: z.number(), lastSeen: z.number() });
export type StoredGeneration = z.infer<typeof StoredGenerationSchema>;

/**
 * v1 kept every generation of every provider in this one item, so one provider's flood could fill the quota for all.
 * Read only to move it into the per-provider items (storage/generations.ts), then removed.
 */
export const legacyGenerationsItem: ItemSpec<Record<string, StoredGeneration>> = {
  key: 'generations',
  version: 1,
  schema: z.record(z.string(), StoredGenerationSchema),
  entrySchema: StoredGenerationSchema,
  empty: () => ({}),
  migrations: {},
};
/** Per provider, so a page flooding its own provider's records can never evict another provider's. */
export const MAX_GENERATIONS_PER_PROVIDER = 1000;

export const CaseSchema = z.object({
  modes: z.array(z.enum(QUALITY_MODE_IDS)).max(5),
  description: z.string().max(4000),
  /** Evidence record ids in IndexedDB (screenshots). */
  evidence: z.array(z.string().max(100)).max(50),
  /**
   * Video frames the person marked as showing the failure (anatomy, or anything the detectors missed): evidence
   * record ids in IndexedDB (kind 'frame') with their time, so the draft can cite the moments without reading IDB.
   * Optional and additive, so v1 values without it still parse (no version bump needed).
   */
  marks: z
    .array(z.object({ id: z.string().max(100), t: z.number().min(0) }))
    .max(50)
    .optional()
    .catch(undefined),
  updatedAt: z.number(),
});
export type Case = z.infer<typeof CaseSchema>;

/** What the person said about a generation, kept so closing the popup (or the worker stopping) loses nothing. */
export const casesItem: ItemSpec<Record<string, Case>> = {
  key: 'cases',
  version: 1,
  schema: z.record(z.string(), CaseSchema),
  entrySchema: CaseSchema,
  empty: () => ({}),
  migrations: {},
};

export const TabStateSchema = z.object({
  provider: z.string(),
  pageUrl: z.string().optional(),
  keys: z.array(z.string()).max(500),
  recognised: z.boolean(),
  detail: z.string().max(300).optional(),
  /** Items this tab's page reported that the worker skipped (wrong ID format, unreadable); `detail` says why. */
  rejected: z.number().int().min(0).optional(),
  updatedAt: z.number(),
  /** The provider comes from a generation the person entered in this tab, not from a page AVA reads (additive). */
  entered: z.literal(true).optional().catch(undefined),
});
export type TabState = z.infer<typeof TabStateSchema>;

/** Which generations each open tab showed (session storage: tab ids mean nothing after a browser restart). */
export const tabsItem: ItemSpec<Record<string, TabState>> = {
  key: 'tabs',
  version: 1,
  schema: z.record(z.string(), TabStateSchema),
  entrySchema: TabStateSchema,
  empty: () => ({}),
  migrations: {},
};

/** The claim ledger, by claim id. v2 added `kind` and `followUps` (migrateClaimsV1). */
export const claimsItem: ItemSpec<Record<string, Claim>> = {
  key: 'claims',
  version: 2,
  schema: z.record(z.string(), ClaimSchema),
  entrySchema: ClaimSchema,
  empty: () => ({}),
  migrations: { 1: migrateClaimsV1 },
};

const BalanceHistorySchema = z.array(BalanceEntrySchema).max(1000);

/** Per provider id, the balances and charges its pages showed (claims/balances.ts), to check automatic refunds. */
export const balancesItem: ItemSpec<Record<string, BalanceEntry[]>> = {
  key: 'balances',
  version: 1,
  schema: z.record(z.string(), BalanceHistorySchema),
  entrySchema: BalanceHistorySchema,
  empty: () => ({}),
  migrations: {},
};

/** The last frame analysis of each generation's video, by generation key (kept with the generations, on this device). */
export const analysesItem: ItemSpec<Record<string, AnalysisRecord>> = {
  key: 'analyses',
  version: 1,
  schema: z.record(z.string(), AnalysisRecordSchema),
  entrySchema: AnalysisRecordSchema,
  empty: () => ({}),
  migrations: {},
};

/** Progress of running analyses (session storage: a reopened popup shows it; meaningless after a restart). */
export const analysisProgressItem: ItemSpec<Record<string, AnalysisProgress>> = {
  key: 'analysisProgress',
  version: 1,
  schema: z.record(z.string(), AnalysisProgressSchema),
  entrySchema: AnalysisProgressSchema,
  empty: () => ({}),
  migrations: {},
};

export const VideoSourceSchema = z.object({ url: z.string().max(2048), seenAt: z.number() });
export type VideoSource = z.infer<typeof VideoSourceSchema>;
export const MAX_VIDEO_SOURCES = 300;

/**
 * Signed video links as the provider's page last gave them, by generation key: the only copy of a URL with its
 * signature, kept in session storage (memory only, gone when the browser closes) so "Analyse video" can fetch a
 * signed link that the scrubbed stored URL no longer opens. Never exported, never in local storage.
 */
export const videoSourcesItem: ItemSpec<Record<string, VideoSource>> = {
  key: 'videoSources',
  version: 1,
  schema: z.record(z.string(), VideoSourceSchema),
  entrySchema: VideoSourceSchema,
  empty: () => ({}),
  migrations: {},
};

export const PendingFillSchema = z.object({
  provider: z.string().max(40),
  subject: z.string().max(500),
  body: z.string().max(20000),
  email: z.string().max(200).optional(),
  expiresAt: z.number(),
});
export type PendingFill = z.infer<typeof PendingFillSchema>;

/**
 * Drafts waiting for the support form the person chose to open ("Open support form"), by the form's origin. Session
 * storage (never on disk), taken once by that origin's support page, and gone after a few minutes either way.
 */
export const pendingFillsItem: ItemSpec<Record<string, PendingFill>> = {
  key: 'pendingFills',
  version: 1,
  schema: z.record(z.string(), PendingFillSchema),
  entrySchema: PendingFillSchema,
  empty: () => ({}),
  migrations: {},
};

export const DiagnosticEntrySchema = UnreadResponseSchema.omit({ count: true }).extend({
  provider: z.string().max(40),
  count: z.number().int().min(1).max(1_000_000),
  firstSeen: z.number(),
  lastSeen: z.number(),
});
export type DiagnosticEntry = z.infer<typeof DiagnosticEntrySchema>;
export const MAX_DIAGNOSTICS = 120;
export const MAX_DIAGNOSTICS_PER_PROVIDER = 30;
/** Entries not seen for this long are dropped: a diagnostic is about the app as it is now. */
export const MAX_DIAGNOSTIC_AGE_MS = 30 * 24 * 3600_000;

/**
 * Watched responses AVA could not read, per provider, kind and URL path (background/diagnostics.ts): shapes only, no
 * values (shared/unread.ts). Bounded in count per provider and overall, and in age.
 */
export const diagnosticsItem: ItemSpec<Record<string, DiagnosticEntry>> = {
  key: 'diagnostics',
  version: 1,
  schema: z.record(z.string().max(300), DiagnosticEntrySchema),
  entrySchema: DiagnosticEntrySchema,
  empty: () => ({}),
  migrations: {},
};

export const AllowedMediaHostSchema = z.object({ provider: z.string().max(40), at: z.number() });
/**
 * Video hosts the person allowed "Analyse video" to fetch from (popup: "Allow <host>"), by host name: asked once
 * per host that the provider's file does not name as its media host. Bounded; the dashboard's "Delete everything"
 * clears it with the rest.
 */
export const allowedMediaHostsItem: ItemSpec<Record<string, z.infer<typeof AllowedMediaHostSchema>>> = {
  key: 'allowedMediaHosts',
  version: 1,
  schema: z.record(z.string().max(253), AllowedMediaHostSchema).refine((r) => Object.keys(r).length <= 200, 'too many hosts'),
  entrySchema: AllowedMediaHostSchema,
  empty: () => ({}),
  migrations: {},
};

export const StorageFailureSchema = z.object({ key: z.string().max(100), message: z.string().max(300), at: z.number() });
export type StorageFailure = z.infer<typeof StorageFailureSchema>;
/**
 * Writes to local storage that failed (quota full, ...), newest last, so the popup and the dashboard can tell the
 * person (ui/StorageAlert) instead of failing silently. Session storage: it still has room when local is full.
 */
export const storageFailuresItem: ItemSpec<StorageFailure[]> = {
  key: 'storageFailures',
  version: 1,
  schema: z.array(StorageFailureSchema).max(20),
  empty: () => [],
  migrations: {},
};
