/**
 * The draft's "To" field on the built extension, where the provider documents no address: its hint says where to
 * paste the draft only when there is such a place. Found in a QA pass: Hailuo's draft said "paste into the provider's
 * help center" right under a note that Hailuo documents no support address or help center.
 */
import { expect, test } from './fixtures.ts';

for (const [name, url, hint] of [
  ['Hailuo (no address, no help center)', 'https://hailuoai.video/create', '(no address documented; type one if you have it)'],
  ['Sora (a help center, no address)', 'https://sora.chatgpt.com/library', '(paste into the provider’s help center)'],
] as const) {
  test(`${name}: the To field's hint`, async ({ context, openPopupFor, storedGenerations }) => {
    const page = await context.newPage();
    await page.goto(url);
    await expect.poll(async () => Object.keys(await storedGenerations()).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(3);
    const popup = await openPopupFor(page);
    await popup.getByTestId('draft-button').click();
    await expect(popup.getByTestId('channel-note')).toBeVisible();
    await expect(popup.getByTestId('draft-to')).toHaveValue('');
    await expect(popup.getByTestId('draft-to')).toHaveAttribute('placeholder', hint);
  });
}
