/**
 * `node --import tsx scripts/screenshots.ts`: the README's popup screenshots, taken from the built extension at the
 * popup's real size (its own 420 px width, 600 px high: the most Chrome gives a popup) on the Runway demo page.
 * docs/popup.png is the first view (the most recent failure preselected, "Draft refund email" in view);
 * docs/popup-draft.png is the draft view.
 */
import { withBrowsers } from './bench-page.ts';

const RUNWAY =
  'https://app.runwayml.com/video-tools/teams/demo/ai-tools/generate' + '?mode=tools&sessionId=6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f';

await withBrowsers({}, async ({ ava, extensionId }) => {
  const options = await ava.newPage();
  await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  await options.locator('#profile-runway-email').fill('ana@example.com');
  await options.getByTestId('save-profile').click();
  await options.getByRole('status').waitFor();
  await options.close();

  const tab = await ava.newPage();
  await tab.goto(RUNWAY);
  await tab.waitForTimeout(3000);
  await tab.bringToFront();
  const sw = ava.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'))!;
  const [tabId] = await sw.evaluate(() =>
    chrome.tabs.query({ active: true, lastFocusedWindow: true }).then((tabs) => tabs.map((t) => t.id)),
  );
  const popup = await ava.newPage();
  await popup.setViewportSize({ width: 420, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html?tab=${tabId}`);
  await popup.getByTestId('draft-button').waitFor();
  await popup.waitForTimeout(500);
  await popup.screenshot({ path: 'docs/popup.png' });
  await popup.getByTestId('draft-button').click();
  await popup.getByTestId('draft-body').waitFor();
  await popup.screenshot({ path: 'docs/popup-draft.png' });
});
