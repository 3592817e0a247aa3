/**
 * Playwright fixtures for AVA: the demo server (once per worker, on a free port) and, per test, a fresh persistent
 * context of the system's Chromium with the built extension loaded and the providers' hostnames mapped to the server.
 * Set AVA_EXTENSION_DIR to test another build than dist/.
 */
import path from 'node:path';
import { test as base, chromium, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { hostResolverRules } from '../demo/hosts.ts';
import { type DemoServer, startDemoServer } from '../demo/server.ts';
import { assertBuilt, avaChromeArgs, findChrome } from '../scripts/chrome.ts';
import type { Generation } from '../src/shared/generation.ts';

export { expect };

const EXTENSION_DIR = path.resolve(process.env.AVA_EXTENSION_DIR ?? 'dist');

/** What the `generations` key in chrome.storage.local holds (storage contract v1). */
export interface StoredGenerations {
  v: 1;
  data: Record<string, { g: Generation; firstSeen: number; lastSeen: number }>;
}

interface TestFixtures {
  context: BrowserContext;
  /** The extension's service worker (its URL carries the extension id). */
  serviceWorker: Worker;
  extensionId: string;
  /** Opens the popup for `page`'s tab as a tab of its own (`?tab=<id>`), the way the e2e tests drive it. */
  openPopupFor: (page: Page) => Promise<Page>;
  /** The stored generations, read through the service worker; `{}` when nothing is stored yet. */
  storedGenerations: () => Promise<StoredGenerations['data']>;
}

interface WorkerFixtures {
  server: DemoServer;
}

interface Options {
  /** Chromium's UI language (`--lang`), which chrome.i18n follows: `test.use({ uiLanguage: 'de' })`. */
  uiLanguage: string | undefined;
}

/** The live service worker: MV3 may replace it, so ask the context each time rather than keeping one. */
export async function serviceWorkerOf(context: BrowserContext): Promise<Worker> {
  const live = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  return live ?? context.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith('chrome-extension://'), timeout: 15_000 });
}

/** The chrome.tabs id of a Playwright page: by its URL when the extension may see URLs, else by focusing it. */
async function tabIdOf(context: BrowserContext, page: Page): Promise<number> {
  const sw = await serviceWorkerOf(context);
  const url = page.url();
  const byUrl = await sw.evaluate((u) => chrome.tabs.query({}).then((tabs) => tabs.filter((t) => t.url === u).map((t) => t.id)), url);
  if (byUrl.length === 1 && typeof byUrl[0] === 'number') return byUrl[0];
  // Several tabs with this URL, or URLs hidden from the extension (no "tabs" permission): the focused tab is this one.
  await page.bringToFront();
  const active = await sw.evaluate(() =>
    chrome.tabs.query({ active: true, lastFocusedWindow: true }).then((tabs) => tabs.map((t) => t.id)),
  );
  if (active.length === 1 && typeof active[0] === 'number') return active[0];
  throw new Error(`Could not find the tab id of ${url} (by URL: ${byUrl.length} matches, active: ${active.length})`);
}

/** Stop AVA's worker the way Chrome does when it is idle, and wait until DevTools reports it stopped. */
export async function stopWorkers(context: BrowserContext, page: Page, extensionId: string): Promise<void> {
  const cdp = await context.newCDPSession(page);
  // Every running status each version of AVA's worker went through: a message that arrives right after the stop
  // (the offscreen document reporting progress, say) starts the worker again, which is what Chrome does too.
  const seen = new Map<string, Set<string>>();
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions)
      if (v.scriptURL.startsWith(`chrome-extension://${extensionId}/`))
        seen.set(v.versionId, (seen.get(v.versionId) ?? new Set()).add(v.runningStatus));
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await expect.poll(() => seen.size > 0 && [...seen.values()].every((s) => s.has('stopped')), { timeout: 10_000 }).toBe(true);
  await cdp.detach();
}

export const test = base.extend<TestFixtures & Options, WorkerFixtures>({
  uiLanguage: [undefined, { option: true }],

  server: [
    // Playwright requires the fixtures argument to be an object pattern, even when the fixture needs nothing.
    async ({}, use) => {
      const server = await startDemoServer({ port: 0 });
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],

  context: async ({ server, uiLanguage }, use) => {
    const chrome = findChrome();
    if (!chrome.ok) throw new Error(chrome.message);
    assertBuilt(EXTENSION_DIR);
    // '' = a fresh temporary profile that Playwright deletes afterwards.
    const context = await chromium.launchPersistentContext('', {
      executablePath: chrome.path,
      headless: true,
      // Playwright's defaults include --disable-extensions, which would unload AVA.
      ignoreDefaultArgs: ['--disable-extensions'],
      args: [
        ...avaChromeArgs({
          extensionDir: EXTENSION_DIR,
          // Hermetic: every hostname that is not a demo host fails to resolve, so no test reaches the internet.
          hostResolverRules: hostResolverRules(server.port, server.hosts, true),
        }),
        ...(uiLanguage ? [`--lang=${uiLanguage}`] : []),
      ],
    });
    await use(context);
    await context.close();
  },

  serviceWorker: async ({ context }, use) => {
    await use(await serviceWorkerOf(context));
  },

  extensionId: async ({ serviceWorker }, use) => {
    const id = new URL(serviceWorker.url()).host;
    if (!/^[a-p]{32}$/.test(id)) throw new Error(`Unexpected extension service worker URL: ${serviceWorker.url()}`);
    await use(id);
  },

  openPopupFor: async ({ context, extensionId }, use) => {
    await use(async (page) => {
      const tabId = await tabIdOf(context, page);
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html?tab=${tabId}`);
      return popup;
    });
  },

  storedGenerations: async ({ context }, use) => {
    await use(async () => {
      const sw = await serviceWorkerOf(context);
      // One item per provider (src/storage/generations.ts): every `generations:<provider>` item, merged.
      const all = await sw.evaluate(() => chrome.storage.local.get(null));
      const merged: StoredGenerations['data'] = {};
      for (const [k, v] of Object.entries(all))
        if (k.startsWith('generations:')) Object.assign(merged, (v as Partial<StoredGenerations>).data);
      return merged;
    });
  },
});

/**
 * Press "Analyse video" and, the first time a host is met, "Allow <host>": the demo media host is no provider's
 * media host, so AVA asks once (issue 17.3), exactly as the person would see it.
 */
export async function analyse(popup: Page): Promise<void> {
  await popup.getByTestId('analyse-button').click();
  const allow = popup.getByTestId('allow-media-host');
  if (
    await allow.waitFor({ state: 'visible', timeout: 3_000 }).then(
      () => true,
      () => false,
    )
  )
    await allow.click();
}
