import { z } from 'zod';
import { QUALITY_MODE_IDS } from '../failure-modes/types.ts';
import { GenerationSchema } from '../shared/generation.ts';
import { type Claim, ClaimSchema } from '../claims/ledger.ts';
import type { ItemSpec } from './store.ts';

/** The person's account details per provider, entered once in the options page and used in drafts. */
export const AccountSchema = z.object({
  email: z.string().max(200).optional().catch(undefined),
  last4: z.string().regex(/^\d{4}$/).optional().catch(undefined),
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

/** Every generation AVA saw, by "<provider>:<id>". Capped per provider: the ones seen longest ago go first. */
export const generationsItem: ItemSpec<Record<string, StoredGeneration>> = {
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
  updatedAt: z.number(),
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

/** The claim ledger, by claim id. */
export const claimsItem: ItemSpec<Record<string, Claim>> = {
  key: 'claims',
  version: 1,
  schema: z.record(z.string(), ClaimSchema),
  entrySchema: ClaimSchema,
  empty: () => ({}),
  migrations: {},
};
