import { useEffect, useState } from 'preact/hooks';
import { unreadCount } from '../storage/diagnostics.ts';
import { t } from '../shared/i18n.ts';
import { diagnosticsItem } from '../storage/items.ts';
import { localStore } from '../ui/store.ts';

/**
 * "AVA saw 3 responses from Kling it could not read": a changed app must not look like "no failures". The counts
 * are the worker's diagnostics (bounded in age); the dashboard lists them with their shapes.
 */
export function UnreadNotice({ provider }: { provider: { id: string; name: string } }) {
  const [n, setN] = useState(0);
  useEffect(() => {
    void localStore.read(diagnosticsItem).then(
      (all) => setN(unreadCount(all, provider.id)),
      () => setN(0),
    );
  }, [provider.id]);
  if (n === 0) return null;
  return (
    <p class="notice" role="status" data-testid="unread-notice">
      {n === 1 ? t('popup_unread_one', provider.name) : t('popup_unread_many', n, provider.name)}{' '}
      <a href={chrome.runtime.getURL('src/options/index.html#diagnostics')} target="_blank" rel="noreferrer">
        {t('popup_unread_link')}
      </a>
    </p>
  );
}
