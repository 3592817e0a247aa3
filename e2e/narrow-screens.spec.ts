/**
 * What a person sees on the built extension's pages in a narrow window (the popup's own 420 px, and 320 px, about the
 * narrowest a browser window gets): the dashboard never scrolls sideways and its account fields keep room to type;
 * a form field's name sits above its control; the "Claim a generation AVA did not see" line looks like something to
 * open. All from layout and computed style, found in a QA pass of the screens.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { dashboardWith, sentClaim } from './seeded-claims.ts';

/** The control sits under its name (not glued beside it) and uses the same font size as a text input nearby. */
async function expectStacked(label: Locator, control: Locator, input: Locator, what: string) {
  const name = await label.locator('span').first().boundingBox();
  const box = await control.boundingBox();
  expect(name && box, what).toBeTruthy();
  expect(box!.y, `${what}: control below its name`).toBeGreaterThanOrEqual(name!.y + name!.height - 1);
  const size = (l: Locator) => l.evaluate((e) => getComputedStyle(e).fontSize);
  expect(await size(control), `${what}: same font size as the text field`).toBe(await size(input));
}

async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

for (const width of [420, 320]) {
  test(`dashboard at ${width} px: no sideways scrolling, room to type an email, the site form stacked`, async ({
    context,
    extensionId,
  }) => {
    const options = await context.newPage();
    await options.setViewportSize({ width, height: 600 });
    await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
    await expect(options.getByTestId('provider-sora')).toBeVisible();
    expect(await sidewaysOverflow(options), 'page wider than the window').toBeLessThanOrEqual(0);
    const email = await options.locator('#profile-runway-email').boundingBox();
    expect(email!.width, 'account email field width').toBeGreaterThanOrEqual(80);
    expect(email!.x + email!.width).toBeLessThanOrEqual(width);
    const sites = options.getByTestId('sites');
    await expectStacked(sites.locator('label').first(), sites.getByTestId('site-provider'), sites.getByTestId('site-address'), 'sites');
  });
}

test('popup on a tab that is no provider page: the manual claim form is laid out like a form', async ({ context, openPopupFor }) => {
  const page = await context.newPage();
  await page.goto('https://ava.demo/');
  const popup = await openPopupFor(page);
  await popup.setViewportSize({ width: 420, height: 600 });
  const form = popup.getByTestId('manual-claim');
  await expect(form).toBeVisible();
  await expectStacked(form.locator('label').first(), form.getByTestId('manual-provider'), form.getByTestId('manual-id'), 'manual claim');
  // A summary drawn as a list item keeps its disclosure triangle: without it the line reads as a plain sentence.
  const summary = popup.getByTestId('manual-open');
  expect(await summary.evaluate((e) => getComputedStyle(e).display)).toBe('list-item');
  const box = await summary.boundingBox();
  expect(box!.height, 'target size').toBeGreaterThanOrEqual(24);
});

test('dashboard at 360 px: a claim and a provider are cards, the state and the follow-up button in sight', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  // A claim sent a month ago and never answered: its row has a state to change and a follow-up button.
  const monthAgo = Date.now() - 30 * 86_400_000;
  const draft = { to: 'support@runwayml.com', subject: 'Credit refund request — failed generation', body: 'Hello Runway Support,' };
  const claim = sentClaim('claim-narrow', monthAgo, { channel: 'gmail', draft });
  const options = await dashboardWith(context, extensionId, serviceWorker, [claim]);
  await options.setViewportSize({ width: 360, height: 740 });
  const row = options.locator('[data-claim-id="claim-narrow"]');
  // In a five-column table the state select and the follow-up button sat past the table's right edge, reachable
  // only by scrolling the table sideways.
  const edge = await options.getByTestId('claims').boundingBox();
  for (const control of [row.locator('select'), row.getByTestId('follow-up-button')]) {
    const box = await control.boundingBox();
    expect(box!.x + box!.width, 'control inside the claims section').toBeLessThanOrEqual(edge!.x + edge!.width);
  }
  // Each cell says what it is: the column headings are out of sight in a card.
  expect(
    await row
      .locator('td')
      .nth(3)
      .evaluate((e) => getComputedStyle(e, '::before').content),
  ).toBe('"State"');
  // The refund policy had about 60 px, one word per line: a card gives it the section's width.
  const policy = await options.getByTestId('provider-sora').locator('td').nth(2).boundingBox();
  expect(policy!.width, 'policy text width').toBeGreaterThanOrEqual(250);
  expect(await sidewaysOverflow(options), 'page wider than the window').toBeLessThanOrEqual(0);
});
