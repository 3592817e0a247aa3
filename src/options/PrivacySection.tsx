import { useState } from 'preact/hooks';
import { makeBackup, readBackup } from '../storage/backup.ts';

/** Export everything as JSON, import it back (checked first), or delete everything AVA keeps in this browser. */
export function PrivacySection() {
  const [status, setStatus] = useState<string>();
  const [error, setError] = useState<string>();
  const say = (ok?: string, bad?: string) => {
    setStatus(ok);
    setError(bad);
  };

  const exportAll = async () => {
    const text = makeBackup(await chrome.storage.local.get(null), new Date());
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    a.download = `ava-backup-${new Date().toISOString().slice(0, 10)}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
    say('Exported. The file holds your profile, generations, notes and claims (not screenshots).');
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      const { items, problems } = readBackup(await file.text());
      await chrome.storage.local.set(items);
      say(`Imported ${Object.keys(items).join(', ') || 'nothing'}.${problems.length ? ` Left out: ${problems.join('; ')}.` : ''} Reload open AVA pages to see it.`);
    } catch (e) {
      say(undefined, e instanceof Error ? e.message : String(e));
    }
  };

  const deleteAll = async () => {
    if (!confirm('Delete everything AVA keeps in this browser: profile, generations, notes, claims and screenshots?')) return;
    await Promise.all([chrome.storage.local.clear(), chrome.storage.session.clear()]);
    await new Promise<void>((resolve) => {
      const req = indexedDB.deleteDatabase('ava-evidence');
      req.onsuccess = req.onerror = req.onblocked = () => resolve();
    });
    say('Everything AVA kept in this browser is deleted.');
  };

  return (
    <section aria-label="Privacy" data-testid="privacy">
      <h2>Your data</h2>
      <p class="muted">AVA keeps everything in this browser and sends nothing anywhere. See PRIVACY.md in the source for the details.</p>
      <div class="actions">
        <button type="button" data-testid="export-all" onClick={() => void exportAll()}>Export everything (JSON)</button>
        <label class="button">
          Import a backup
          <input class="sr-only" type="file" accept="application/json,.json" data-testid="import-file" onChange={(e) => void importFile(e.currentTarget.files?.[0])} />
        </label>
        <button type="button" data-testid="delete-all" onClick={() => void deleteAll()}>Delete everything</button>
      </div>
      {status && <p role="status" data-testid="privacy-status">{status}</p>}
      {error && <p role="alert" class="error" data-testid="privacy-error">{error}</p>}
    </section>
  );
}
