import { describe, expect, it } from 'vitest';
import { casesItem, legacyGenerationsItem, type StoredGeneration } from '../../src/storage/items.ts';
import { Store } from '../../src/storage/store.ts';
import { MemoryArea } from '../helpers/memory-area.ts';

const g = (provider: string, id: string): StoredGeneration => ({
  g: { provider, id, status: 'failed', source: 'network' },
  firstSeen: 1,
  lastSeen: 2,
});

function setup(data: Record<string, unknown>) {
  const area = new MemoryArea();
  area.data.generations = { v: 1, data };
  const problems: string[] = [];
  return { area, problems, store: new Store(area, (p) => problems.push(p)) };
}

describe('Store.readEntries', () => {
  it('returns only the asked-for entries, in the asked order, validated, and skips missing keys', async () => {
    const { store, problems } = setup({ 'sora:a': g('sora', 'gen_a'), 'sora:b': g('sora', 'gen_b'), 'runway:c': g('runway', 'c') });
    const got = await store.readEntries(legacyGenerationsItem, ['sora:b', 'nope', 'sora:a']);
    expect(Object.keys(got)).toEqual(['sora:b', 'sora:a']);
    expect(got['sora:a']).toEqual(g('sora', 'gen_a'));
    expect(problems).toEqual([]);
  });

  it('takes a key test as well (one provider’s generations)', async () => {
    const { store } = setup({ 'sora:a': g('sora', 'gen_a'), 'runway:c': g('runway', 'c'), 'sora:b': g('sora', 'gen_b') });
    expect(Object.keys(await store.readEntries(legacyGenerationsItem, (k) => k.startsWith('sora:'))).sort()).toEqual(['sora:a', 'sora:b']);
  });

  it('strips what the schema strips, exactly like a full read', async () => {
    const { store } = setup({ 'sora:a': { ...g('sora', 'gen_a'), extra: '<img src=x>' } });
    const part = await store.readEntries(legacyGenerationsItem, ['sora:a']);
    expect(part['sora:a']).toEqual((await store.read(legacyGenerationsItem))['sora:a']);
    expect(part['sora:a']).not.toHaveProperty('extra');
  });

  it('never returns an invalid entry: a bad asked-for entry is dropped, reported and quarantined by the full read', async () => {
    const { store, area, problems } = setup({ 'sora:a': g('sora', 'gen_a'), 'sora:bad': { g: { id: 7 } } });
    expect(await store.readEntries(legacyGenerationsItem, ['sora:a', 'sora:bad'])).toEqual({ 'sora:a': g('sora', 'gen_a') });
    expect(problems).toEqual(['generations: dropped unreadable entry sora:bad']);
    expect(area.data['corrupt:generations']).toBeDefined();
  });

  it('does not read prototype keys as entries', async () => {
    const { store } = setup({ 'sora:a': g('sora', 'gen_a') });
    expect(await store.readEntries(legacyGenerationsItem, ['__proto__', 'constructor', 'toString'])).toEqual({});
  });

  it('an empty area, an unversioned value and a value from a newer AVA read as nothing, like read()', async () => {
    expect(await new Store(new MemoryArea()).readEntries(casesItem, ['sora:a'])).toEqual({});
    const area = new MemoryArea();
    const store = new Store(area, () => undefined);
    area.data.cases = { 'sora:a': { modes: [], description: '', evidence: [], updatedAt: 1 } };
    expect(await store.readEntries(casesItem, ['sora:a'])).toEqual({});
    area.data.cases = { v: 99, data: { 'sora:a': { modes: [], description: '', evidence: [], updatedAt: 1 } } };
    expect(await store.readEntries(casesItem, ['sora:a'])).toEqual({});
  });
});
