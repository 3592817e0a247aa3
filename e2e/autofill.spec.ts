/**
 * Support-form autofill on the built extension: from the popup, "Open support form" opens Runway's help-center
 * "Submit a request" page (a Zendesk-style copy served at help.runwayml.com) with the draft filled in; nothing is
 * submitted; opening the same form again without choosing it in AVA fills nothing.
 */
import type { BrowserContext, Page, Request } from '@playwright/test';
import { expect, serviceWorkerOf, test } from './fixtures.ts';

const RUNWAY_SESSION =
  'https://app.runwayml.com/video-tools/teams/demo/ai-tools/generate?mode=tools&sessionId=6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f';
const FORM = 'https://help.runwayml.com/hc/en-us/requests/new';
const NOTHING_TO_FILL = '[AVA] support form: nothing to fill';

async function saveProfile(context: BrowserContext, extensionId: string, provider: string, email: string) {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  await options.locator(`#profile-${provider}-email`).fill(email);
  await options.getByTestId('save-profile').click();
  await expect(options.getByRole('status')).toHaveText('Saved.');
  await options.close();
}

/** The support page's own record of what reached it (demo/sites/_shared/support-form.js). */
const demoState = (page: Page) =>
  page.evaluate(() => ({
    submits: (window as unknown as { __demoSubmits: number }).__demoSubmits,
    events: (window as unknown as { __demoEvents: string[] }).__demoEvents,
  }));

test('Open support form: the Zendesk form is filled with the draft, highlighted, never submitted; only once', async ({
  context,
  extensionId,
  openPopupFor,
  storedGenerations,
}) => {
  await saveProfile(context, extensionId, 'runway', 'ana@example.com');
  // Any POST from any page (a submitted form, a fetch) would show here.
  const posts: string[] = [];
  context.on('request', (r: Request) => {
    if (r.method() !== 'GET' && r.method() !== 'HEAD' && r.method() !== 'OPTIONS') posts.push(`${r.method()} ${r.url()}`);
  });

  const app = await context.newPage();
  await app.goto(RUNWAY_SESSION);
  await expect
    .poll(async () => Object.keys(await storedGenerations()).filter((k) => k.startsWith('runway:')).length, { timeout: 15_000 })
    .toBeGreaterThanOrEqual(5);
  const popup = await openPopupFor(app);
  await popup.getByTestId('generation').filter({ hasText: 'INTERNAL.BAD_OUTPUT.CODE01' }).click();
  await popup.getByTestId('draft-button').click();
  const body = popup.getByTestId('draft-body');
  // The person's edits are what the form gets.
  await body.fill(`${await body.inputValue()}\nP.S. <b>edited</b> by me`);
  const subject = await popup.getByTestId('draft-subject').inputValue();
  const text = await body.inputValue();

  const [form] = await Promise.all([context.waitForEvent('page'), popup.getByTestId('open-support-form').click()]);
  await form.waitForURL(FORM);
  await expect(form.locator('#request_subject')).toHaveValue(subject);
  await expect(form.locator('#request_description')).toHaveValue(text);
  await expect(form.locator('#request_anonymous_requester_email')).toHaveValue('ana@example.com');
  await expect(form.getByRole('status')).toHaveText(/Filled by AVA – review and press Submit yourself/);
  // Plain text: the <b> in the draft did not become an element on the page.
  await expect(form.locator('#main-content b')).toHaveCount(0);
  // Highlighted, and the page's own listeners saw input and change events for each field.
  await expect(form.locator('#request_subject')).toHaveCSS('outline-style', 'solid');
  const state = await demoState(form);
  for (const id of ['request_anonymous_requester_email', 'request_subject', 'request_description']) {
    expect(state.events).toContain(`input:${id}`);
    expect(state.events).toContain(`change:${id}`);
  }
  // The attachment field is left to the person.
  await expect(form.locator('#request-attachments')).toHaveValue('');
  // The claim is recorded as sent through the support form.
  await expect(popup.getByTestId('claim-recorded')).toContainText('Saved to your claims as sent');
  await expect(popup.getByTestId('form-status')).toContainText('submit it yourself');

  // Consumed: nothing is left waiting for the form.
  const sw = await serviceWorkerOf(context);
  const pending = await sw.evaluate(() => chrome.storage.session.get('pendingFills'));
  expect((pending.pendingFills as { data: object } | undefined)?.data ?? {}).toEqual({});

  // The same form again, not chosen in AVA: the script asks, gets nothing, fills nothing.
  const again = await context.newPage();
  const asked = again.waitForEvent('console', { predicate: (m) => m.text().startsWith(NOTHING_TO_FILL), timeout: 15_000 });
  await again.goto(FORM);
  await asked;
  for (const id of ['#request_subject', '#request_description', '#request_anonymous_requester_email'])
    await expect(again.locator(id)).toHaveValue('');
  await expect(again.locator('[data-ava-note]')).toHaveCount(0);
  expect((await demoState(again)).events).toEqual([]);

  // Nothing was ever submitted or posted.
  expect((await demoState(form)).submits).toBe(0);
  expect((await demoState(again)).submits).toBe(0);
  expect(posts).toEqual([]);
});

test('Luma: the Freshdesk portal form is filled too, including its rich-text description', async ({
  context,
  extensionId,
  openPopupFor,
  storedGenerations,
}) => {
  await saveProfile(context, extensionId, 'luma', 'ana@example.com');
  const app = await context.newPage();
  await app.goto('https://lumalabs.ai/dream-machine/creations');
  await expect
    .poll(async () => Object.keys(await storedGenerations()).filter((k) => k.startsWith('luma:')).length, { timeout: 15_000 })
    .toBeGreaterThanOrEqual(3);
  const popup = await openPopupFor(app);
  await popup.getByTestId('generation').filter({ hasText: 'generation_failed' }).first().click();
  await popup.getByTestId('draft-button').click();
  const subject = await popup.getByTestId('draft-subject').inputValue();
  const text = await popup.getByTestId('draft-body').inputValue();
  const [form] = await Promise.all([context.waitForEvent('page'), popup.getByTestId('open-support-form').click()]);
  await form.waitForURL('https://lumaai-help.freshdesk.com/support/tickets/new');
  await expect(form.locator('#helpdesk_ticket_subject')).toHaveValue(subject);
  await expect(form.locator('#helpdesk_ticket_email')).toHaveValue('ana@example.com');
  await expect(form.locator('#helpdesk_ticket_ticket_body_attributes_description_html')).toHaveValue(text);
  // The visible editor shows the draft line by line.
  expect(await form.locator('.redactor_editor p').allTextContents()).toEqual(text.split('\n'));
  await expect(form.getByRole('status')).toHaveText(/Filled by AVA/);
  expect((await demoState(form)).submits).toBe(0);
});

test('a provider without a fillable form shows no "Open support form"; the help-center link stays', async ({
  context,
  openPopupFor,
  storedGenerations,
}) => {
  const page = await context.newPage();
  await page.goto('https://sora.chatgpt.com/library');
  await expect.poll(async () => Object.keys(await storedGenerations()).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(8);
  const popup = await openPopupFor(page);
  await popup.locator('[data-generation-id="gen_01jsq9e1g3j6l8n0q2s4t7v9x1"]').click();
  await popup.getByTestId('draft-button').click();
  await expect(popup.getByTestId('open-support')).toHaveAttribute('href', 'https://help.openai.com/');
  await expect(popup.getByTestId('open-support-form')).toHaveCount(0);
});
