/**
 * The person's whole flow on the built extension: set the profile once, open a provider page, open AVA on it, pick
 * the failed generation, draft, and check what would be sent. Also: page data in the popup is inert text.
 */
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const SORA_LIBRARY = 'https://sora.chatgpt.com/library';
const RUNWAY_SESSION =
  'https://app.runwayml.com/video-tools/teams/demo/ai-tools/generate?mode=tools&sessionId=6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f';
const SORA_ERROR = 'gen_01jsq9e1g3j6l8n0q2s4t7v9x1';
const SORA_FOX = 'gen_01jsq5a7c9e2g4j6k8m0p3r5t7';
const SORA_XSS = 'gen_01jsr2h4k6m9p1r3t5v7w0y2a4';

async function saveProfile(context: BrowserContext, extensionId: string, provider: string, email: string, last4?: string) {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  await options.locator(`#profile-${provider}-email`).fill(email);
  if (last4) await options.locator(`#profile-${provider}-last4`).fill(last4);
  await options.getByTestId('save-profile').click();
  await expect(options.getByRole('status')).toHaveText('Saved.');
  await options.close();
}

/** Opens one of the popup's lines (analysis, credits, ticket, evidence, claims): each opens what is behind it. */
async function openLine(popup: Page, id: string) {
  await popup.getByTestId(`line-${id}`).locator('summary').click();
}

async function openProviderPage(context: BrowserContext, url: string, storedCount: () => Promise<number>, atLeast: number): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await expect.poll(storedCount, { timeout: 15_000 }).toBeGreaterThanOrEqual(atLeast);
  return page;
}

test('Sora: failed generations listed first, draft carries ID, technical name, account email and card digits', async ({
  context,
  extensionId,
  openPopupFor,
  storedGenerations,
}) => {
  await saveProfile(context, extensionId, 'sora', 'ana@example.com', '4242');
  const page = await openProviderPage(context, SORA_LIBRARY, async () => Object.keys(await storedGenerations()).length, 8);
  const popup = await openPopupFor(page);

  await expect(popup.getByTestId('discontinued')).toContainText('2026-04-26');
  await expect(popup.getByTestId('discontinued')).toContainText('2026-09-24');
  // Opened as a tab, the popup has no activeTab grant (only a click on the AVA icon gives one): it says so plainly.
  await openLine(popup, 'evidence');
  await expect(popup.getByTestId('evidence')).toContainText(
    /switch to it and click the AVA icon|click the AVA icon on the generation tab/i,
  );
  const rows = popup.getByTestId('generation');
  // 8 stored; the fox's task and its generation are one job, listed once under the Generation ID.
  await expect(rows).toHaveCount(7);
  await expect(popup.locator('[data-generation-id="task_01jsq4m8n2p6r9t3v5x7z0b1c4"]')).toHaveCount(0);
  // Failed and blocked before completed ones.
  const lanes = await rows.locator('.chip').allTextContents();
  const firstCompleted = lanes.indexOf('Completed');
  expect(firstCompleted).toBeGreaterThan(0);
  expect(lanes.slice(firstCompleted).every((l) => l === 'Completed' || l === 'In progress' || l === 'Unknown')).toBe(true);

  // A hard failure: the provider's own code, and a subject that names one failed generation.
  await popup.locator(`[data-generation-id="${SORA_ERROR}"]`).click();
  await expect(popup.getByTestId('provider-message')).toHaveText('Something went wrong. Please try again later.');
  await popup.getByTestId('draft-button').click();
  await expect(popup.getByTestId('draft-subject')).toHaveValue(`Sora 2 credit refund — failed generation — ${SORA_ERROR}`);
  const body = popup.getByTestId('draft-body');
  await expect(body).toHaveValue(new RegExp(SORA_ERROR));
  await expect(body).toHaveValue(/Account email: ana@example\.com/);
  await expect(body).toHaveValue(/card ending in: 4242/);
  await expect(body).toHaveValue(/code sora_error/);
  await expect(body).toHaveValue(/Could you please return the credits charged for it\?/);
  await expect(body).not.toHaveValue(/not guaranteed|\bAVA\b/);
  await expect(popup.getByTestId('open-support')).toHaveAttribute('href', 'https://help.openai.com/');

  // A completed generation with broken output: the person's words become the technical name.
  await popup.getByTestId('draft-back').click();
  await popup.locator(`[data-generation-id="${SORA_FOX}"]`).click();
  await popup.getByTestId('description').fill('the fox has six fingers on its paw lol');
  await popup.getByTestId('suggestion').filter({ hasText: 'Anatomical Topology Failure' }).click();
  await expect(popup.getByRole('checkbox', { name: /Hands, limbs or bodies are malformed/ })).toBeChecked();
  await popup.getByTestId('draft-button').click();
  await expect(body).toHaveValue(/Anatomical Topology Failure/);
  await expect(body).toHaveValue(new RegExp(SORA_FOX));
  await expect(body).toHaveValue(/In my words: “the fox has six fingers on its paw lol”/);

  // The person edits the draft; the Gmail link carries exactly what they see.
  await body.fill(`${await body.inputValue()}\nP.S. edited by me`);
  const href = await popup.getByTestId('send-gmail').getAttribute('href');
  const gmail = new URL(href!);
  expect(gmail.origin + gmail.pathname).toBe('https://mail.google.com/mail/');
  expect(gmail.searchParams.get('view')).toBe('cm');
  // A completed video that came out broken is no failed generation: its subject asks for goodwill.
  expect(gmail.searchParams.get('su')).toBe(`Sora 2 goodwill credit request — defective video — ${SORA_FOX}`);
  expect(gmail.searchParams.get('body')).toBe(await body.inputValue());
  expect(await popup.getByTestId('send-mailto').getAttribute('href')).toMatch(/^mailto:\?subject=Sora%202%20goodwill%20credit%20request/);

  // What the person ticked and wrote survives closing the popup.
  await popup.close();
  const again = await openPopupFor(page);
  await again.locator(`[data-generation-id="${SORA_FOX}"]`).click();
  await expect(again.getByTestId('description')).toHaveValue('the fox has six fingers on its paw lol');
});

test('a prompt with HTML from the page renders as text and runs nothing', async ({ context, openPopupFor, storedGenerations }) => {
  const page = await openProviderPage(context, SORA_LIBRARY, async () => Object.keys(await storedGenerations()).length, 8);
  const dialogs: string[] = [];
  const popup = await openPopupFor(page);
  popup.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const row = popup.locator(`[data-generation-id="${SORA_XSS}"]`);
  await expect(row).toContainText('<img src=x onerror="window.__avaXss=1">');
  await row.click();
  await popup.getByTestId('draft-button').click();
  await expect(popup.getByTestId('draft-body')).toHaveValue(/<img src=x onerror="window\.__avaXss=1">/);
  expect(await popup.locator('img[src="x"]').count()).toBe(0);
  expect(await popup.evaluate(() => (window as unknown as { __avaXss?: number }).__avaXss)).toBeUndefined();
  expect(dialogs).toEqual([]);
});

test('Runway: a safety block points to feedback, a generation error drafts to the documented address', async ({
  context,
  extensionId,
  openPopupFor,
  storedGenerations,
}) => {
  await saveProfile(context, extensionId, 'runway', 'ana@example.com');
  const runwayCount = async () => Object.keys(await storedGenerations()).filter((k) => k.startsWith('runway:')).length;
  const page = await openProviderPage(context, RUNWAY_SESSION, runwayCount, 5);
  const popup = await openPopupFor(page);

  const blocked = popup.getByTestId('generation').filter({ hasText: 'SAFETY.INPUT.TEXT' });
  await expect(blocked.locator('.chip')).toHaveText('Blocked');
  await blocked.click();
  await expect(popup.getByTestId('policy')).toContainText('Support cannot override');

  const failed = popup.getByTestId('generation').filter({ hasText: 'INTERNAL.BAD_OUTPUT.CODE01' });
  await failed.click();
  await popup.getByTestId('draft-button').click();
  await expect(popup.getByTestId('draft-to')).toHaveValue('support@runwayml.com');
  await expect(popup.getByTestId('draft-body')).toHaveValue(/code INTERNAL\.BAD_OUTPUT\.CODE01/);
  await expect(popup.getByTestId('draft-body')).not.toHaveValue(/card ending/);
  const gmail = new URL((await popup.getByTestId('send-gmail').getAttribute('href'))!);
  expect(gmail.searchParams.get('to')).toBe('support@runwayml.com');
});

test('sending records a claim; the popup and the dashboard move it through its states; the dashboard totals it', async ({
  context,
  extensionId,
  openPopupFor,
  storedGenerations,
}) => {
  await saveProfile(context, extensionId, 'runway', 'ana@example.com');
  const runwayCount = async () => Object.keys(await storedGenerations()).filter((k) => k.startsWith('runway:')).length;
  const page = await openProviderPage(context, RUNWAY_SESSION, runwayCount, 5);
  const popup = await openPopupFor(page);
  // The dashboard is already open in another tab: it follows the ledger, so the claim appears there without a reload.
  const dash = await context.newPage();
  await dash.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  await expect(dash.getByTestId('claims')).toContainText('No claims yet.');
  await popup.getByTestId('generation').filter({ hasText: 'INTERNAL.BAD_OUTPUT.CODE01' }).click();
  // Before anything is sent the claim line says what it will hold, rather than opening onto nothing.
  await openLine(popup, 'claims');
  await expect(popup.getByTestId('claims-none')).toHaveText(/No claim for this generation yet\. When you send its draft/);
  await openLine(popup, 'claims');
  await popup.getByTestId('draft-button').click();
  await popup.getByTestId('copy').click();
  await expect(popup.getByTestId('claim-recorded')).toContainText('Saved to your claims as sent');
  await popup.getByTestId('copy').click(); // a second send updates the same claim
  await popup.getByTestId('draft-back').click();
  // Closed, the line already says where the claim stands.
  const claimsLine = popup.getByTestId('line-claims').locator('summary');
  await expect(claimsLine).toHaveText('Claim history · sent');
  await openLine(popup, 'claims');

  // The popup shows the claim for this generation and records the provider's answer there too.
  const inPopup = popup.getByTestId('popup-claim');
  await expect(inPopup).toHaveCount(1);
  await expect(inPopup).toContainText('Now: sent');
  await inPopup.getByTestId('claim-move').selectOption('acknowledged');
  await inPopup.getByTestId('claim-move-save').click();
  await expect(popup.getByTestId('claim-status-message')).toContainText('Claim marked as acknowledged.');
  // The row re-renders with the new state: keyboard focus stays in the claim, on what was saved, not on the page.
  await expect(popup.getByTestId('claim-status-message')).toBeFocused();
  await expect(popup.getByTestId('popup-claim')).toHaveAttribute('data-state', 'acknowledged');
  await expect(claimsLine).toHaveText('Claim history · acknowledged');
  const axe = await new AxeBuilder({ page: popup }).include('[data-testid="claim-status"]').analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  const claim = dash.getByTestId('claim');
  await expect(claim).toHaveCount(1);
  await expect(claim).toContainText('Credit refund request — failed generation');
  const state = claim.getByRole('combobox');
  await expect(state).toHaveValue('acknowledged');
  // An open claim has a follow-up date: the calendar export holds it.
  await expect(dash.getByTestId('export-ics')).toHaveAttribute('download', 'ava-deadlines.ics');
  // Only the moves the ledger allows are offered.
  expect(await state.locator('option').allTextContents()).toEqual(['acknowledged', 'credited', 'partly credited', 'denied', 'withdrawn']);
  await state.selectOption('credited');
  // How many came back is asked in a field under the list, not in a browser dialog.
  await claim.getByRole('textbox', { name: 'How many credits came back?' }).fill('10');
  await claim.getByRole('button', { name: 'Save' }).click();
  await expect(claim).toContainText('10 credits back');
  await expect(dash.getByTestId('claim-totals')).toContainText('1 claim, 10 credits back, 100% of decided claims succeeded');
  await dash.reload();
  await expect(dash.getByTestId('claim').getByRole('combobox')).toHaveValue('credited');

  // "Show": providers and states in labelled groups; a choice with no claims says so rather than an empty table.
  const show = dash.getByTestId('claims').getByRole('combobox', { name: 'Show' });
  expect(await show.locator('optgroup').evaluateAll((gs) => gs.map((g) => (g as HTMLOptGroupElement).label))).toEqual([
    'Provider',
    'State',
  ]);
  await show.selectOption('denied');
  await expect(dash.getByTestId('claim')).toHaveCount(0);
  await expect(dash.getByTestId('claims-filter-none')).toHaveText('No claims match this choice.');
  await show.selectOption('');
  await expect(dash.getByTestId('claim')).toHaveCount(1);
  // Credited, it has none, and no provider date lies ahead: no button for an empty calendar file.
  await expect(dash.getByTestId('export-ics')).toHaveCount(0);

  // A popup opened later shows the outcome, and a credited claim offers no further moves.
  const again = await openPopupFor(page);
  await again.getByTestId('generation').filter({ hasText: 'INTERNAL.BAD_OUTPUT.CODE01' }).click();
  await expect(again.getByTestId('line-claims').locator('summary')).toHaveText('Claim history · credited');
  await openLine(again, 'claims');
  await expect(again.getByTestId('popup-claim')).toContainText('Now: credited · 10 credits back');
  await expect(again.getByTestId('claim-move')).toHaveCount(0);
});

test('several failed generations go into one ticket and one claim', async ({ context, extensionId, openPopupFor, storedGenerations }) => {
  const page = await openProviderPage(context, SORA_LIBRARY, async () => Object.keys(await storedGenerations()).length, 8);
  const popup = await openPopupFor(page);
  await popup.locator(`[data-generation-id="${SORA_ERROR}"]`).click();
  await openLine(popup, 'ticket');
  const bundle = popup.getByTestId('bundle-item');
  // Only the other failed or blocked generations are offered, never the selected one or completed ones.
  await expect(bundle).not.toHaveCount(0);
  expect(await bundle.evaluateAll((els) => els.map((e) => e.getAttribute('data-generation-id')))).not.toContain(SORA_ERROR);
  expect(await bundle.evaluateAll((els) => els.map((e) => e.getAttribute('data-generation-id')))).not.toContain(SORA_FOX);
  const failedTask = 'task_01jsq6b8d0f3h5k7m9n1q4s6u8';
  await popup.locator(`[data-testid="bundle-item"][data-bundle-id="${failedTask}"]`).check();
  await popup.getByTestId('draft-button').click();
  const body = popup.getByTestId('draft-body');
  await expect(body).toHaveValue(/Generation IDs:/);
  await expect(body).toHaveValue(new RegExp(`- ${SORA_ERROR}:`));
  await expect(body).toHaveValue(new RegExp(`- ${failedTask}:`));
  await expect(body).toHaveValue(/2 of my generations/);
  await popup.getByTestId('copy').click();
  await expect(popup.getByTestId('claim-recorded')).toContainText('Saved to your claims');

  const dash = await context.newPage();
  await dash.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  await expect(dash.getByTestId('claim')).toHaveCount(1);
  await expect(dash.getByTestId('claim')).toContainText(`${SORA_ERROR}, ${failedTask}`);
});
