import { Store } from '../storage/store.ts';

/** Extension pages read and write chrome.storage.local through the same versioned store as the worker. */
export const localStore = new Store(chrome.storage.local);
