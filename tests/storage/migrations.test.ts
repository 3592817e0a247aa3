/**
 * "Tests that migrate every earlier version": every stored item's migrations must chain from version 1 to its
 * current version, and each committed sample of an earlier version (tests/fixtures/storage/) must migrate to a value
 * the current schema accepts, with nothing lost.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as items from '../../src/storage/items.ts';
import { makeBackup, readBackup } from '../../src/storage/backup.ts';
import { decode, type ItemSpec } from '../../src/storage/store.ts';

const isSpec = (x: unknown): x is ItemSpec<unknown> =>
  typeof x === 'object' &&
  x !== null &&
  typeof (x as ItemSpec<unknown>).key === 'string' &&
  typeof (x as ItemSpec<unknown>).version === 'number' &&
  'migrations' in x;
const SPECS: ItemSpec<unknown>[] = (Object.values(items) as unknown[]).filter(isSpec);
const sample = (name: string) => JSON.parse(readFileSync(`tests/fixtures/storage/${name}`, 'utf8')) as { v: number; data: unknown };

describe('storage migrations', () => {
  it('finds every ItemSpec (guards the discovery below)', () => {
    expect(SPECS.map((s) => s.key)).toEqual(expect.arrayContaining(['profile', 'generations', 'cases', 'tabs', 'claims', 'balances']));
  });

  for (const spec of SPECS) {
    it(`${spec.key}: a step for every version from 1 to ${spec.version}, and an empty v1 value reads cleanly`, () => {
      for (let v = 1; v < spec.version; v++) expect(typeof spec.migrations[v], `${spec.key} v${v} -> v${v + 1}`).toBe('function');
      expect(
        Object.keys(spec.migrations)
          .map(Number)
          .every((v) => v >= 1 && v < spec.version),
      ).toBe(true);
      for (let v = 1; v <= spec.version; v++) {
        const r = decode(spec, { v, data: spec.empty() });
        expect(r.problems, `${spec.key} from v${v}`).toEqual([]);
      }
    });
  }

  it('claims v1 -> v2: a committed v1 ledger keeps every field and gains kind "refund" and no follow-ups', () => {
    const v1 = sample('claims-v1.json');
    expect(v1.v).toBe(1);
    const r = decode(items.claimsItem, v1);
    expect(r.problems).toEqual([]);
    const old = v1.data as Record<string, Record<string, unknown>>;
    expect(Object.keys(r.value).sort()).toEqual(Object.keys(old).sort());
    for (const [id, c] of Object.entries(r.value)) {
      expect(c).toEqual({ ...old[id], kind: 'refund', followUps: [] });
    }
    expect(r.value['claim-lx2k9f-a1b2']!.history[1]!.note).toBe('ticket #48213');
  });

  it('claims v1 -> v2: an unreadable v1 entry is dropped alone, the rest migrate', () => {
    const v1 = sample('claims-v1.json');
    const data = { ...(v1.data as Record<string, unknown>), broken: { id: 'broken', state: 'nonsense' }, notAnObject: 7 };
    const r = decode(items.claimsItem, { v: 1, data });
    expect(Object.keys(r.value).sort()).toEqual(['claim-lx2k9f-a1b2', 'claim-lx3m0a-c3d4']);
    expect(r.problems).toHaveLength(2);
  });

  it('a backup made before claims v2 imports migrated, and balance history travels with it', () => {
    const balances = {
      v: 1,
      data: { sora: [{ kind: 'balance', amount: 240, unit: 'credits', field: 'credit_remaining', firstAt: 1, lastAt: 2 }] },
    };
    const back = readBackup(makeBackup({ claims: sample('claims-v1.json'), balances }, new Date('2026-11-25T00:00:00Z')));
    expect(back.notes).toEqual([]);
    expect(back.items.claims!.v).toBe(items.claimsItem.version);
    expect(Object.values(back.items.claims!.data as Record<string, { kind: string }>).map((c) => c.kind)).toEqual(['refund', 'refund']);
    expect(back.items.balances).toEqual(balances);
  });
});
