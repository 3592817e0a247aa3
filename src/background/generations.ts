import { mergeGeneration } from '../content/collector.ts';
import { type Generation, generationKey, isProblem } from '../shared/generation.ts';
import { scrubUrl, signedMediaUrl } from '../shared/scrub.ts';
import { generationsItem, MAX_GENERATIONS_PER_PROVIDER, MAX_VIDEO_SOURCES, type StoredGeneration, tabsItem, type TabState, videoSourcesItem } from '../storage/items.ts';
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
    return capGenerations(all, provider);
  });
  await session.update(tabsItem, (tabs) => {
    const prev: TabState | undefined = tabs[String(tabId)];
    const sameProvider = prev?.provider === provider;
    const merged = [...new Set([...(sameProvider ? prev.keys : []), ...keys])].slice(-500);
    tabs[String(tabId)] = { provider, pageUrl: scrubUrl(pageUrl), keys: merged, recognised: true, updatedAt: now };
    return tabs;
  });
  const signed = list.filter((g) => g.provider === provider).flatMap((g) => {
    const url = signedMediaUrl(g.videoUrl);
    return url ? [[generationKey(g), url] as const] : [];
  });
  if (signed.length) await session.update(videoSourcesItem, (all) => keepNewest({ ...all, ...Object.fromEntries(signed.map(([k, url]) => [k, { url, seenAt: now }])) }));
  return keys;
}

/** The newest MAX_VIDEO_SOURCES signed links; older ones have usually expired anyway. */
function keepNewest(all: Record<string, { url: string; seenAt: number }>) {
  const entries = Object.entries(all);
  if (entries.length <= MAX_VIDEO_SOURCES) return all;
  return Object.fromEntries(entries.sort((a, b) => b[1].seenAt - a[1].seenAt).slice(0, MAX_VIDEO_SOURCES));
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

/**
 * Keep at most MAX_GENERATIONS_PER_PROVIDER of the reporting provider's generations, dropping the ones seen longest
 * ago. Only the reporting provider's records are ever evicted, so a page flooding fake generations (see
 * e2e/security.spec.ts) can push out nothing but its own provider's data.
 */
export function capGenerations(all: Record<string, StoredGeneration>, reporting: string): Record<string, StoredGeneration> {
  const own = Object.entries(all).filter(([, e]) => e.g.provider === reporting);
  if (own.length <= MAX_GENERATIONS_PER_PROVIDER) return all;
  own.sort((a, b) => a[1].lastSeen - b[1].lastSeen);
  for (const [k] of own.slice(0, own.length - MAX_GENERATIONS_PER_PROVIDER)) delete all[k];
  return all;
}

export function problemCount(all: Record<string, StoredGeneration>, keys: readonly string[]): number {
  return keys.filter((k) => all[k] && isProblem(all[k]!.g)).length;
}
