import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n.ts';
import { type StorageFailure, storageFailuresItem } from '../storage/items.ts';
import { Store } from '../storage/store.ts';

const session = new Store(chrome.storage.session);
/** Failures older than this are history, not news. */
const RECENT_MS = 60 * 60 * 1000;

/**
 * Says so when a write to local storage failed (quota full, ...), whether the worker's or this page's, so a Save that
 * did nothing is never silent (issue 17.1). Read from session storage, which has room when local storage is full.
 */
export function StorageAlert() {
  const [latest, setLatest] = useState<StorageFailure>();
  useEffect(() => {
    const load = () =>
      void session.read(storageFailuresItem).then((all) => setLatest(all.filter((f) => Date.now() - f.at < RECENT_MS).at(-1)));
    const onChange = (changes: Record<string, unknown>, area: string) => area === 'session' && storageFailuresItem.key in changes && load();
    load();
    chrome.storage.onChanged.addListener(onChange);
    return () => chrome.storage.onChanged.removeListener(onChange);
  }, []);
  if (!latest) return null;
  const dismiss = () => void session.write(storageFailuresItem, []).then(() => setLatest(undefined));
  return (
    <p class="error" role="alert" data-testid="storage-failure">
      {t('storage_write_failed', latest.message)}{' '}
      <button type="button" onClick={dismiss}>
        {t('storage_dismiss')}
      </button>
    </p>
  );
}
