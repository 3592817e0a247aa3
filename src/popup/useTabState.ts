import { useLayoutEffect, useState } from 'preact/hooks';
import type { Case } from '../storage/items.ts';
import { ask } from '../ui/messaging.ts';
import { loadTabData, type TabData, takeAtOpen } from './tab-request.ts';

export type { TabData } from './tab-request.ts';

export function useTabState(): { data?: TabData; error?: string; reload: () => void } {
  const [data, setData] = useState<TabData>();
  const [error, setError] = useState<string>();
  const [n, setN] = useState(0);
  // A layout effect runs right after the render that mounts it, not after the next paint like useEffect.
  useLayoutEffect(() => {
    const pending = takeAtOpen() ?? loadTabData();
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
