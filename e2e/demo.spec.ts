/**
 * The e2e infrastructure itself: the providers' real hostnames reach the local demo server over HTTPS, the demo pages
 * render their fixtures as text, the extension loads, and the popup helper finds the right tab.
 */
import { DEMO_PAGES, START_URL } from '../demo/sites.ts';
import type { Page } from '@playwright/test';
import { expect, serviceWorkerOf, test } from './fixtures.ts';

test('the start page lists every demo page', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(START_URL);
  await expect(page.locator('#pages li')).toHaveCount(DEMO_PAGES.length);
  for (const p of DEMO_PAGES) await expect(page.locator(`#pages a[href="${p.url}"]`)).toHaveText(p.title);
});

test('the Sora demo is served at its real origin and renders page data as text only', async ({ context }) => {
  const page = await context.newPage();
  const calls: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/backend/')) calls.push(`${r.resourceType()} ${new URL(r.url()).pathname}`);
  });
  await page.goto('https://sora.chatgpt.com/library');
  expect(new URL(page.url()).origin).toBe('https://sora.chatgpt.com');
  await expect(page.locator('article[data-generation]')).toHaveCount(4);
  await expect(page.locator('article.sora_content_violation .reason')).toHaveText("This content may violate OpenAI's content policies.");
  // One endpoint through fetch, the other through XMLHttpRequest: the tap must see both.
  expect(calls).toEqual(expect.arrayContaining(['fetch /backend/nf/pending/v2', 'xhr /backend/project_y/profile/drafts/v2']));

  const probe = page.locator('article[data-generation="gen_01jsr2h4k6m9p1r3t5v7w0y2a4"] .prompt');
  await expect(probe).toHaveText('<img src=x onerror="window.__avaXss=1">');
  expect(await page.locator('article img').count()).toBe(0);
  expect(await page.evaluate(() => (window as Window & { __avaXss?: unknown }).__avaXss)).toBeUndefined();

  await page.locator('article[data-generation="gen_01jsr1g3j5l8n0q2s4u6v9x1z3"] a.thumb').click();
  await expect(page).toHaveURL('https://sora.chatgpt.com/d/gen_01jsr1g3j5l8n0q2s4u6v9x1z3');
  await expect(page.locator('main .reason')).toHaveText("This content may violate OpenAI's content policies.");
});

test('the Runway demo calls its API host cross-origin and shows every task state', async ({ context }) => {
  const page = await context.newPage();
  const api: string[] = [];
  page.on('response', (r) => {
    if (r.url().startsWith('https://api.runwayml.com/')) api.push(`${r.request().method()} ${r.status()}`);
  });
  await page.goto(DEMO_PAGES.find((p) => p.provider === 'runway')!.url);
  await expect(page.locator('[data-task-id]')).toHaveCount(5);
  await expect(page.locator('[data-task-id] .code')).toHaveCount(4);
  for (const s of ['SUCCEEDED', 'FAILED', 'RUNNING', 'THROTTLED']) await expect(page.locator(`.task.${s}`).first()).toBeVisible();
  await expect(page.locator('[data-task-id="a2b4c6d8-e0f1-4a3b-8c5d-7e9f0a1b2c32"] .code')).toContainText('SAFETY.INPUT.TEXT');
  expect(api.filter((a) => a === 'GET 200')).toHaveLength(5);
});

test('the hermetic resolver keeps tests off the internet', async ({ context }) => {
  const page = await context.newPage();
  const err = await page.goto('https://example.com/').then(
    () => 'loaded',
    (e: Error) => e.message,
  );
  expect(err).toContain('ERR_NAME_NOT_RESOLVED');
});

test('the extension loads and openPopupFor opens the popup for that tab', async ({ context, extensionId, openPopupFor }) => {
  expect(extensionId).toMatch(/^[a-p]{32}$/);
  const sora = await context.newPage();
  await sora.goto('https://sora.chatgpt.com/drafts');
  const runway = await context.newPage();
  await runway.goto(DEMO_PAGES.find((p) => p.provider === 'runway')!.url);

  const tabOf = async (page: Page): Promise<number> => {
    const popup = await openPopupFor(page);
    expect(popup.url()).toMatch(new RegExp(`^chrome-extension://${extensionId}/src/popup/index\\.html\\?tab=\\d+$`));
    const id = Number(new URL(popup.url()).searchParams.get('tab'));
    await popup.close();
    return id;
  };
  // AVA has no "tabs" permission, so tab URLs are hidden from it and the helper finds a tab by focusing its page:
  // two pages must give two ids, and asking again after focus moved must give the same id.
  const soraTab = await tabOf(sora);
  const runwayTab = await tabOf(runway);
  expect(runwayTab).not.toBe(soraTab);
  expect(await tabOf(sora)).toBe(soraTab);

  // Proof that the id is the Sora page's tab: navigating that tab (no permission needed) moves that very page.
  const sw = await serviceWorkerOf(context);
  await sw.evaluate((id) => chrome.tabs.update(id, { url: 'https://sora.chatgpt.com/library' }).then(() => undefined), soraTab);
  await expect(sora).toHaveURL('https://sora.chatgpt.com/library');
  expect(runway.url()).toContain('app.runwayml.com');
});
