import { mergeGeneration } from '../shared/merge-generation.ts';
import { cleanReport, type IdRules } from '../shared/clean.ts';
import { type Generation, generationKey } from '../shared/generation.ts';
import { scrubUrl, scrubUrlsInText, signedMediaUrl } from '../shared/scrub.ts';
import { fitBudget, generationsItemFor, providerOfKey } from '../storage/generations.ts';
import { MAX_VIDEO_SOURCES, type StoredGeneration, tabsItem, type TabState, videoSourcesItem, type VideoSource } from '../storage/items.ts';
import type { Store } from '../storage/store.ts';

export interface Recorded {
  keys: string[];
  /** Items of the report that were skipped (wrong ID format, unreadable), with the reasons. */
  skipped: number;
  problems: string[];
}

/**
 * Record a content script's report. The one door: every item is cleaned again and checked on its own (shared/clean.ts),
 * its video URL is scrubbed here and only here for storage, and the signed form goes to session storage for analysis.
 */
export async function recordGenerations(
  local: Store,
  session: Store,
  tabId: number,
  provider: string,
  pageUrl: string,
  list: readonly unknown[],
  now: number,
  rules: IdRules,
): Promise<Recorded> {
  const { kept, skipped, problems } = cleanReport(list, provider, rules);
  const clean: Generation[] = kept.map((g) => ({ ...g, videoUrl: scrubUrl(g.videoUrl) }));
  for (const g of clean) if (g.videoUrl === undefined) delete g.videoUrl;
  const keys = clean.map(generationKey);
  if (clean.length) {
    await local.update(generationsItemFor(provider), (all) => {
      for (const g of clean) {
        const k = generationKey(g);
        const old = all[k];
        all[k] = { g: mergeGeneration(old?.g, g), firstSeen: old?.firstSeen ?? now, lastSeen: now };
      }
      return fitBudget(all);
    });
  }
  await session.update(tabsItem, (tabs) => {
    const prev: TabState | undefined = tabs[String(tabId)];
    const sameProvider = prev?.provider === provider;
    const merged = [...new Set([...(sameProvider ? prev.keys : []), ...keys])].slice(-500);
    const rejected = (sameProvider ? (prev.rejected ?? 0) : 0) + skipped;
    const detail = skipped ? problems.join('; ').slice(0, 300) : sameProvider ? prev.detail : undefined;
    tabs[String(tabId)] = {
      provider,
      pageUrl: scrubUrl(pageUrl),
      keys: merged,
      recognised: true,
      updatedAt: now,
      ...(rejected ? { rejected } : {}),
      ...(detail ? { detail } : {}),
    };
    return tabs;
  });
  const signed = kept.flatMap((g) => {
    const url = signedMediaUrl(g.videoUrl);
    return url ? [[generationKey(g), url] as const] : [];
  });
  if (signed.length) {
    await session.update(videoSourcesItem, (all) =>
      keepNewest({ ...all, ...Object.fromEntries(signed.map(([k, url]) => [k, { url, seenAt: now }])) }, provider),
    );
  }
  return { keys, skipped, problems };
}

/**
 * The newest MAX_VIDEO_SOURCES signed links of the reporting provider (older ones have usually expired anyway); other
 * providers' links are never evicted by this provider's page.
 */
export function keepNewest(all: Record<string, VideoSource>, provider: string): Record<string, VideoSource> {
  const own = Object.entries(all).filter(([k]) => providerOfKey(k) === provider);
  if (own.length <= MAX_VIDEO_SOURCES) return all;
  own.sort((a, b) => a[1].seenAt - b[1].seenAt);
  for (const [k] of own.slice(0, own.length - MAX_VIDEO_SOURCES)) delete all[k];
  return all;
}

export async function recordPageStatus(
  session: Store,
  tabId: number,
  provider: string,
  pageUrl: string,
  recognised: boolean,
  detail: string,
  now: number,
): Promise<void> {
  // The detail often quotes a response URL: its tokens are scrubbed before it is kept or shown.
  const clean = scrubUrlsInText(detail).slice(0, 300);
  await session.update(tabsItem, (tabs) => {
    const prev = tabs[String(tabId)];
    const keys = prev?.provider === provider ? prev.keys : [];
    // A later "not recognised" must not hide generations this tab already showed.
    tabs[String(tabId)] = {
      provider,
      pageUrl: scrubUrl(pageUrl),
      keys,
      recognised: recognised || keys.length > 0,
      detail: clean,
      updatedAt: now,
    };
    return tabs;
  });
}

export type { StoredGeneration };
