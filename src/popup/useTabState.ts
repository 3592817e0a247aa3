import { useLayoutEffect, useState } from 'preact/hooks';
import type { TabStateAnswer } from '../messages/tab-state.ts';
import type { Case } from '../storage/items.ts';
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
async function loadTabData(): Promise<TabData> {
  const tabId = await targetTab();
  return { tabId, ...(await ask<TabStateAnswer>({ type: 'ui/tab-state', tabId })) };
}

/**
 * Asked for as soon as this module runs (main.tsx imports it first), while the rest of the popup's code loads and
 * runs: the list waits for the worker's answer, and an effect would only ask after the first frame is painted.
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
 * worker is the one writer of the stored cases: this sends what changed (storage/case-edit.ts, loaded with the first
 * edit, not at start) and gets the case back.
 */
export async function saveCase(key: string, before: Case, after: Case): Promise<Case> {
  const { diffCase } = await import('../storage/case-edit.ts');
  const r = await ask<{ case: Case }>({ type: 'ui/case-edit', generationKey: key, edit: diffCase(before, after) });
  return r.case;
}
