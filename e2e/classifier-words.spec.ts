/**
 * Issue 16.1 on the built extension: words that describe a hard failure get the hard-failure pointer in the popup,
 * not a question about faces; a quality complaint still gets its suggestion.
 */
import { expect, test } from './fixtures.ts';

const SORA_LIBRARY = 'https://sora.chatgpt.com/library';
const SORA_FOX = 'gen_01jsq5a7c9e2g4j6k8m0p3r5t7';

test('hard-failure words point at the hard-failure request, no follow-up', async ({ context, openPopupFor, storedGenerations }) => {
  const page = await context.newPage();
  await page.goto(SORA_LIBRARY);
  await expect.poll(async () => Object.keys(await storedGenerations()).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(8);
  const popup = await openPopupFor(page);
  await popup.locator(`[data-generation-id="${SORA_FOX}"]`).click();

  await popup.getByTestId('description').fill('it got stuck at 99% and the credits were deducted');
  await expect(popup.getByTestId('hard-failure-words')).toContainText('credits were charged but no video was delivered');
  await expect(popup.getByTestId('follow-up')).toHaveCount(0);
  await expect(popup.getByTestId('suggestion')).toHaveCount(0);

  await popup.getByTestId('description').fill('the sign says "Bakery" but the video spells it "Bakrey"');
  await expect(popup.getByTestId('hard-failure-words')).toHaveCount(0);
  await expect(popup.getByTestId('suggestion').filter({ hasText: 'Text Rendering Failure' })).toHaveCount(1);
});
