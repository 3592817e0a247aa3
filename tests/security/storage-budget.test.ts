/** Issue 17.1: generations per provider under their own key, a byte budget each, and the v1 migration. */
import { describe, expect, it } from 'vitest';
import { recordGenerations } from '../../src/background/generations.ts';
import { fitBudget, GENERATIONS_BYTE_BUDGET, generationsItemFor, splitLegacyGenerations } from '../../src/storage/generations.ts';
import { claimsItem, legacyGenerationsItem, profileItem, type StoredGeneration } from '../../src/storage/items.ts';
import { Store } from '../../src/storage/store.ts';
import { MemoryArea } from '../helpers/memory-area.ts';

const soraId = (n: number) => `gen_${String(n).padStart(26, '0')}`;
const entry = (provider: string, id: string, lastSeen: number, extra: Record<string, unknown> = {}): StoredGeneration =>
  ({ g: { provider, id, status: 'failed', source: 'network', ...extra }, firstSeen: lastSeen, lastSeen }) as StoredGeneration;
const bytesOf = (v: unknown) => new TextEncoder().encode(JSON.stringify(v)).byteLength;
const rules = { formats: [/^gen_[0-9a-z]{26}$/] };

describe('per-provider generations with a byte budget', () => {
  it('a flood of maximum-size generations stays within the budget, evicting that provider’s oldest first', async () => {
    const area = new MemoryArea();
    const local = new Store(area);
    const session = new Store(new MemoryArea());
    await local.write(generationsItemFor('runway'), { 'runway:r1': entry('runway', 'r1', 1) });
    await local.write(profileItem, { defaults: { email: 'ana@example.com' }, accounts: {} });
    const big = { prompt: 'p'.repeat(4000), message: 'm'.repeat(2000), videoUrl: `https://videos.openai.com/${'v'.repeat(2000)}` };
    for (let batch = 0; batch < 10; batch++) {
      const list = Array.from({ length: 20 }, (_, i) => ({
        provider: 'sora',
        id: soraId(batch * 20 + i),
        status: 'failed',
        source: 'network',
        ...big,
      }));
      await recordGenerations(local, session, 1, 'sora', 'https://sora.chatgpt.com/library', list, 1000 + batch, rules);
    }
    expect(bytesOf(area.data['generations:sora'])).toBeLessThanOrEqual(GENERATIONS_BYTE_BUDGET);
    const sora = await local.read(generationsItemFor('sora'));
    // The newest batch is all there; the first is gone.
    for (let i = 180; i < 200; i++) expect(sora[`sora:${soraId(i)}`]).toBeDefined();
    expect(sora[`sora:${soraId(0)}`]).toBeUndefined();
    // Nothing of anyone else was touched.
    expect(await local.read(generationsItemFor('runway'))).toEqual({ 'runway:r1': entry('runway', 'r1', 1) });
    expect((await local.read(profileItem)).defaults.email).toBe('ana@example.com');
  });

  it('fitBudget also keeps the count cap, and drops by last sighting', () => {
    const all: Record<string, StoredGeneration> = {};
    for (let i = 0; i < 1005; i++) all[`sora:${soraId(i)}`] = entry('sora', soraId(i), i);
    const out = fitBudget(all);
    expect(Object.keys(out)).toHaveLength(1000);
    expect(out[`sora:${soraId(4)}`]).toBeUndefined();
    expect(out[`sora:${soraId(5)}`]).toBeDefined();
  });

  it('migration: the v1 `generations` item is split per provider, merged with newer per-provider data, then removed', async () => {
    const area = new MemoryArea();
    const local = new Store(area);
    await local.write(legacyGenerationsItem, {
      [`sora:${soraId(1)}`]: entry('sora', soraId(1), 1),
      'runway:r1': entry('runway', 'r1', 1),
      'sora:forged': entry('runway', 'forged', 1),
    });
    await local.write(generationsItemFor('sora'), { [`sora:${soraId(1)}`]: entry('sora', soraId(1), 9, { message: 'newer' }) });
    await local.write(claimsItem, {});
    expect(await splitLegacyGenerations(local)).toBe(2);
    expect(area.data.generations).toBeUndefined();
    expect(Object.keys(area.data).sort()).toEqual(['claims', 'generations:runway', 'generations:sora']);
    expect((await local.read(generationsItemFor('sora')))[`sora:${soraId(1)}`]!.g.message).toBe('newer');
    expect(Object.keys(await local.read(generationsItemFor('runway')))).toEqual(['runway:r1']);
    // Idempotent: nothing left to move.
    expect(await splitLegacyGenerations(local)).toBe(0);
  });

  it('a failed write is reported to the write-failure hook (shown to the person) and still rejects', async () => {
    const area = new MemoryArea();
    const failures: string[] = [];
    const local = new Store(
      area,
      () => undefined,
      (key, message) => failures.push(`${key}: ${message}`),
    );
    area.failWrites = true;
    await expect(local.write(claimsItem, {})).rejects.toThrow(/quota/);
    expect(failures).toEqual(['claims: QUOTA_BYTES quota exceeded']);
  });
});

describe('fitBudget with multi-byte text', () => {
  it('measures UTF-8 bytes, not characters', () => {
    const all: Record<string, StoredGeneration> = {};
    for (let i = 0; i < 400; i++) all[`sora:${soraId(i)}`] = entry('sora', soraId(i), i, { prompt: '字'.repeat(1000) });
    const out = fitBudget(all);
    expect(bytesOf(out)).toBeLessThanOrEqual(GENERATIONS_BYTE_BUDGET);
    expect(Object.keys(out).length).toBeGreaterThan(100);
    expect(out[`sora:${soraId(399)}`]).toBeDefined();
  });
});

describe('signed links in session storage', () => {
  it('are capped per provider: one provider’s page never evicts another’s links (issue 17.8)', async () => {
    const { keepNewest } = await import('../../src/background/generations.ts');
    const { MAX_VIDEO_SOURCES } = await import('../../src/storage/items.ts');
    const all: Record<string, { url: string; seenAt: number }> = { 'runway:r1': { url: 'https://cdn.example/r1?sig=1', seenAt: 0 } };
    for (let i = 0; i < MAX_VIDEO_SOURCES + 10; i++) all[`sora:${soraId(i)}`] = { url: `https://cdn.example/${i}?sig=1`, seenAt: i + 1 };
    const out = keepNewest(all, 'sora');
    expect(out['runway:r1']).toBeDefined();
    expect(Object.keys(out).filter((k) => k.startsWith('sora:'))).toHaveLength(MAX_VIDEO_SOURCES);
    expect(out[`sora:${soraId(0)}`]).toBeUndefined();
  });
});
