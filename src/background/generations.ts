import { mergeGeneration } from '../content/collector.ts';
import { type Generation, generationKey, isProblem } from '../shared/generation.ts';
import { scrubUrl } from '../shared/scrub.ts';
import { generationsItem, MAX_GENERATIONS, type StoredGeneration, tabsItem, type TabState } from '../storage/items.ts';
import type { Store } from '../storage/store.ts';

/** Record a content script's report: merge into the global store and the tab's list. */
export async function recordGenerations(local: Store, session: Store, tabId: number, provider: string, pageUrl: string, list: readonly Generation[], now: number): Promise<string[]> {
  const clean = list.filter((g) => g.provider === provider).map((g) => ({ ...g, videoUrl: scrubUrl(g.videoUrl) }));
  const keys = clean.map(generationKey);
  await local.update(generationsItem, (all) => {
    for (const g of clean) {
      const k = generationKey(g);
      const old = all[k];
      all[k] = { g: mergeGeneration(old?.g, g), firstSeen: old?.firstSeen ?? now, lastSeen: now };
    }
    return capGenerations(all);
  });
  await session.update(tabsItem, (tabs) => {
    const prev: TabState | undefined = tabs[String(tabId)];
    const sameProvider = prev?.provider === provider;
    const merged = [...new Set([...(sameProvider ? prev.keys : []), ...keys])].slice(-500);
    tabs[String(tabId)] = { provider, pageUrl: scrubUrl(pageUrl), keys: merged, recognised: true, updatedAt: now };
    return tabs;
  });
  return keys;
}

export async function recordPageStatus(session: Store, tabId: number, provider: string, pageUrl: string, recognised: boolean, detail: string, now: number): Promise<void> {
  await session.update(tabsItem, (tabs) => {
    const prev = tabs[String(tabId)];
    const keys = prev?.provider === provider ? prev.keys : [];
    // A later "not recognised" must not hide generations this tab already showed.
    tabs[String(tabId)] = { provider, pageUrl: scrubUrl(pageUrl), keys, recognised: recognised || keys.length > 0, detail, updatedAt: now };
    return tabs;
  });
}

/** Keep the newest MAX_GENERATIONS, evicting what was seen longest ago. */
export function capGenerations(all: Record<string, StoredGeneration>): Record<string, StoredGeneration> {
  const entries = Object.entries(all);
  if (entries.length <= MAX_GENERATIONS) return all;
  entries.sort((a, b) => b[1].lastSeen - a[1].lastSeen);
  return Object.fromEntries(entries.slice(0, MAX_GENERATIONS));
}

export function problemCount(all: Record<string, StoredGeneration>, keys: readonly string[]): number {
  return keys.filter((k) => all[k] && isProblem(all[k]!.g)).length;
}
