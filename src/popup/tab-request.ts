import type { TabStateAnswer } from '../messages/tab-state.ts';
import { t } from '../shared/i18n.ts';
import { ask } from '../ui/messaging.ts';

/** The worker's answer (messages/tab-state.ts: rows, cases, profile, the provider's display facts) and the tab. */
export interface TabData extends TabStateAnswer {
  tabId: number;
}

/** The tab the popup is about: `?tab=` when opened as a page (tests, keyboard users), else the active tab. */
async function targetTab(): Promise<number> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new Error(t('popup_no_active_tab'));
  return tab.id;
}

/** One request: the worker validated what it read and what it answers, so the popup loads no schema to show it. */
export async function loadTabData(): Promise<TabData> {
  const tabId = await targetTab();
  return { tabId, ...(await ask<TabStateAnswer>({ type: 'ui/tab-state', tabId })) };
}

/**
 * Sent as this module runs: main.tsx imports it first, so the request goes out before the rest of the popup's code runs
 * and the worker answers while it does (issue 15.4).
 */
let atOpen: Promise<TabData> | undefined = typeof chrome !== 'undefined' && chrome.runtime?.id ? loadTabData() : undefined;
// Handled here so a popup that fails before the hook subscribes does not log an unhandled rejection; the hook still
// gets the rejection from `atOpen` itself.
atOpen?.catch(() => undefined);

/** The request sent at open, once (the first render takes it); later loads ask again. */
export function takeAtOpen(): Promise<TabData> | undefined {
  const pending = atOpen;
  atOpen = undefined;
  return pending;
}
