/**
 * AVA's text at the size its stylesheet sets (13 px on the root), on the built extension. Chrome injects
 * "body { font-size: 75% }" with its own font into every extension page; a QA pass found all of AVA's text at
 * 9.75 px because the body never took the root's font back.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

async function sizes(page: Page) {
  return page.evaluate(() => ({
    root: getComputedStyle(document.documentElement).fontSize,
    body: getComputedStyle(document.body).fontSize,
    family: getComputedStyle(document.body).fontFamily === getComputedStyle(document.documentElement).fontFamily,
  }));
}

test('popup and dashboard: the body text is the root size and font, not Chrome’s injected 75%', async ({
  context,
  extensionId,
  openPopupFor,
}) => {
  const page = await context.newPage();
  await page.goto('https://ava.demo/');
  const popup = await openPopupFor(page);
  await expect(popup.getByTestId('manual-claim')).toBeVisible();
  expect(await sizes(popup)).toEqual({ root: '13px', body: '13px', family: true });
  expect(await popup.getByTestId('manual-id').evaluate((e) => getComputedStyle(e).fontSize)).toBe('13px');

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  await expect(options.getByTestId('save-profile')).toBeVisible();
  expect(await sizes(options)).toEqual({ root: '13px', body: '13px', family: true });
});
