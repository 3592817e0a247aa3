import { scrubUrlsInText } from '../shared/scrub.ts';
import { storageFailuresItem } from './items.ts';
import type { Store } from './store.ts';

/** Keep a failed local write where the popup and dashboard show it (session storage, newest 20). */
export async function recordStorageFailure(session: Store, key: string, message: string, now: number): Promise<void> {
  await session
    .update(storageFailuresItem, (all) =>
      [...all, { key: key.slice(0, 100), message: scrubUrlsInText(message).slice(0, 300), at: now }].slice(-20),
    )
    .catch(() => undefined);
}
