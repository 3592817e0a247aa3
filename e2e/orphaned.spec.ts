/**
 * An extension update or reload orphans the content scripts already running in open tabs ("Extension context
 * invalidated"), and Chrome does not inject the new ones until the tab is reloaded. The old scripts must stop
 * cleanly, and the popup must tell the person to reload the tab, then list its generations once they did.
 */
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, serviceWorkerOf, test } from './fixtures.ts';

const SORA_LIBRARY = 'https://sora.chatgpt.com/library';
const TAP_SOURCE = 'ava-tap-v1';

/**
 * chrome.runtime.reload() re-reads the unpacked build from disk, as an update would. Outside developer mode Chrome
 * disables a reloaded command-line extension ("unsupported developer extension"), so turn developer mode on first.
 */
async function reloadExtension(context: BrowserContext, extensionId: string): Promise<void> {
  const settings = await context.newPage();
  await settings.goto('chrome://extensions');
  await settings.evaluate(() =>
    (
      chrome as unknown as { developerPrivate: { updateProfileConfiguration(c: object): Promise<void> } }
    ).developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }),
  );
  const old = await serviceWorkerOf(context);
  // The worker dies while answering, so the evaluation itself may fail; what counts is that a new worker starts.
  await old.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
  await expect
    .poll(() => context.serviceWorkers().filter((w) => w !== old && w.url().startsWith(`chrome-extension://${extensionId}/`)).length, {
      timeout: 15_000,
    })
    .toBeGreaterThan(0);
  await settings.close();
}

/**
 * Fetches Sora's pending list from the page and reports whether AVA's page-world tap posted the response. The tap
 * reads its clone of the response as the page reads its own; a marker posted after the page's read orders the check,
 * so no wall-clock wait is involved (the same probe before the reload shows that the tap's message does arrive).
 */
async function tapForwardsAFetch(page: Page): Promise<boolean> {
  return page.evaluate(async (source) => {
    const seen: string[] = [];
    const onMsg = (e: MessageEvent) => {
      const d = e.data as { source?: string; kind?: string; marker?: boolean } | null;
      if (d?.source === source && d.kind === 'response') seen.push('response');
      if (d?.marker) seen.push('marker');
    };
    window.addEventListener('message', onMsg);
    const res = await fetch('/backend/nf/pending/v2');
    await res.text();
    await new Promise<void>((resolve) => {
      const done = (e: MessageEvent) => {
        if ((e.data as { marker?: boolean } | null)?.marker) window.removeEventListener('message', done), resolve();
      };
      window.addEventListener('message', done);
      // Two hops through the message queue: the tap's post, if any, is queued before the marker.
      setTimeout(() => window.postMessage({ marker: true }, location.origin), 0);
    });
    window.removeEventListener('message', onMsg);
    return seen.indexOf('response') !== -1 && seen.indexOf('response') < seen.indexOf('marker');
  }, TAP_SOURCE);
}

test('after an extension reload the old content script stops quietly and the popup asks for a tab reload', async ({
  context,
  extensionId,
  openPopupFor,
  storedGenerations,
}) => {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    // The demo pages have no favicon; every other console error on the page is AVA's doing.
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(`console: ${m.text()}`);
  });
  await page.goto(SORA_LIBRARY);
  await expect.poll(async () => Object.keys(await storedGenerations()).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(8);
  const popupUrl = await openPopupFor(page).then(async (p) => (await p.close(), p.url()));
  expect(await tapForwardsAFetch(page)).toBe(true);

  // Listen for the orphan's 'bye' before the reload: the old script may notice at its next timer, before any mutation.
  await page.evaluate((source) => {
    const w = window as unknown as { avaBye?: boolean };
    w.avaBye = false;
    window.addEventListener('message', (e) => {
      const d = e.data as { source?: string; kind?: string } | null;
      if (d?.source === source && d.kind === 'bye') w.avaBye = true;
    });
  }, TAP_SOURCE);

  await reloadExtension(context, extensionId);

  // The page keeps running: mutations and API responses reach the orphaned scripts, which must stop, not throw.
  await page.evaluate(() =>
    document.body.append(Object.assign(document.createElement('div'), { textContent: 'a change after the update' })),
  );
  await expect.poll(() => page.evaluate(() => (window as unknown as { avaBye?: boolean }).avaBye), { timeout: 15_000 }).toBe(true);
  expect(await tapForwardsAFetch(page)).toBe(false);

  const popup = await context.newPage();
  await popup.goto(popupUrl);
  const notice = popup.getByTestId('reload-notice');
  await expect(notice).toContainText('Reload this tab so AVA can see it');
  await expect(popup.getByTestId('generation')).toHaveCount(0);
  const axe = await new AxeBuilder({ page: popup }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  await popup.getByTestId('reload-tab').click();
  await expect(popup.getByTestId('generation')).toHaveCount(7, { timeout: 20_000 });
  await expect(notice).toHaveCount(0);
  expect(problems).toEqual([]);
});

test("the content script answers the popup's ping, and the popup shows no reload notice there", async ({
  context,
  openPopupFor,
  storedGenerations,
}) => {
  const page = await context.newPage();
  await page.goto(SORA_LIBRARY);
  await expect.poll(async () => Object.keys(await storedGenerations()).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(8);
  const popup = await openPopupFor(page);
  const tabId = Number(new URL(popup.url()).searchParams.get('tab'));
  const ask = (msg: unknown) =>
    popup.evaluate(
      ([id, m]) =>
        chrome.tabs.sendMessage(id, m, { frameId: 0 }).then(
          (r: unknown) => r ?? 'no answer',
          (e: unknown) => `error: ${String(e)}`,
        ),
      [tabId, msg] as const,
    );
  expect(await ask({ type: 'ui/ping' })).toEqual({ type: 'content/pong', provider: 'sora' });
  expect(await ask({ type: 'ui/something-else' })).not.toEqual(expect.objectContaining({ type: 'content/pong' }));
  // The popup pinged on opening, before the pings above, so its answer has arrived: the notice must not be there.
  await expect(popup.getByTestId('generation')).toHaveCount(7);
  await expect(popup.getByTestId('reload-notice')).toHaveCount(0);
});
