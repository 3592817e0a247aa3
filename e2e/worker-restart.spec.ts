/**
 * MV3 stops an idle service worker whenever it likes. AVA keeps everything in storage, so stopping the worker
 * (through the DevTools protocol, as Chrome itself would) between any two steps of the flow must lose nothing.
 */
import { expect, stopWorkers, test } from './fixtures.ts';

const SORA_LIBRARY = 'https://sora.chatgpt.com/library';
const SORA_FOX = 'gen_01jsq5a7c9e2g4j6k8m0p3r5t7';

test('stopping the service worker at each step loses no generation, case or claim', async ({ context, extensionId, openPopupFor, storedGenerations }) => {
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
});
