/**
 * The popup's answers to the person's words in the person's language: with Chromium's UI in German, the question
 * asked when the words name no mode and the name of a hard failure found in them are German, not the classifier's
 * English (they once were, in every locale).
 */
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';

const de = JSON.parse(readFileSync('public/_locales/de/messages.json', 'utf8')) as Record<string, { message: string }>;
const SORA_LIBRARY = 'https://sora.chatgpt.com/library';
const SORA_FOX = 'gen_01jsq5a7c9e2g4j6k8m0p3r5t7';

test.use({ uiLanguage: 'de' });

test('follow-up question and hard-failure name come in the UI language', async ({ context, openPopupFor, storedGenerations }) => {
  const page = await context.newPage();
  await page.goto(SORA_LIBRARY);
  await expect.poll(async () => Object.keys(await storedGenerations()).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(8);
  const popup = await openPopupFor(page);
  await popup.locator(`[data-generation-id="${SORA_FOX}"]`).click();

  // Nothing pointed at: the general question; a face only judged: the question about body parts, both in German.
  await popup.getByTestId('description').fill('das Video ist seltsam');
  await expect(popup.getByTestId('follow-up')).toHaveText(de.follow_up_generic!.message);
  await popup.getByTestId('description').fill('das Gesicht sieht seltsam aus');
  await expect(popup.getByTestId('follow-up')).toHaveText(de.follow_up_anatomy!.message);

  await popup.getByTestId('description').fill('Die Generierung hängt seit einer Stunde bei 99 %');
  await expect(popup.getByTestId('follow-up')).toHaveCount(0);
  await expect(popup.getByTestId('hard-failure-words')).toContainText(de.hard_label_stuck!.message);
});
