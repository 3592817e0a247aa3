import { describe, expect, it } from 'vitest';
import {
  addSite,
  addedSiteProvider,
  listSites,
  planSites,
  removeSite,
  type SiteScript,
  type SitesEdge,
  syncSites,
} from '../../src/background/sites.ts';
import { type BackgroundDeps, contentHandlers } from '../../src/background/handlers.ts';
import { authoriseContent } from '../../src/background/senders.ts';
import { ContentToBackground } from '../../src/messages/contract.ts';
import { createRouter } from '../../src/messages/router.ts';
import { addedSitesItem, MAX_ADDED_SITES } from '../../src/storage/added-sites.ts';
import { Store } from '../../src/storage/store.ts';
import { MemoryArea } from '../helpers/memory-area.ts';

const FILES = { tap: 'src/content/page-tap.iife.js', content: 'src/content/content.iife.js' };

/** Chrome's side in memory: registrations by id, grants by origin; refuses a duplicate id like Chrome does. */
function fakeChrome(granted: string[] = []) {
  const scripts = new Map<string, SiteScript>();
  const grants = new Set(granted);
  const injected: number[] = [];
  const edge: SitesEdge = {
    registered: async () => [...scripts.keys()],
    register: async (list) => {
      for (const s of list) {
        if (scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        scripts.set(s.id, s);
      }
    },
    unregister: async (ids) => ids.forEach((id) => scripts.delete(id)),
    granted: async (origins) => new Set(origins.filter((o) => grants.has(o))),
    release: async (o) => void grants.delete(o),
    files: () => FILES,
    injectPicker: async (tabId) => void injected.push(tabId),
  };
  return { edge, scripts, grants, injected };
}

describe('added sites', () => {
  it('registers the tap (page world) and the reader on a granted site only, kept across sessions', () => {
    const sites = {
      'https://next.example.com': { provider: 'pika', addedAt: 1 },
      'https://other.example.com': { provider: 'luma', addedAt: 2 },
    };
    const plan = planSites(sites, new Set(['https://next.example.com']), ['ava-site-tap-gone.example.com', 'someone-else'], FILES);
    expect(plan.register).toEqual([
      {
        id: 'ava-site-tap-next.example.com',
        matches: ['https://next.example.com/*'],
        js: [FILES.tap],
        runAt: 'document_start',
        world: 'MAIN',
        persistAcrossSessions: true,
      },
      {
        id: 'ava-site-content-next.example.com',
        matches: ['https://next.example.com/*'],
        js: [FILES.content],
        runAt: 'document_start',
        persistAcrossSessions: true,
      },
    ]);
    // A site no longer stored goes; ids that are not AVA's added-site scripts are left alone.
    expect(plan.unregister).toEqual(['ava-site-tap-gone.example.com']);
  });

  it('add, grant, re-check at start (twice at once), list, remove: Chrome ends where storage and grants say', async () => {
    const local = new Store(new MemoryArea());
    const c = fakeChrome();
    await addSite(local, c.edge, 'https://next.pika.art', 'pika', 10);
    expect(c.scripts.size).toBe(0); // not granted yet
    expect(await listSites(local, c.edge)).toEqual([{ origin: 'https://next.pika.art', provider: 'pika', addedAt: 10, granted: false }]);
    c.grants.add('https://next.pika.art');
    // The worker's start and a permission event may run together: one registration, no duplicate error.
    await Promise.all([syncSites(local, c.edge), syncSites(local, c.edge)]);
    expect([...c.scripts.keys()].sort()).toEqual(['ava-site-content-next.pika.art', 'ava-site-tap-next.pika.art']);
    expect(await addedSiteProvider(local, 'https://next.pika.art')).toBe('pika');
    await removeSite(local, c.edge, 'https://next.pika.art');
    expect(c.scripts.size).toBe(0);
    expect(c.grants.has('https://next.pika.art')).toBe(false);
    expect(await local.read(addedSitesItem)).toEqual({});
  });

  it('refuses unknown providers, the registry’s own hosts and more than the bound', async () => {
    const local = new Store(new MemoryArea());
    const { edge } = fakeChrome();
    await expect(addSite(local, edge, 'https://x.example.com', 'nope', 1)).rejects.toThrow();
    await expect(addSite(local, edge, 'https://pika.art', 'pika', 1)).rejects.toThrow();
    for (let i = 0; i < MAX_ADDED_SITES; i++) await addSite(local, edge, `https://s${i}.example.com`, 'pika', i);
    await expect(addSite(local, edge, 'https://one-more.example.com', 'pika', 99)).rejects.toThrow();
    expect(Object.keys(await local.read(addedSitesItem))).toHaveLength(MAX_ADDED_SITES);
  });

  it('a content script on an added site may report for that site’s provider only', async () => {
    const local = new Store(new MemoryArea());
    await addSite(local, fakeChrome().edge, 'https://next.pika.art', 'pika', 1);
    const authorise = authoriseContent('me', (o) => addedSiteProvider(local, o));
    const s = (url: string) => ({ id: 'me', frameId: 0, url, tab: { id: 3, url } });
    expect(await authorise(s('https://next.pika.art/library'), { type: 'content/site-provider' })).toEqual({
      tabId: 3,
      pageUrl: 'https://next.pika.art/library',
      provider: 'pika',
    });
    expect(
      await authorise(s('https://next.pika.art/library'), { type: 'content/generations', provider: 'luma' } as { type: string }),
    ).toMatch(/page is pika/);
    expect(await authorise(s('https://unknown.example.com/'), { type: 'content/site-provider' })).toBe('not a provider page');
  });

  it('Pick on an added site: the worker injects the picker into that tab only; any other page is refused first', async () => {
    const local = new Store(new MemoryArea());
    const chromeSide = fakeChrome(['https://next.pika.art']);
    await addSite(local, chromeSide.edge, 'https://next.pika.art', 'pika', 1);
    const deps: BackgroundDeps = {
      local,
      session: new Store(new MemoryArea()),
      now: () => 1,
      setBadge: async () => {},
      captureTab: async () => '',
      sites: chromeSide.edge,
    };
    const route = createRouter({
      name: 't',
      schema: ContentToBackground,
      handlers: contentHandlers(deps),
      authorise: authoriseContent('me', (o) => addedSiteProvider(local, o)),
      log: () => {},
    });
    const from = (url: string, tab: number) => ({ id: 'me', frameId: 0, url, tab: { id: tab, url } });
    expect(await route({ type: 'content/load-picker' }, from('https://next.pika.art/redesign', 6))).toEqual({ ok: true, data: {} });
    const refused = await route({ type: 'content/load-picker' }, from('https://unknown.example.com/', 7));
    expect(refused).toMatchObject({ ok: false });
    expect(chromeSide.injected).toEqual([6]);
  });
});
