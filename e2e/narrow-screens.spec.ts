/**
 * What a person sees on the built extension's pages in a narrow window (the popup's own 420 px, and 320 px, about the
 * narrowest a browser window gets): the dashboard never scrolls sideways and its account fields keep room to type.
 * From layout, found in a QA pass of the screens.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

for (const width of [420, 320]) {
  test(`dashboard at ${width} px: no sideways scrolling and room to type an email`, async ({ context, extensionId }) => {
    const options = await context.newPage();
    await options.setViewportSize({ width, height: 600 });
    await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
    await expect(options.getByTestId('provider-sora')).toBeVisible();
    expect(await sidewaysOverflow(options), 'page wider than the window').toBeLessThanOrEqual(0);
    const email = await options.locator('#profile-runway-email').boundingBox();
    expect(email!.width, 'account email field width').toBeGreaterThanOrEqual(80);
    expect(email!.x + email!.width).toBeLessThanOrEqual(width);
  });
}
