/**
 * The service worker: one place where listeners are registered (synchronously, at top level, so Chrome can wake
 * the worker for them). All state lives in chrome.storage and IndexedDB; nothing here survives in memory on purpose.
 */
import browser from 'webextension-polyfill';
import type { Sender } from '../messages/router.ts';
import { tabsItem } from '../storage/items.ts';
import { Store } from '../storage/store.ts';
import { captureTab } from './capture.ts';
import { deleteEvidence, putEvidence } from '../storage/evidence-db.ts';
import { chromeSites, syncSites } from './sites.ts';
import { closeOffscreen, ensureOffscreen, sendToOffscreen } from './offscreen.ts';
import type { BackgroundDeps } from './handlers.ts';
import { buildRouters } from './routers.ts';
import { DUE_BADGE_COLOR, listenForNotificationClicks, onReminderAlarm, syncReminders } from './alarms.ts';

const selfId = chrome.runtime.id;
const extensionOrigin = chrome.runtime.getURL('');

const deps: BackgroundDeps = {
  local: new Store(chrome.storage.local),
  session: new Store(chrome.storage.session),
  now: () => Date.now(),
  // The tab's problem count overrides the global due-reminder count (alarms.ts); with no problem the tab's own
  // text is cleared (null), so the global count shows through instead of being hidden by an empty text.
  setBadge: async (tabId, count) => {
    await chrome.action.setBadgeBackgroundColor({ tabId, color: count > 0 ? '#b42318' : DUE_BADGE_COLOR });
    // Chrome documents `text: null` with a tabId as "clear the tab's text"; @types/chrome's action typings omit null.
    await chrome.action.setBadgeText({ tabId, text: (count > 0 ? String(count) : null) as string });
  },
  captureTab,
  analysis: { ensureOffscreen, closeOffscreen, sendToOffscreen, deleteEvidence, newId: () => crypto.randomUUID() },
  sites: chromeSites(),
  putEvidence,
  newId: () => crypto.randomUUID(),
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

// Reminders: re-created from storage at every start, re-planned whenever the claims change, acted on when they fire.
const logReminders = (e: unknown) => console.warn('[AVA reminders]', e instanceof Error ? e.message : String(e));
const resync = () => void syncReminders(deps.local, Date.now()).catch(logReminders);
chrome.alarms.onAlarm.addListener((alarm) => void onReminderAlarm(deps.local, alarm.name, Date.now()).catch(logReminders));
chrome.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && 'claims' in changes) resync();
});
listenForNotificationClicks();
chrome.permissions.onAdded.addListener(listenForNotificationClicks);
resync();
// These two make Chrome start the worker when the browser starts and after an update (which clears alarms), so the
// plan above runs then too and the badge is right before anything else wakes AVA.
chrome.runtime.onStartup.addListener(resync);
chrome.runtime.onInstalled.addListener(resync);

// Added sites: registrations follow storage and Chrome's grants. Checked at every start and update (an update may
// drop dynamic registrations), when a grant arrives (the dashboard asks Chrome after storing the site) or is taken
// back in chrome://extensions, and when the stored list changes.
const logSites = (e: unknown) => console.warn('[AVA sites]', e instanceof Error ? e.message : String(e));
const resyncSites = () => void syncSites(deps.local, deps.sites!).catch(logSites);
resyncSites();
chrome.runtime.onStartup.addListener(resyncSites);
chrome.runtime.onInstalled.addListener(resyncSites);
chrome.permissions.onAdded.addListener(resyncSites);
chrome.permissions.onRemoved.addListener(resyncSites);
chrome.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && 'addedSites' in changes) resyncSites();
});

// Session storage is readable by content scripts only if we allow it; keep it to trusted contexts.
void chrome.storage.session.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' });
