/**
 * Nothing vanishes without a word (issue 12.2, 13.4): a provider page whose watched API answers with a shape no parser
 * knows, with a body that is not JSON, and with jobs only the generic fallback reads. The built extension counts them
 * per path; the popup says so and marks the fallback's finds; the dashboard
 * lists them with their shapes, and neither the list nor "Copy diagnostic" carries any value from those responses
 * (an ID, a prompt, a token, an email, a signed link, a cursor). Page: demo/sites/sora.chatgpt.com/diagnostics.html.
 */
import { providerById } from '../src/providers/index.ts';
import { expect, serviceWorkerOf, test } from './fixtures.ts';

/** Values the responses carry that must not reach the diagnostics (the demo's v3-unknown, v3-garbled, v3-jobs.json). */
const VALUES = [
  'task_01jdiag',
  'Render node lost',
  'awaiting_gpu',
  'diagjob-7f3e9a1b2c',
  'lighthouse',
  'AVA-DIAG-PROMPT',
  'sk-live',
  'AVADIAG',
  'diag.person@example.com',
  'eyJwYWdlIjoy',
  'videos.openai.com',
  'Service paused',
];

test('unreadable responses are listed by path and shape only, in the popup count and the dashboard', async ({
  context,
  extensionId,
  openPopupFor,
}) => {
  const page = await context.newPage();
  await page.goto('https://sora.chatgpt.com/diagnostics');
  await expect(page.locator('#state')).toHaveText('done');

  // The worker stored both, under Sora, keyed by path.
  await expect
    .poll(
      async () => {
        const sw = await serviceWorkerOf(context);
        const got = (await sw.evaluate(() => chrome.storage.local.get('diagnostics'))) as {
          diagnostics?: { data?: Record<string, { path: string }> };
        };
        return Object.values(got.diagnostics?.data ?? {})
          .map((e) => e.path)
          .sort();
      },
      { timeout: 15_000, message: 'both unread responses reach the worker' },
    )
    .toEqual(['/backend/nf/pending/v3-garbled.json', '/backend/nf/pending/v3-jobs.json', '/backend/nf/pending/v3-unknown.json']);

  const name = providerById('sora')!.name;
  const popup = await openPopupFor(page);
  await expect(popup.getByTestId('unread-notice')).toContainText(`AVA saw 3 responses from ${name} it could not read`);
  // The jobs the generic fallback found are listed, marked, the unknown status shown as the provider gave it.
  const failed = popup.locator('[data-generation-id="task_01jdiag0fa11ed0000000000a1"]');
  const odd = popup.locator('[data-generation-id="task_01jdiag0awa1t00000000000b2"]');
  await expect(failed.getByTestId('via-fallback')).toBeVisible();
  await expect(odd.getByTestId('via-fallback')).toBeVisible();
  await expect(odd.getByTestId('raw-status')).toHaveText(`${name} status: awaiting_gpu`);
  await expect(failed.getByTestId('raw-status')).toHaveCount(0);

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  const section = options.getByTestId('diagnostics');
  const rows = section.getByTestId('diagnostic-row');
  await expect(rows).toHaveCount(3);
  const unknown = rows.filter({ hasText: '/backend/nf/pending/v3-unknown.json' });
  await expect(unknown).toContainText('jobs_v3: [{uid: string, phase_code: number, prompt_text: string');
  await expect(rows.filter({ hasText: 'v3-garbled.json' })).toContainText('not JSON (application/json)');
  await expect(section.getByTestId('diagnostics-provider')).toHaveAttribute('data-provider', 'sora');

  const listed = (await section.innerText()) + (await section.innerHTML());
  expect(listed).toContain('jobs_v3: [{job_id: string, state: string');
  for (const v of VALUES) expect(listed, `the dashboard shows "${v}"`).not.toContain(v);

  // "Copy diagnostic": the clipboard gets the shape as text, and nothing of the response's values.
  await options.evaluate(() => {
    const w = window as Window & { copied?: string[] };
    w.copied = [];
    navigator.clipboard.writeText = async (text: string) => void w.copied!.push(text);
  });
  for (const button of await section.getByTestId('copy-diagnostic').all()) await button.click();
  const copied = await options.evaluate(() => (window as Window & { copied?: string[] }).copied ?? []);
  expect(copied).toHaveLength(3);
  expect(copied.join('\n')).toContain('shape: {jobs_v3: [{uid: string, phase_code: number');
  expect(copied.join('\n')).toContain('path: /backend/nf/pending/v3-garbled.json');
  for (const v of VALUES) expect(copied.join('\n'), `the copied text holds "${v}"`).not.toContain(v);
  await expect(section.getByRole('status')).toHaveText(/Copied/);
});
