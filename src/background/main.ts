/**
 * The service worker: one place where listeners are registered (synchronously, at top level, so Chrome can wake
 * the worker for them). All state lives in chrome.storage and IndexedDB; nothing here survives in memory on purpose.
 */
import browser from 'webextension-polyfill';
import type { Sender } from '../messages/router.ts';
import { tabsItem } from '../storage/items.ts';
import { Store } from '../storage/store.ts';
import { captureTab } from './capture.ts';
import type { BackgroundDeps } from './handlers.ts';
import { buildRouters } from './routers.ts';

const selfId = chrome.runtime.id;
const extensionOrigin = chrome.runtime.getURL('');

const deps: BackgroundDeps = {
  local: new Store(chrome.storage.local),
  session: new Store(chrome.storage.session),
  now: () => Date.now(),
  setBadge: async (tabId, count) => {
    await chrome.action.setBadgeBackgroundColor({ tabId, color: '#b42318' });
    await chrome.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
  },
  captureTab,
};

const { dispatch } = buildRouters(deps, selfId, extensionOrigin);

browser.runtime.onMessage.addListener((msg: unknown, sender: Sender) => dispatch(msg, sender));

// A closed tab's list means nothing any more; the generations themselves stay in local storage.
chrome.tabs.onRemoved.addListener((tabId) => {
  void deps.session.update(tabsItem, (tabs) => {
    delete tabs[String(tabId)];
    return tabs;
  });
});

// Session storage is readable by content scripts only if we allow it; keep it to trusted contexts.
void chrome.storage.session.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' });
