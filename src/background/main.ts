/**
 * The service worker: one place where listeners are registered (synchronously, at top level, so Chrome can wake
 * the worker for them). All state lives in chrome.storage and IndexedDB; nothing here survives in memory on purpose.
 */
import { listen, typePrefix } from '../messages/bus.ts';
import { watch } from '../storage/watch.ts';
import { tabsItem } from '../storage/items.ts';
import { dropOldQuarantine, Store } from '../storage/store.ts';
import { splitLegacyGenerations } from '../storage/generations.ts';
import { recordStorageFailure } from '../storage/failures.ts';
import { captureTab } from './capture.ts';
import { deleteEvidence, putEvidence } from '../storage/evidence-db.ts';
import { chromeSites, syncSites } from './sites.ts';
import { askOffscreen, closeOffscreen, ensureOffscreen } from './offscreen.ts';
import type { BackgroundDeps } from './handlers.ts';
import { buildRouters } from './routers.ts';
import { DUE_BADGE_COLOR, listenForNotificationClicks, onReminderAlarm, syncReminders } from './alarms.ts';

const selfId = chrome.runtime.id;
const extensionOrigin = chrome.runtime.getURL('');

// Storage is for AVA's own pages and this worker only: content scripts (which run beside a provider's page) need none,
// so they can neither read the profile and claims nor write records. Set first, before anything is stored.
void chrome.storage.local.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' });
void chrome.storage.session.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' });

const session = new Store(chrome.storage.session);
// A failed write (quota) is kept where the popup and the dashboard look (ui/StorageAlert), not only in a log.
const local = new Store(chrome.storage.local, undefined, (key, message) => void recordStorageFailure(session, key, message, Date.now()));

const deps: BackgroundDeps = {
  local,
  session,
  // v1 kept all generations under one key: moved to one key per provider before any handler reads them.
  ready: splitLegacyGenerations(local).catch((e: unknown) => {
    console.warn('[AVA storage] migration', e instanceof Error ? e.message : String(e));
  }),
  now: () => Date.now(),
  // The tab's problem count overrides the global due-reminder count (alarms.ts); with no problem the tab's own
  // text is cleared (null), so the global count shows through instead of being hidden by an empty text.
  setBadge: async (tabId, count) => {
    await chrome.action.setBadgeBackgroundColor({ tabId, color: count > 0 ? '#b42318' : DUE_BADGE_COLOR });
    // Chrome documents `text: null` with a tabId as "clear the tab's text"; @types/chrome's action typings omit null.
    await chrome.action.setBadgeText({ tabId, text: (count > 0 ? String(count) : null) as string });
  },
  captureTab,
  analysis: { ensureOffscreen, closeOffscreen, sendToOffscreen: askOffscreen, deleteEvidence, newId: () => crypto.randomUUID() },
  sites: chromeSites(),
  putEvidence,
  newId: () => crypto.randomUUID(),
};

const { dispatch } = buildRouters(deps, selfId, extensionOrigin);

// Everything sent to the runtime except the worker's own `bg/*` jobs, which are for the offscreen document.
const forOffscreen = typePrefix('bg/');
listen((msg) => !forOffscreen(msg), dispatch);

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
watch(chrome.storage.onChanged, 'local', ['claims'], resync);
listenForNotificationClicks();
chrome.permissions.onAdded.addListener(listenForNotificationClicks);
resync();
// These two make Chrome start the worker when the browser starts and after an update (which clears alarms), so the
// plan above runs then too and the badge is right before anything else wakes AVA.
chrome.runtime.onStartup.addListener(resync);
chrome.runtime.onInstalled.addListener(resync);

// Quarantined unreadable values are kept for a while to be looked at, then aged out.
const quarantineArea = { getAll: () => chrome.storage.local.get(null), remove: (k: string) => chrome.storage.local.remove(k) };
void dropOldQuarantine(quarantineArea, Date.now()).catch(() => undefined);

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
watch(chrome.storage.onChanged, 'local', ['addedSites'], resyncSites);
