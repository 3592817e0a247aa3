import { useLayoutEffect, useState } from 'preact/hooks';
import type { Case, Profile, StoredGeneration, TabState } from '../storage/items.ts';
import { profileItem } from '../storage/items.ts';
import { diffCase } from '../storage/case-edit.ts';
import { t } from '../shared/i18n.ts';
import { ask } from '../ui/messaging.ts';
import { localStore } from '../ui/store.ts';

export interface TabData {
  tabId: number;
  tab: TabState | null;
  generations: StoredGeneration[];
  cases: Record<string, Case>;
  profile: Profile;
}

/** The tab the popup is about: `?tab=` when opened as a page (tests, keyboard users), else the active tab. */
async function targetTab(): Promise<number> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new Error(t('popup_no_active_tab'));
  return tab.id;
}

/** The service worker's view of the tab (validated there as it reads storage) and the person's profile, at once. */
async function loadTabData(): Promise<TabData> {
  const tabId = await targetTab();
  const [state, profile] = await Promise.all([
    ask<Omit<TabData, 'tabId' | 'profile'>>({ type: 'ui/tab-state', tabId }),
    localStore.read(profileItem),
  ]);
  return { tabId, profile, ...state };
}

/**
 * Asked for as soon as this module runs, while the popup renders its shell: the list waits for the worker's answer,
 * and an effect would only ask after the first frame is painted.
 */
let atOpen: Promise<TabData> | undefined = typeof chrome !== 'undefined' && chrome.runtime?.id ? loadTabData() : undefined;
// Handled here so a popup that fails before the hook subscribes does not log an unhandled rejection; the hook still
// gets the rejection from `atOpen` itself.
atOpen?.catch(() => undefined);

export function useTabState(): { data?: TabData; error?: string; reload: () => void } {
  const [data, setData] = useState<TabData>();
  const [error, setError] = useState<string>();
  const [n, setN] = useState(0);
  // A layout effect runs right after the render that mounts it, not after the next paint like useEffect.
  useLayoutEffect(() => {
    const pending = atOpen ?? loadTabData();
    atOpen = undefined;
    pending.then(setData, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [n]);
  return { data, error, reload: () => setN((x) => x + 1) };
}

/**
 * Persist the person's ticks and words per generation as they go, so nothing is lost when the popup closes. The
 * worker is the one writer of the stored cases: this sends what changed (storage/case-edit.ts) and gets the case back.
 */
export async function saveCase(key: string, before: Case, after: Case): Promise<Case> {
  const r = await ask<{ case: Case }>({ type: 'ui/case-edit', generationKey: key, edit: diffCase(before, after) });
  return r.case;
}
