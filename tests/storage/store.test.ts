import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { casesItem, legacyGenerationsItem, profileItem, type StoredGeneration } from '../../src/storage/items.ts';
import { decode, type ItemSpec, Store } from '../../src/storage/store.ts';
import { MemoryArea } from '../helpers/memory-area.ts';

const g = (id: string): StoredGeneration => ({
  g: { provider: 'sora', id, status: 'failed', source: 'network' },
  firstSeen: 1,
  lastSeen: 2,
});

describe('versioned storage', () => {
  it('reads an empty area as the empty value', async () => {
    const s = new Store(new MemoryArea());
    expect(await s.read(profileItem)).toEqual({ defaults: {}, accounts: {} });
  });

  it('runs migrations from every earlier version', () => {
    const spec: ItemSpec<{ email: string; last4?: string }> = {
      key: 'demo',
      version: 3,
      schema: z.object({ email: z.string(), last4: z.string().optional() }),
      empty: () => ({ email: '' }),
      migrations: { 1: (d) => ({ mail: (d as { address: string }).address }), 2: (d) => ({ email: (d as { mail: string }).mail }) },
    };
    expect(decode(spec, { v: 1, data: { address: 'a@b.c' } }).value).toEqual({ email: 'a@b.c' });
    expect(decode(spec, { v: 2, data: { mail: 'a@b.c' } }).value).toEqual({ email: 'a@b.c' });
    expect(decode(spec, { v: 3, data: { email: 'a@b.c' } }).value).toEqual({ email: 'a@b.c' });
    expect(decode(spec, { v: 4, data: {} }).problems[0]).toMatch(/newer AVA/);
  });

  it('drops only the unreadable entry and keeps the raw value aside', async () => {
    const area = new MemoryArea();
    area.data.generations = { v: 1, data: { 'sora:a': g('gen_a'), 'sora:b': { g: { id: 7 } }, 'sora:c': g('gen_c') } };
    const problems: string[] = [];
    const s = new Store(area, (p) => problems.push(p));
    const value = await s.read(legacyGenerationsItem);
    expect(Object.keys(value).sort()).toEqual(['sora:a', 'sora:c']);
    expect(problems).toEqual(['generations: dropped unreadable entry sora:b']);
    expect((area.data['corrupt:generations'] as { raw: unknown }).raw).toEqual(area.data.generations);
  });

  it('falls back per field in the profile', async () => {
    const area = new MemoryArea();
    area.data.profile = {
      v: 1,
      data: { name: 'Ana', defaults: { email: 'ana@example.com', last4: '12x4' }, accounts: { sora: { last4: '4242' } } },
    };
    expect(await new Store(area).read(profileItem)).toEqual({
      name: 'Ana',
      defaults: { email: 'ana@example.com' },
      accounts: { sora: { last4: '4242' } },
    });
  });

  it('an unversioned or garbage value resets with a clear problem, not a throw', () => {
    expect(decode(casesItem, 'garbage').problems[0]).toMatch(/no version/);
    expect(decode(casesItem, { v: 1, data: 5 }).problems[0]).toMatch(/unreadable/);
  });

  it('serialises concurrent updates so none is lost', async () => {
    const s = new Store(new MemoryArea());
    await Promise.all(
      Array.from({ length: 25 }, (_, i) => s.update(legacyGenerationsItem, (all) => ({ ...all, [`sora:${i}`]: g(`gen_${i}`) }))),
    );
    expect(Object.keys(await s.read(legacyGenerationsItem))).toHaveLength(25);
  });

  it('a failed write (quota) rejects clearly and leaves stored data as it was', async () => {
    const area = new MemoryArea();
    const s = new Store(area);
    await s.write(legacyGenerationsItem, { 'sora:a': g('gen_a') });
    area.failWrites = true;
    await expect(s.update(legacyGenerationsItem, (all) => ({ ...all, 'sora:b': g('gen_b') }))).rejects.toThrow(/quota/);
    area.failWrites = false;
    expect(Object.keys(await s.read(legacyGenerationsItem))).toEqual(['sora:a']);
  });
});
