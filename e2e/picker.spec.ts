/**
 * Issue 13.2 on the built extension: on a Pika page whose markup pika.ts does not know (demo redesign.html), the
 * person starts the element picker from the popup, Esc cancels it, a click picks a card and the keyboard picks
 * another. AVA reads each card's Video ID and failure text, keeps a picture of just that card (html2canvas), and the
 * claim's evidence zip holds it: the PNG decodes, has the card's size (plus the line saying an image from another
 * site was left out) and the card's colour.
 */
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from './fixtures.ts';
import { decodePngIn } from './png.ts';

const PAGE = 'https://create.pika.art/redesign';
const FOX = '9c1e4b7a-2d3f-4a5b-8c6d-7e8f9a0b1c2d';
const NEON = '0a9b8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d';
const CAPTION = 28;

test('picker: Esc cancels, a click and the keyboard pick cards AVA could not read; the zip holds the card picture', async ({
  context,
  openPopupFor,
  storedGenerations,
}) => {
  const page = await context.newPage();
  await page.goto(PAGE);
  const popup = await openPopupFor(page);
  const bar = page.locator('[data-ava-picker]');

  // Esc cancels: the outline and the hint go, nothing is stored.
  await popup.getByTestId('pick-button').click();
  await expect(popup.getByTestId('pick-status')).toContainText('Click the failed generation');
  await page.bringToFront();
  await expect(bar).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(bar).toHaveCount(0);
  expect(Object.keys(await storedGenerations()).filter((k) => k.startsWith('pika:'))).toEqual([]);

  // A click on the card's text picks the whole card.
  await popup.bringToFront();
  await popup.getByTestId('pick-button').click();
  await page.bringToFront();
  await page.getByTestId('tile-one').locator('p').click();
  await expect(bar).toContainText(FOX);
  await expect
    .poll(async () => (await storedGenerations())[`pika:${FOX}`]?.g, { timeout: 15_000 })
    .toMatchObject({
      id: FOX,
      status: 'failed',
      source: 'picker',
      message: 'Generation failed. Your credits were not used.',
    });

  // The keyboard: Tab moves to the first card, again to the second, Enter picks it; its words say it was blocked.
  await popup.bringToFront();
  await popup.getByTestId('pick-button').click();
  await page.bringToFront();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect
    .poll(async () => (await storedGenerations())[`pika:${NEON}`]?.g, { timeout: 15_000 })
    .toMatchObject({
      id: NEON,
      status: 'blocked',
      failureKind: 'moderation',
      source: 'picker',
    });

  // The popup lists both; the fox's card picture is its evidence, named in the draft and in the zip.
  await popup.reload();
  await popup.locator(`[data-generation-id="${FOX}"]`).click();
  // Evidence is one line of the popup that opens it.
  await popup.getByTestId('line-evidence').locator('summary').click();
  await expect(popup.getByTestId('evidence')).toContainText("The generation's card");
  await expect(popup.getByTestId('evidence')).toContainText('left out of the picture');
  await popup.getByTestId('draft-button').click();
  await expect(popup.getByTestId('draft-body')).toHaveValue(new RegExp(FOX));
  await expect(popup.getByTestId('draft-body')).toHaveValue(/Attached evidence: card-1\.png, case\.json\./);
  await popup.getByTestId('line-bundle').locator('summary').click();
  const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByTestId('bundle-save').click()]);
  const zip = unzipSync(new Uint8Array(await readFile((await download.path())!)));
  expect(Object.keys(zip)).toEqual(['card-1.png', 'case.json', 'draft.txt']);

  const box = (await page.getByTestId('tile-one').boundingBox())!;
  const png = zip['card-1.png']!;
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const inside = await decodePngIn(popup, png, 8, 8);
  // Headless Chromium draws at a device pixel ratio of 1: the picture is the card, plus the caption line.
  expect(inside.width).toBe(Math.round(box.width));
  expect(inside.height).toBe(Math.round(box.height) + CAPTION);
  // The card's own colour (#1e6b52), not the page's grey around it.
  for (const [c, want] of inside.rgb.map((v, i) => [v, [0x1e, 0x6b, 0x52][i]!] as const)) expect(Math.abs(c - want)).toBeLessThanOrEqual(3);
  const caption = await decodePngIn(popup, png, 4, inside.height - 4);
  for (const [c, want] of caption.rgb.map((v, i) => [v, [0xff, 0xf7, 0xd6][i]!] as const))
    expect(Math.abs(c - want)).toBeLessThanOrEqual(3);

  const kase = JSON.parse(strFromU8(zip['case.json']!)) as {
    generations: { id: string; source?: string }[];
    files: { name: string; kind: string }[];
  };
  expect(kase.generations).toEqual([expect.objectContaining({ id: FOX, source: 'picker' })]);
  expect(kase.files.map((f) => [f.name, f.kind])).toEqual([
    ['card-1.png', 'card'],
    ['case.json', 'case'],
    ['draft.txt', 'draft'],
  ]);
});
