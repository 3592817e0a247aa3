import { recordStorageFailure } from '../storage/failures.ts';
import { Store } from '../storage/store.ts';

/**
 * Extension pages read and write chrome.storage.local through the same versioned store as the worker. A write that
 * fails (quota) is recorded in session storage, where ui/StorageAlert shows it, as well as rejecting as before.
 */
export const localStore = new Store(
  chrome.storage.local,
  undefined,
  (key, message) => void recordStorageFailure(new Store(chrome.storage.session), key, message, Date.now()),
);
