import { t } from '../shared/i18n.ts';
import { type StorageFailure, storageFailuresItem } from '../storage/items.ts';
import { storeFor, useItem } from './useItem.ts';

/** Failures older than this are history, not news. */
const RECENT_MS = 60 * 60 * 1000;

/**
 * Says so when a write to local storage failed (quota full, ...), whether the worker's or this page's, so a Save that
 * did nothing is never silent (issue 17.1). Read from session storage, which has room when local storage is full.
 */
export function StorageAlert() {
  const failures = useItem(storageFailuresItem, 'session');
  const latest: StorageFailure | undefined = failures?.filter((f) => Date.now() - f.at < RECENT_MS).at(-1);
  if (!latest) return null;
  const dismiss = () => void storeFor('session').write(storageFailuresItem, []);
  return (
    <p class="error" role="alert" data-testid="storage-failure">
      {t('storage_write_failed', latest.message)}{' '}
      <button type="button" onClick={dismiss}>
        {t('storage_dismiss')}
      </button>
    </p>
  );
}
