import { useState } from 'preact/hooks';
import { makeBackup, MAX_BACKUP_BYTES, personGrants, readBackup } from '../storage/backup.ts';
import { importSummary } from '../storage/backup-words.ts';
import { t } from '../shared/i18n.ts';

/** "x.example" from a granted pattern ("https://x.example/*"), as the person saw it when they allowed it. */
const hostOf = (pattern: string) => pattern.replace(/^https:\/\//, '').replace(/\/\*$/, '');

/** Of the grants a backup lists, those this browser has not given: only the person can, on a click of their own. */
async function notGrantedHere(patterns: readonly string[]): Promise<string[]> {
  const has = await Promise.all(patterns.map((o) => chrome.permissions.contains({ origins: [o] }).catch(() => false)));
  return patterns.filter((_, i) => !has[i]);
}

/** Export everything as JSON, import it back (checked first), or delete everything AVA keeps in this browser. */
export function PrivacySection() {
  const [status, setStatus] = useState<string>();
  const [error, setError] = useState<string>();
  const say = (ok?: string, bad?: string) => {
    setStatus(ok);
    setError(bad);
  };

  const exportAll = async () => {
    const stored = await chrome.storage.local.get(null);
    const { origins = [] } = await chrome.permissions.getAll();
    const text = makeBackup(stored, new Date(), personGrants(origins, stored));
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    a.download = `ava-backup-${new Date().toISOString().slice(0, 10)}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
    say(t('options_privacy_exported'));
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      // Refused before it is read: a file this large is no AVA backup (storage/backup.ts).
      if (file.size > MAX_BACKUP_BYTES) throw new Error(t('err_backup_too_large', String(MAX_BACKUP_BYTES / 1024 / 1024)));
      const { items, notes, regrant } = readBackup(await file.text());
      await chrome.storage.local.set(items);
      const again = (await notGrantedHere(regrant)).map(hostOf);
      const done = importSummary(Object.keys(items), notes);
      // Permissions do not travel in a file: say which to allow again instead of asking for them here.
      say(again.length ? `${done} ${t('options_privacy_regrant', again.join(', '))}` : done);
    } catch (e) {
      say(undefined, e instanceof Error ? e.message : String(e));
    }
  };

  const deleteAll = async () => {
    if (!confirm(t('options_privacy_delete_confirm'))) return;
    await Promise.all([chrome.storage.local.clear(), chrome.storage.session.clear()]);
    await new Promise<void>((resolve) => {
      const req = indexedDB.deleteDatabase('ava-evidence');
      req.onsuccess = req.onerror = req.onblocked = () => resolve();
    });
    say(t('options_privacy_deleted'));
  };

  return (
    <section aria-label={t('options_privacy_label')} data-testid="privacy">
      <h2>{t('options_privacy_title')}</h2>
      <p class="muted">{t('options_privacy_intro')}</p>
      <div class="actions">
        <button type="button" data-testid="export-all" onClick={() => void exportAll()}>
          {t('options_privacy_export')}
        </button>
        <label class="button">
          {t('options_privacy_import')}
          <input
            class="sr-only"
            type="file"
            accept="application/json,.json"
            data-testid="import-file"
            onChange={(e) => void importFile(e.currentTarget.files?.[0])}
          />
        </label>
        <button type="button" data-testid="delete-all" onClick={() => void deleteAll()}>
          {t('options_privacy_delete')}
        </button>
      </div>
      {status && (
        <p role="status" data-testid="privacy-status">
          {status}
        </p>
      )}
      {error && (
        <p role="alert" class="error" data-testid="privacy-error">
          {error}
        </p>
      )}
    </section>
  );
}
