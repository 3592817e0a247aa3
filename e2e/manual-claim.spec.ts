/**
 * Issue 13.1 on the built extension: on a tab that is no provider's (the demo's start page), the popup offers "Claim a
 * generation AVA did not see". A wrong ID gets a clear message; the right one, with what happened and the credits,
 * becomes a generation entered by the person, listed like a captured one, drafted, sent (Copy) and recorded in the
 * claim ledger; the evidence bundle's case.json marks it as entered.
 */
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import { expect, serviceWorkerOf, test } from './fixtures.ts';

const START = 'https://ava.demo/';
const TASK = '3b9d2f4e-6a1c-4e8b-9d7f-5c2a1b0e9f8d';

test('manual claim from a tab that is no provider page: validated, drafted, recorded, marked as entered', async ({
  context,
  openPopupFor,
  storedGenerations,
}) => {
  const page = await context.newPage();
  await page.goto(START);
  const popup = await openPopupFor(page);

  const form = popup.getByTestId('manual-claim');
  await expect(form).toBeVisible();
  // No provider chosen yet: the form says so rather than guessing.
  await form.getByTestId('manual-submit').click();
  await expect(form.getByTestId('manual-id-error')).toHaveText('Choose the provider');
  await form.getByTestId('manual-provider').selectOption('runway');
  // A Sora ID is no Runway task ID: the message names what Runway's IDs look like.
  await form.getByTestId('manual-id').fill('gen_01k2m3n4p5q6r7s8t9v0w1x2y3');
  await form.getByTestId('manual-submit').click();
  await expect(form.getByTestId('manual-id-error')).toContainText('That is not a Runway ID. Expected: Task ID (6f1c2d3e-');
  expect(await storedGenerations()).toEqual({});

  await form.getByTestId('manual-id').fill(TASK);
  await expect(form.getByTestId('manual-id-error')).toHaveCount(0);
  await form.getByTestId('manual-happened-charged_no_output').check();
  await form.getByTestId('manual-credits').fill('25');
  await form.getByTestId('manual-submit').click();

  // Stored as the person entered it, and listed in this tab like a captured generation.
  await expect
    .poll(async () => (await storedGenerations())[`runway:${TASK}`]?.g)
    .toMatchObject({
      provider: 'runway',
      id: TASK,
      status: 'failed',
      failureKind: 'charged_no_output',
      credits: 25,
      source: 'manual',
    });
  const row = popup.locator(`[data-generation-id="${TASK}"]`);
  await expect(row).toBeVisible();
  // The form says where the generation went and is empty again, ready for another (it stayed filled in before).
  await expect(form.getByTestId('manual-saved')).toHaveText(
    `${TASK} is listed above, as entered by you. Select it there to draft the claim.`,
  );
  await expect(form.getByTestId('manual-id')).toHaveValue('');
  // Nothing to reload here: AVA never read this tab, the person entered the generation.
  await expect(popup.getByTestId('reload-notice')).toHaveCount(0);

  await row.click();
  // No screenshot of a tab that is not the provider's: the Evidence line says so instead of opening onto nothing.
  await popup.getByTestId('line-evidence').locator('summary').click();
  await expect(popup.getByTestId('evidence-none')).toHaveText(
    'No screenshot is kept for this generation. If you have one, attach it to the email yourself.',
  );
  await popup.getByTestId('draft-button').click();
  const body = popup.getByTestId('draft-body');
  await expect(body).toHaveValue(new RegExp(TASK));
  await expect(body).not.toHaveValue(/\bAVA\b/);
  await popup.getByTestId('copy').click();
  await expect(popup.getByTestId('claim-recorded')).toBeVisible();

  const sw = await serviceWorkerOf(context);
  const claims = (await sw.evaluate(() => chrome.storage.local.get('claims'))).claims as {
    data: Record<string, { provider: string; generationIds: string[]; state: string }>;
  };
  expect(Object.values(claims.data)).toEqual([expect.objectContaining({ provider: 'runway', generationIds: [TASK], state: 'sent' })]);

  // The evidence bundle is one line of the draft view that opens it.
  await popup.getByTestId('line-bundle').locator('summary').click();
  // Its name is drawn once, on the line; the fieldset's legend that repeated it under the summary is for screen readers.
  const bundleBox = popup.getByTestId('evidence-bundle');
  await expect(bundleBox).toBeVisible();
  expect((await bundleBox.locator('legend').boundingBox())!.height, 'legend drawn under the summary').toBeLessThanOrEqual(1);
  const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByTestId('bundle-save').click()]);
  const zip = unzipSync(new Uint8Array(await readFile((await download.path())!)));
  // No screenshot of a tab that is not the provider's: the bundle holds the case and the draft only.
  expect(Object.keys(zip)).toEqual(['case.json', 'draft.txt']);
  const kase = JSON.parse(strFromU8(zip['case.json']!)) as { provider: { id: string }; generations: object[] };
  expect(kase.provider.id).toBe('runway');
  expect(kase.generations).toEqual([
    expect.objectContaining({ id: TASK, failureKind: 'charged_no_output', source: 'manual', credits: 25 }),
  ]);
});

test.describe('in German', () => {
  test.use({ uiLanguage: 'de' });

  test('the manual claim’s long summary wraps beside its disclosure triangle, not under it', async ({ context, openPopupFor }) => {
    const page = await context.newPage();
    await page.goto(START);
    const popup = await openPopupFor(page);
    await popup.setViewportSize({ width: 420, height: 600 });
    const summary = popup.getByTestId('missed-generation').locator('summary').first();
    await expect(summary).toContainText('Antrag für eine Generierung');
    // One rectangle per line of the summary's text: every line starts where the first does, right of the triangle.
    const lefts = await summary.evaluate((s) => {
      const range = document.createRange();
      range.selectNodeContents(s);
      return [...range.getClientRects()].map((r) => Math.round(r.left));
    });
    expect(new Set(lefts).size, `line starts ${lefts.join(', ')}`).toBe(1);
    expect(lefts.length, 'the German summary is long enough to wrap at 420 px').toBeGreaterThan(1);
  });
});
