/**
 * Accessibility of AVA's pages on the built extension: axe-core finds no violations in the popup (with a generation
 * selected and a draft rendered) and the settings page, in the light and the dark colour scheme; and the popup's
 * main path works from the keyboard alone.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const SORA_LIBRARY = 'https://sora.chatgpt.com/library';
const SORA_ERROR = 'gen_01jsq9e1g3j6l8n0q2s4t7v9x1';
const SORA_FOX = 'gen_01jsq5a7c9e2g4j6k8m0p3r5t7';

/** WCAG contrast ratio of two `rgb(...)` colours (axe does not check placeholders, which carry instructions here). */
function contrast(fg: string, bg: string): number {
  const lum = (c: string) => {
    const [r, g, b] = (c.match(/[\d.]+/g) ?? []).slice(0, 3).map((x) => {
      const v = Number(x) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [hi, lo] = [lum(fg), lum(bg)].sort((a, b) => b - a);
  return (hi! + 0.05) / (lo! + 0.05);
}

async function placeholderContrast(page: Page, selector: string): Promise<number> {
  const [fg, bg] = await page
    .locator(selector)
    .evaluate((e) => [getComputedStyle(e, '::placeholder').color, getComputedStyle(e).backgroundColor]);
  return contrast(fg!, bg!);
}

/** Violations as short readable lines (rule, impact, where), so a failure says what to fix. */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return result.violations.flatMap((v) =>
    v.nodes.map(
      (n) => `${v.id} (${v.impact ?? 'n/a'}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1).join(' ').trim() ?? v.help}`,
    ),
  );
}

async function bothSchemes(page: Page): Promise<Record<string, string[]>> {
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await violations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await violations(page);
  return { light, dark };
}

async function soraPopup(
  context: import('@playwright/test').BrowserContext,
  openPopupFor: (p: Page) => Promise<Page>,
  storedGenerations: () => Promise<Record<string, unknown>>,
): Promise<Page> {
  const page = await context.newPage();
  await page.goto(SORA_LIBRARY);
  await expect.poll(async () => Object.keys(await storedGenerations()).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(8);
  return openPopupFor(page);
}

test('popup with a selected generation and a draft: no axe violations, light and dark', async ({
  context,
  openPopupFor,
  storedGenerations,
}) => {
  const popup = await soraPopup(context, openPopupFor, storedGenerations);
  await popup.locator(`[data-generation-id="${SORA_ERROR}"]`).click();
  await popup.getByTestId('draft-button').click();
  await expect(popup.getByTestId('draft-body')).toHaveValue(new RegExp(SORA_ERROR));
  expect(await bothSchemes(popup)).toEqual({ light: [], dark: [] });
  for (const colorScheme of ['light', 'dark'] as const) {
    await popup.emulateMedia({ colorScheme });
    expect(await placeholderContrast(popup, '[data-testid="draft-to"]'), `placeholder contrast, ${colorScheme}`).toBeGreaterThanOrEqual(
      4.5,
    );
  }

  // The other states: a completed generation with the person's words, live suggestions, the provider notes open.
  await popup.getByTestId('draft-back').click();
  await popup.locator(`[data-generation-id="${SORA_FOX}"]`).click();
  await popup.getByTestId('description').fill('the fox has six fingers and the sign text is garbled');
  await expect(popup.getByTestId('suggestion').first()).toBeVisible();
  // The banner and every line open: each opens what is behind it.
  for (const summary of await popup.locator('details summary').all()) await summary.click();
  expect(await bothSchemes(popup)).toEqual({ light: [], dark: [] });
  await popup.getByTestId('draft-button').click();
  await expect(popup.getByTestId('draft-body')).toHaveValue(new RegExp(SORA_FOX));
  expect(await bothSchemes(popup)).toEqual({ light: [], dark: [] });
});

test('settings page: no axe violations, light and dark', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  await expect(options.getByTestId('save-profile')).toBeVisible();
  await options.getByTestId('save-profile').click();
  await expect(options.getByRole('status')).toHaveText('Saved.');
  expect(await bothSchemes(options)).toEqual({ light: [], dark: [] });
});

/** Press Tab until `match` says the focused element is the one wanted (bounded, so a trap fails fast). */
async function tabTo(page: Page, match: () => boolean, what: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(match)) return;
  }
  throw new Error(`${what} is not reachable with Tab (${max} presses)`);
}

test('keyboard: generation rows and "Draft refund email" are reachable and work with Tab, Enter and Space', async ({
  context,
  openPopupFor,
  storedGenerations,
}) => {
  const popup = await soraPopup(context, openPopupFor, storedGenerations);
  await expect(popup.getByTestId('generation').first()).toBeVisible();
  const rows = popup.getByTestId('generation');
  const ids = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-generation-id')));
  expect(ids.length).toBeGreaterThan(2);

  // Enter on the second row selects it; Space on the third selects that one.
  await tabTo(popup, () => document.activeElement?.getAttribute('data-testid') === 'generation', 'the first generation row');
  await popup.keyboard.press('Tab');
  await expect(rows.nth(1)).toBeFocused();
  await popup.keyboard.press('Enter');
  await expect(rows.nth(1)).toHaveAttribute('aria-pressed', 'true');
  await popup.keyboard.press('Tab');
  await expect(rows.nth(2)).toBeFocused();
  await popup.keyboard.press('Space');
  await expect(rows.nth(2)).toHaveAttribute('aria-pressed', 'true');
  await expect(rows.nth(1)).toHaveAttribute('aria-pressed', 'false');

  // On to the draft button: Enter drafts; then Space redrafts (same button, still focused).
  await tabTo(popup, () => document.activeElement?.getAttribute('data-testid') === 'draft-button', '"Draft refund email"');
  await popup.keyboard.press('Enter');
  await expect(popup.getByTestId('draft-body')).toHaveValue(new RegExp(ids[2]!));
  // The draft is its own view; Back (Enter) returns to the list, where Space on the draft button drafts again.
  await popup.getByTestId('draft-body').fill('');
  await tabTo(popup, () => document.activeElement?.getAttribute('data-testid') === 'draft-back', '"Back"');
  await popup.keyboard.press('Enter');
  await expect(rows.nth(2)).toHaveAttribute('aria-pressed', 'true');
  // Back to the list, the focus is on the draft button again.
  await expect(popup.getByTestId('draft-button')).toBeFocused();
  await popup.keyboard.press('Space');
  await expect(popup.getByTestId('draft-body')).toHaveValue(new RegExp(ids[2]!));
  await tabTo(popup, () => document.activeElement?.getAttribute('data-testid') === 'draft-back', '"Back"');
  await popup.keyboard.press('Enter');
  await expect(popup.getByTestId('draft-button')).toBeFocused();
  // The focus ring is visible where the keyboard is.
  const outline = await popup.getByTestId('draft-button').evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
});
