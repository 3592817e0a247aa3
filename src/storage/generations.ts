/**
 * Generations are kept per provider, each provider under its own storage key with a byte budget, so a page that
 * floods its own provider's records can fill only that provider's share of chrome.storage.local: never another
 * provider's, the claims, the cases or the profile. Pure apart from the Store it is given.
 */
import { z } from 'zod';
import { legacyGenerationsItem, MAX_GENERATIONS_PER_PROVIDER, type StoredGeneration, StoredGenerationSchema } from './items.ts';
import type { ItemSpec, Store } from './store.ts';

/**
 * Bytes one provider's generations may take (as stored JSON). chrome.storage.local holds 10 MiB without the
 * unlimitedStorage permission; 14 providers at 512 KiB leave 3 MiB for claims, cases, analyses and the profile.
 * A maximum-size generation is about 12 KiB, a usual one under 1 KiB.
 */
export const GENERATIONS_BYTE_BUDGET = 512 * 1024;

export const GENERATIONS_KEY_PREFIX = 'generations:';
const PROVIDER_ID = /^[a-z0-9-]{2,40}$/;

const specs = new Map<string, ItemSpec<Record<string, StoredGeneration>>>();

/** The item holding one provider's generations, by "<provider>:<id>". */
export function generationsItemFor(provider: string): ItemSpec<Record<string, StoredGeneration>> {
  if (!PROVIDER_ID.test(provider)) throw new Error(`not a provider id: ${provider.slice(0, 40)}`);
  let spec = specs.get(provider);
  if (!spec) {
    spec = { ...legacyGenerationsItem, key: `${GENERATIONS_KEY_PREFIX}${provider}`, schema: z.record(z.string(), StoredGenerationSchema) };
    specs.set(provider, spec);
  }
  return spec;
}

/** The provider part of a generation key ("sora:gen_..." -> "sora"); undefined when there is none. */
export function providerOfKey(key: string): string | undefined {
  const p = key.slice(0, Math.max(0, key.indexOf(':')));
  return PROVIDER_ID.test(p) ? p : undefined;
}

const bytes = (v: unknown): number => new TextEncoder().encode(JSON.stringify(v)).byteLength;

/**
 * Keep at most MAX_GENERATIONS_PER_PROVIDER entries and GENERATIONS_BYTE_BUDGET bytes, dropping the ones seen longest
 * ago. Applied to one provider's item only, so eviction never reaches another provider. Entries are sized by their
 * JSON length (cheap: this runs on every report of a flooding page); the whole is then measured in UTF-8 bytes and,
 * where multi-byte text made the estimate short, trimmed again.
 */
export function fitBudget(all: Record<string, StoredGeneration>, budget = GENERATIONS_BYTE_BUDGET): Record<string, StoredGeneration> {
  let total = bytes(all) + 16;
  if (Object.keys(all).length <= MAX_GENERATIONS_PER_PROVIDER && total <= budget) return all;
  const entries = Object.entries(all).map(([k, e]) => ({ k, e, n: k.length + JSON.stringify(e).length + 4 }));
  entries.sort((a, b) => a.e.lastSeen - b.e.lastSeen || a.e.firstSeen - b.e.firstSeen);
  let drop = Math.max(0, entries.length - MAX_GENERATIONS_PER_PROVIDER);
  // UTF-8 bytes per JSON character, measured on the whole (above 1 where text is multi-byte), refined each round.
  let ratio = Math.max(1, total / entries.reduce((a, x) => a + x.n, 16));
  for (let round = 0; round < 4; round++) {
    let estimate = entries.slice(drop).reduce((a, x) => a + x.n, 16);
    while (drop < entries.length - 1 && estimate * ratio > budget) estimate -= entries[drop++]!.n;
    for (const x of entries.slice(0, drop)) delete all[x.k];
    total = bytes(all) + 16;
    if (total <= budget || drop >= entries.length - 1) break;
    ratio = Math.max(ratio * 1.01, total / estimate);
  }
  return all;
}

/** Stored generations for these keys (any providers), validated entry by entry; missing keys left out. */
export async function readGenerations(store: Store, keys: readonly string[]): Promise<Record<string, StoredGeneration>> {
  const byProvider = new Map<string, string[]>();
  for (const k of keys) {
    const p = providerOfKey(k);
    if (p) byProvider.set(p, [...(byProvider.get(p) ?? []), k]);
  }
  const parts = await Promise.all([...byProvider].map(([p, ks]) => store.readEntries(generationsItemFor(p), ks)));
  return Object.assign({}, ...parts) as Record<string, StoredGeneration>;
}

/** One stored generation by its key. */
export async function readGeneration(store: Store, key: string): Promise<StoredGeneration | undefined> {
  return (await readGenerations(store, [key]))[key];
}

/**
 * Migration from v1: move the single `generations` item into one item per provider (each fitted to its budget, newer
 * sightings already in the per-provider item win), then remove it. Idempotent; entries without a usable provider are
 * dropped, and anything unreadable is quarantined by Store.read as usual.
 */
export async function splitLegacyGenerations(store: Store): Promise<number> {
  if (!(await store.has(legacyGenerationsItem.key))) return 0;
  const legacy = await store.read(legacyGenerationsItem);
  const byProvider = new Map<string, Record<string, StoredGeneration>>();
  for (const [k, e] of Object.entries(legacy)) {
    const p = e.g.provider;
    if (!PROVIDER_ID.test(p) || k !== `${p}:${e.g.id}`) continue;
    byProvider.set(p, { ...byProvider.get(p), [k]: e });
  }
  let moved = 0;
  for (const [p, entries] of byProvider) {
    await store.update(generationsItemFor(p), (current) => fitBudget({ ...entries, ...current }));
    moved += Object.keys(entries).length;
  }
  await store.remove(legacyGenerationsItem.key);
  return moved;
}
