/**
 * The popup at Chrome's real popup size (its own 420 px width, 600 px high, the most Chrome gives a popup): on a
 * provider tab the most recent failed or blocked generation is preselected and "Draft refund email" is in view; the
 * draft opens as its own view with its body and a send button in view; Back returns to the list. All from bounding
 * boxes, with the page never scrolled.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const HEIGHT = 600;
const RUNWAY_SESSION =
  'https://app.runwayml.com/video-tools/teams/demo/ai-tools/generate' + '?mode=tools&sessionId=6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f';
const SORA_LIBRARY = 'https://sora.chatgpt.com/library';
// Hailuo documents no address and no help page: its draft carries the longest channel note above the fields.
const HAILUO_CREATE = 'https://hailuoai.video/create';

async function expectInView(popup: Page, el: Locator, what: string) {
  await expect(el, what).toBeVisible();
  const box = await el.boundingBox();
  const width = await popup.evaluate(() => document.documentElement.clientWidth);
  expect(box, what).not.toBeNull();
  expect(box!.y, `${what}: top`).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height, `${what}: bottom`).toBeLessThanOrEqual(HEIGHT);
  expect(box!.x + box!.width, `${what}: right`).toBeLessThanOrEqual(width);
  expect(await popup.evaluate(() => window.scrollY), `${what}: page not scrolled`).toBe(0);
}

type Drivers = Pick<Parameters<Parameters<typeof test>[2]>[0], 'context' | 'openPopupFor' | 'storedGenerations'>;

/** The popup over a demo page at its real size, once the page's generations are stored. */
async function popupOver({ context, openPopupFor, storedGenerations }: Drivers, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await expect.poll(async () => Object.keys(await storedGenerations()).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(5);
  const popup = await openPopupFor(page);
  await popup.setViewportSize({ width: 420, height: HEIGHT });
  return popup;
}

for (const [name, url, provider, sendId] of [
  ['Runway', RUNWAY_SESSION, 'runway', 'send-gmail'],
  ['Sora', SORA_LIBRARY, 'sora', 'open-support'],
  ['Hailuo', HAILUO_CREATE, 'hailuo', 'send-gmail'],
] as const) {
  const title = `${name}: preselected failure, draft button, then draft body and a send button, all in one popup screen`;
  test(title, async ({ context, openPopupFor, storedGenerations }) => {
    const page = await context.newPage();
    await page.goto(url);
    const mine = async () => Object.values(await storedGenerations()).filter((s) => s.g.provider === provider);
    await expect.poll(async () => (await mine()).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(5);
    const popup = await openPopupFor(page);
    // The popup's own width (its body sets it) and the tallest popup Chrome shows.
    const width = await popup.evaluate(() => document.body.getBoundingClientRect().width);
    expect(width).toBe(420);
    await popup.setViewportSize({ width: 420, height: HEIGHT });

    // The most recent failed, stuck or blocked generation on the page (by the provider's timestamp) is the one selected.
    const created = new Map((await mine()).map((s) => [s.g.id, s.g.createdAt ?? '']));
    const rows = await popup
      .getByTestId('generation')
      .evaluateAll((els) =>
        els.map((e) => ({ id: e.getAttribute('data-generation-id')!, chip: e.querySelector('.chip')?.textContent ?? '' })),
      );
    const problems = rows.filter((r) => ['Failed', 'Blocked', 'Stuck'].includes(r.chip));
    expect(problems.length).toBeGreaterThan(1);
    const newest = [...problems].sort((a, b) => (created.get(b.id) ?? '').localeCompare(created.get(a.id) ?? ''))[0]!;
    const selected = popup.locator('[data-testid="generation"][aria-pressed="true"]');
    await expect(selected).toHaveAttribute('data-generation-id', newest.id);
    await expectInView(popup, selected, 'preselected generation');
    await expectInView(popup, popup.getByTestId('draft-button'), 'draft button');

    await popup.getByTestId('draft-button').click();
    await expectInView(popup, popup.getByTestId('draft-subject'), 'draft subject');
    await expectInView(popup, popup.getByTestId('draft-body'), 'draft body');
    const send = popup.getByTestId(sendId);
    await expectInView(popup, send, 'a send button');
    // Each send button has an accessible name that says what it does.
    for (const b of await popup.locator('.actions a, .actions button').all()) {
      expect(await b.getAttribute('aria-label')).toMatch(/\w{3,}.*\w{3,}/);
    }
    await expect(popup.getByTestId('generation')).toHaveCount(0);

    await popup.getByTestId('draft-back').click();
    await expect(popup.getByTestId('draft-body')).toHaveCount(0);
    await expectInView(popup, popup.locator('[data-testid="generation"][aria-pressed="true"]'), 'selected row after Back');
  });
}

test('Hailuo: after Copy, the confirmation that the claim was saved is in the popup screen', async ({
  context,
  openPopupFor,
  storedGenerations,
}) => {
  const popup = await popupOver({ context, openPopupFor, storedGenerations }, HAILUO_CREATE);
  await popup.getByTestId('draft-button').click();
  await popup.getByTestId('copy').click();
  // The send buttons sit at the bottom of the screen: what they did must not appear below it, out of sight.
  await expect(popup.getByTestId('claim-recorded')).toBeInViewport();
  // The sentence names the dashboard: it is a link there, like the popup's other dashboard links (QA pass 3).
  const link = popup.getByTestId('claim-recorded').getByRole('link', { name: 'AVA’s dashboard' });
  await expect(link).toHaveAttribute('href', /^chrome-extension:\/\/[a-p]{32}\/src\/options\/index\.html$/);
  await expect(link).toHaveAttribute('target', '_blank');
  // The status line is scrolled into view after Copy (DraftPanel), so the check is the viewport, not scrollY 0.
  await expect(link).toBeInViewport();
  const box = await link.boundingBox();
  expect(box!.x + box!.width, 'link inside the 420 px popup').toBeLessThanOrEqual(420);
  // Still 420 px wide: the link adds no horizontal scroll.
  expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(420);
});

test('a status label longer than the English one never breaks a Generation ID across lines', async ({
  context,
  openPopupFor,
  storedGenerations,
}) => {
  const popup = await popupOver({ context, openPopupFor, storedGenerations }, RUNWAY_SESSION);
  await expect(popup.getByTestId('generation').first()).toBeVisible();
  // The German label for "Failed" (public/_locales/de): with it, a Runway UUID lost its last character to a second line.
  const lines = await popup.getByTestId('generation').evaluateAll((rows) =>
    rows.map((row) => {
      for (const chip of row.querySelectorAll('.row-top .chip')) chip.textContent = 'Fehlgeschlagen';
      const id = row.querySelector('.row-top .mono')!;
      const range = document.createRange();
      range.selectNodeContents(id);
      return { id: id.textContent, lines: new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size };
    }),
  );
  expect(lines.length).toBeGreaterThan(2);
  for (const l of lines) expect(l.lines, l.id ?? '').toBe(1);
});
