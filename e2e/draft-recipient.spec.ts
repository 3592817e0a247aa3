/**
 * The draft's "To" field on the built extension, where the provider documents no address: its hint says where to
 * paste the draft only when there is such a place. Found in a QA pass: Hailuo's draft said "paste into the provider's
 * help center" right under a note that Hailuo documents no support address or help center. Each locale's hint fits the
 * field at the popup's 420 px (the German one first ran past it).
 */
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';

const LOCALES = ['en', 'es', 'de', 'fr', 'pt_BR', 'ja'];
const hints = (key: string) =>
  LOCALES.map((l) => JSON.parse(readFileSync(`public/_locales/${l}/messages.json`, 'utf8'))[key].message as string);

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

test('every locale’s To hint fits the To field of the draft at 420 px', async ({ context, openPopupFor, storedGenerations }) => {
  const page = await context.newPage();
  await page.goto('https://hailuoai.video/create');
  await expect.poll(async () => Object.keys(await storedGenerations()).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(3);
  const popup = await openPopupFor(page);
  await popup.setViewportSize({ width: 420, height: 600 });
  await popup.getByTestId('draft-button').click();
  const texts = [...hints('draft_to_placeholder_none'), ...hints('draft_to_placeholder')];
  // The text's width in the field's own font, against the room inside the field's padding.
  const { room, widths } = await popup.getByTestId('draft-to').evaluate((el, list) => {
    const cs = getComputedStyle(el);
    const ctx = document.createElement('canvas').getContext('2d')!;
    ctx.font = `${cs.fontSize} ${cs.fontFamily}`;
    const room = el.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
    return { room, widths: list.map((s) => [s, ctx.measureText(s).width] as const) };
  }, texts);
  for (const [text, width] of widths) expect(width, text).toBeLessThanOrEqual(room);
});
