/**
 * Two sightings of one generation merged into one record: used by the content script as a page reports and by the
 * worker as it stores, so both keep the same rules. Pure and type-only imports (the content script stays small).
 */
import type { Generation } from './generation.ts';

/** Merge two sightings of one generation: network data is richer than the DOM's, newer fields win. */
export function mergeGeneration(old: Generation | undefined, next: Generation): Generation {
  if (!old) return next;
  if (old.source === 'network' && next.source === 'dom') {
    // The DOM may show a failure the network did not (e.g. an error banner); never let it erase network facts.
    return old.status === 'unknown' && next.status !== 'unknown'
      ? { ...old, status: next.status, failureKind: next.failureKind ?? old.failureKind }
      : old;
  }
  // The generic fallback guesses from words: it never overrides what the provider's own parser said.
  if (!old.viaFallback && next.viaFallback) return old;
  const merged: Generation = { ...old, ...next };
  if (!next.viaFallback) delete merged.viaFallback;
  if (!next.prompt && old.prompt) merged.prompt = old.prompt;
  if (!next.videoUrl && old.videoUrl) merged.videoUrl = old.videoUrl;
  return merged;
}
