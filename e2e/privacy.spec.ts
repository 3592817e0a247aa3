/** The dashboard's data controls: export, delete everything, import back; a bad backup changes nothing. */
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';

test('export, delete everything, import back; a malformed backup is refused and loses nothing', async ({ context, extensionId }) => {
  const dash = await context.newPage();
  await dash.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  await dash.locator('#profile-sora-email').fill('ana@example.com');
  await dash.getByTestId('save-profile').click();
  await expect(dash.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

  const download = dash.waitForEvent('download');
  await dash.getByTestId('export-all').click();
  const file = await (await download).path();
  const backup = JSON.parse(readFileSync(file, 'utf8')) as {
    format: string;
    items: { profile: { data: { accounts: { sora: { email: string } } } } };
  };
  expect(backup.format).toBe('ava-backup');
  expect(backup.items.profile.data.accounts.sora.email).toBe('ana@example.com');

  dash.on('dialog', (d) => void d.accept());
  await dash.getByTestId('delete-all').click();
  await expect(dash.getByTestId('privacy-status')).toContainText('deleted');
  await dash.reload();
  await expect(dash.locator('#profile-sora-email')).toHaveValue('');

  await dash.getByTestId('import-file').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: readFileSync(file) });
  // In words, not the storage keys ("Imported profile", "generations:hailuo").
  await expect(dash.getByTestId('privacy-status')).toHaveText('Imported account details. Reload open AVA pages to see it.');
  await dash.reload();
  await expect(dash.locator('#profile-sora-email')).toHaveValue('ana@example.com');

  await dash.getByTestId('import-file').setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"ava-backup","version":1,"items":{"profile":{"v":99,"data":{}}}}'),
  });
  await expect(dash.getByTestId('privacy-error')).toContainText('Nothing was changed');
  await dash.reload();
  await expect(dash.locator('#profile-sora-email')).toHaveValue('ana@example.com');

  // A file that is no AVA backup: one plain sentence, never zod's detail ("format: Invalid input"), and nothing changes.
  await dash
    .getByTestId('import-file')
    .setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"x"}') });
  await expect(dash.getByTestId('privacy-error')).toHaveText(
    'This file is not an AVA backup, or it is damaged, so it was not imported. Nothing was changed.',
  );
  await dash.reload();
  await expect(dash.locator('#profile-sora-email')).toHaveValue('ana@example.com');
});
