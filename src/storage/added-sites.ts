import { z } from 'zod';
import type { ItemSpec } from './store.ts';

/**
 * Sites the person added for a provider (its new address, a new subdomain), by origin ("https://beta.example.com").
 * AVA's content scripts are registered there only while Chrome has granted that origin (optional host permission);
 * the service worker re-checks both at every start (background/sites.ts).
 */
export const AddedSiteSchema = z.object({
  provider: z.string().regex(/^[a-z0-9-]{2,40}$/),
  addedAt: z.number(),
});
export type AddedSite = z.infer<typeof AddedSiteSchema>;

/** A plain https origin: no path, no credentials, no port games beyond an explicit number. */
export const SITE_ORIGIN = /^https:\/\/[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+(:\d{1,5})?$/;

/** Each added site is two registered scripts; a person adds a handful at most, and the bound keeps a bug from more. */
export const MAX_ADDED_SITES = 20;

const SitesSchema = z
  .record(z.string().regex(SITE_ORIGIN), AddedSiteSchema)
  .refine((r) => Object.keys(r).length <= MAX_ADDED_SITES, { message: `at most ${MAX_ADDED_SITES} added sites` });

export const addedSitesItem: ItemSpec<Record<string, AddedSite>> = {
  key: 'addedSites',
  version: 1,
  schema: SitesSchema,
  entrySchema: AddedSiteSchema,
  empty: () => ({}),
  migrations: {},
};

/** The origin of a URL if it may be an added site, else undefined. */
export function siteOrigin(url: string): string | undefined {
  try {
    const o = new URL(url).origin;
    return SITE_ORIGIN.test(o) ? o : undefined;
  } catch {
    return undefined;
  }
}

/** The match pattern Chrome grants and registers for an origin ("https://beta.example.com/*"); ports are not part of it. */
export const originPattern = (origin: string): string => `${origin.replace(/:\d+$/, '')}/*`;

/** An added site as the dashboard lists it: whether Chrome has granted its origin (else AVA does not run there). */
export interface SiteStatus {
  origin: string;
  provider: string;
  addedAt: number;
  granted: boolean;
}
