/**
 * MV3 stops an idle service worker whenever it likes. AVA keeps everything in storage, so stopping the worker
 * (through the DevTools protocol, as Chrome itself would) between any two steps of the flow must lose nothing.
 */
import type { Page } from '@playwright/test';
import { analyse, expect, stopWorkers, test } from './fixtures.ts';

const SORA_LIBRARY = 'https://sora.chatgpt.com/library';
const SORA_FOX = 'gen_01jsq5a7c9e2g4j6k8m0p3r5t7';
/** A draft on the Sora profile demo whose flickering video (clips/flicker.mp4) downloads only half until released. */
const GATED = 'Two squares slide across a patterned wall while the studio lights pulse';

type StoredCase = { modes: string[]; description: string; marks?: unknown[] };

/** Wait until the worker has stored a case that passes `done`: the popup's edits are optimistic. */
async function storedCase(page: Page, done: (c: StoredCase) => boolean): Promise<void> {
  await expect
    .poll(async () => {
      const cases = await page.evaluate(
        async () => ((await chrome.storage.local.get('cases')).cases as { data?: Record<string, StoredCase> })?.data ?? {},
      );
      return Object.values(cases).some(done);
    })
    .toBe(true);
}

test('stopping the service worker at each step loses no generation, case or claim', async ({
  context,
  extensionId,
  openPopupFor,
  storedGenerations,
}) => {
  const page = await context.newPage();
  await page.goto(SORA_LIBRARY);
  await expect.poll(async () => Object.keys(await storedGenerations()).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(8);

  // The popup URL carries the tab id; after a stop, only the extension's own pages talk to (and so wake) the worker.
  const first = await openPopupFor(page);
  const popupUrl = first.url();
  await first.close();
  await stopWorkers(context, page, extensionId);
  let popup = await context.newPage();
  await popup.goto(popupUrl);
  await expect(popup.getByTestId('generation')).toHaveCount(7);
  await popup.locator(`[data-generation-id="${SORA_FOX}"]`).click();
  await popup.getByTestId('description').fill('the sign is gibberish');
  await popup.getByRole('checkbox', { name: /Text or signs are garbled/ }).check();
  // Chrome stops an idle worker, never one in the middle of a message: let the worker store both edits first.
  await storedCase(popup, (c) => c.modes.includes('text') && c.description === 'the sign is gibberish');

  await stopWorkers(context, popup, extensionId);
  await popup.close();
  popup = await context.newPage();
  await popup.goto(popupUrl);
  await popup.locator(`[data-generation-id="${SORA_FOX}"]`).click();
  await expect(popup.getByTestId('description')).toHaveValue('the sign is gibberish');
  await expect(popup.getByRole('checkbox', { name: /Text or signs are garbled/ })).toBeChecked();
  await popup.getByTestId('draft-button').click();
  await expect(popup.getByTestId('draft-body')).toHaveValue(/Text Rendering Failure/);
  await popup.getByTestId('copy').click();
  await expect(popup.getByTestId('claim-recorded')).toContainText('Saved to your claims');

  await stopWorkers(context, popup, extensionId);
  const dash = await context.newPage();
  await dash.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  await expect(dash.getByTestId('claim')).toContainText(SORA_FOX);
  await expect(dash.getByTestId('claim').getByRole('combobox')).toHaveValue('sent');
  // The claim keeps the draft as it was sent.
  const claims = await dash.evaluate(
    async () => (await chrome.storage.local.get('claims')).claims as { data: Record<string, { draft: { body: string } }> },
  );
  const [claim] = Object.values(claims.data);
  expect(claim?.draft.body).toMatch(/Text Rendering Failure/);
  expect(claim?.draft.body).toMatch(/the sign is gibberish/);
});

test('stopping the service worker during a frame analysis loses neither the result, its evidence frames nor the marks', async ({
  context,
  extensionId,
  openPopupFor,
  storedGenerations,
}) => {
  const page = await context.newPage();
  await page.goto('https://sora.chatgpt.com/profile');
  await expect.poll(async () => Object.keys(await storedGenerations()).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(8);
  const first = await openPopupFor(page);
  const popupUrl = first.url();
  const open = async () => {
    const p = await context.newPage();
    await p.goto(popupUrl);
    await p.getByTestId('generation').filter({ hasText: GATED }).click();
    // Frame analysis is one line in the popup that opens it.
    await p.getByTestId('line-analysis').locator('summary').click();
    return p;
  };
  await first.close();
  let popup = await open();
  // The job runs in the offscreen document. Its download stops half way (the demo's gated clip) until released, so
  // the worker that started the job is surely stopped while it runs; the result message then wakes a new worker.
  await analyse(popup);
  await expect(popup.getByTestId('analysis-progress')).toContainText(/Checking frames… \d+%/, { timeout: 30_000 });
  await stopWorkers(context, popup, extensionId);
  await page.evaluate(() => fetch('https://media.ava.demo/release/clips/flicker.mp4').then((r) => r.text()));
  await expect(popup.getByTestId('analysis-finding')).toHaveCount(1, { timeout: 60_000 });

  await stopWorkers(context, popup, extensionId);
  await popup.close();
  popup = await open();
  await expect(popup.getByTestId('analysis-finding')).toHaveAttribute('data-mode', 'color');
  const strip = popup.getByTestId('frame-strip');
  await expect(strip.locator('img').first()).toHaveAttribute('src', /^data:image\/jpeg;base64,/);
  await strip.getByTestId('mark-frame').first().check();
  await expect(popup.getByTestId('analysis')).toContainText('1 marked frame');
  // The popup shows the mark at once; the worker stores it a moment later. Stop it only once it is idle again.
  await storedCase(popup, (c) => (c.marks ?? []).length === 1);

  await stopWorkers(context, popup, extensionId);
  await popup.close();
  popup = await open();
  await expect(popup.getByTestId('analysis')).toContainText('1 marked frame');
  await expect(popup.getByTestId('frame-strip').locator('img').first()).toHaveAttribute('src', /^data:image\/jpeg;base64,/);
  await popup.getByTestId('draft-button').click();
  await expect(popup.getByTestId('draft-body')).toHaveValue(/Temporal Color Coherence Failure, 00:0\d\.\d–00:0\d\.\d/);
  await expect(popup.getByTestId('draft-body')).toHaveValue(/It shows at 00:0\d\.\d\./);
});
