/**
 * Added sites: AVA's content scripts registered on a provider's new address with chrome.scripting, only while Chrome
 * has granted that one origin. The plan is pure (tested); `chromeSites` is the edge that talks to Chrome.
 */
import { providerForUrl } from '../providers/index.ts';
import { providerById } from '../providers/index.ts';
import { type AddedSite, addedSitesItem, MAX_ADDED_SITES, originPattern, type SiteStatus } from '../storage/added-sites.ts';
import type { Store } from '../storage/store.ts';
import { t } from '../shared/i18n.ts';
import { PICKER_CLASSIC_FILE } from '../shared/picker-key.ts';

/** The two scripts the manifest declares for provider pages, as registered on one added site. */
export interface SiteScript {
  id: string;
  matches: string[];
  js: string[];
  runAt: 'document_start';
  world?: 'MAIN';
  persistAcrossSessions: true;
}

export interface SitesEdge {
  /** Ids of the scripts AVA registered (only AVA's own, prefixed). */
  registered(): Promise<string[]>;
  register(scripts: SiteScript[]): Promise<void>;
  unregister(ids: string[]): Promise<void>;
  /** Which of these origins Chrome has granted. */
  granted(origins: string[]): Promise<Set<string>>;
  release(origin: string): Promise<void>;
  /** The built files of the manifest's provider content scripts: the page-world tap and the isolated script. */
  files(): { tap: string; content: string };
  /** Injects the picker's classic build into a tab's top frame (isolated world); needs the site's granted origin. */
  injectPicker(tabId: number): Promise<void>;
}

const PREFIX = 'ava-site-';
const idFor = (origin: string, part: 'tap' | 'content') => `${PREFIX}${part}-${origin.replace(/^https:\/\//, '')}`;

/** What to register and unregister so the registered scripts are exactly the granted added sites' (pure). */
export function planSites(
  sites: Readonly<Record<string, AddedSite>>,
  granted: ReadonlySet<string>,
  registered: readonly string[],
  files: { tap: string; content: string },
) {
  const want: SiteScript[] = Object.keys(sites)
    .filter((o) => granted.has(o))
    .flatMap((origin): SiteScript[] => [
      // Same as the manifest's: the tap in the page's world before the app starts, then the isolated reader.
      {
        id: idFor(origin, 'tap'),
        matches: [originPattern(origin)],
        js: [files.tap],
        runAt: 'document_start',
        world: 'MAIN',
        persistAcrossSessions: true,
      },
      {
        id: idFor(origin, 'content'),
        matches: [originPattern(origin)],
        js: [files.content],
        runAt: 'document_start',
        persistAcrossSessions: true,
      },
    ]);
  const wanted = new Set(want.map((s) => s.id));
  return {
    register: want.filter((s) => !registered.includes(s.id)),
    unregister: registered.filter((id) => id.startsWith(PREFIX) && !wanted.has(id)),
  };
}

let syncing: Promise<void> = Promise.resolve();

/**
 * Make Chrome's registrations match storage and permissions: at every worker start, and after any change. One at a
 * time: two overlapping runs would both register the same id, and Chrome refuses a duplicate.
 */
export function syncSites(local: Store, edge: SitesEdge): Promise<void> {
  syncing = syncing.catch(() => undefined).then(() => syncOnce(local, edge));
  return syncing;
}

async function syncOnce(local: Store, edge: SitesEdge): Promise<void> {
  const sites = await local.read(addedSitesItem);
  const [granted, registered] = await Promise.all([edge.granted(Object.keys(sites)), edge.registered()]);
  const plan = planSites(sites, granted, registered, edge.files());
  if (plan.unregister.length) await edge.unregister(plan.unregister);
  if (plan.register.length) await edge.register(plan.register);
}

export async function listSites(local: Store, edge: SitesEdge): Promise<SiteStatus[]> {
  const sites = await local.read(addedSitesItem);
  const granted = await edge.granted(Object.keys(sites));
  return Object.entries(sites)
    .map(([origin, s]) => ({ origin, ...s, granted: granted.has(origin) }))
    .sort((a, b) => a.addedAt - b.addedAt);
}

/** Keep the site (the permission is asked by the page that sent this, on the person's click). */
export async function addSite(local: Store, edge: SitesEdge, origin: string, provider: string, now: number): Promise<void> {
  if (!providerById(provider)) throw new Error(t('sites_err_provider'));
  // A registry host already has AVA's scripts from the manifest; registering them twice would run them twice.
  if (providerForUrl(`${origin}/`)) throw new Error(t('sites_err_known'));
  await local.update(addedSitesItem, (all) => {
    if (!all[origin] && Object.keys(all).length >= MAX_ADDED_SITES) throw new Error(t('sites_err_full', MAX_ADDED_SITES));
    return { ...all, [origin]: { provider, addedAt: all[origin]?.addedAt ?? now } };
  });
  await syncSites(local, edge);
}

/** Forget the site: its scripts are unregistered and Chrome's grant for that origin released. */
export async function removeSite(local: Store, edge: SitesEdge, origin: string): Promise<void> {
  await local.update(addedSitesItem, (all) => {
    delete all[origin];
    return all;
  });
  await syncSites(local, edge);
  await edge.release(origin);
}

/** The provider of the site the person added at this origin. */
export async function addedSiteProvider(local: Store, origin: string): Promise<string | undefined> {
  const sites = await local.readEntries(addedSitesItem, [origin]);
  return sites[origin]?.provider;
}

/** Chrome's side. The built file names come from the manifest itself, so a build's naming needs no copy here. */
export function chromeSites(): SitesEdge {
  return {
    registered: async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id).filter((id) => id.startsWith(PREFIX)),
    register: (scripts) => chrome.scripting.registerContentScripts(scripts.map((s) => ({ ...s, allFrames: false }))),
    unregister: (ids) => chrome.scripting.unregisterContentScripts({ ids }),
    granted: async (origins) => {
      const checks = await Promise.all(
        origins.map(async (o) => [o, await chrome.permissions.contains({ origins: [originPattern(o)] })] as const),
      );
      return new Set(checks.filter(([, ok]) => ok).map(([o]) => o));
    },
    release: async (origin) => {
      await chrome.permissions.remove({ origins: [originPattern(origin)] }).catch(() => false);
    },
    files: () => {
      const scripts = chrome.runtime.getManifest().content_scripts ?? [];
      const tap = scripts.find((s) => (s as { world?: string }).world === 'MAIN')?.js?.[0];
      const content = scripts.find((s) => s.js?.some((f) => /content\.iife/.test(f)))?.js?.[0];
      if (!tap || !content) throw new Error(t('sites_err_manifest'));
      return { tap, content };
    },
    injectPicker: async (tabId) => {
      await chrome.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [PICKER_CLASSIC_FILE] });
    },
  };
}
