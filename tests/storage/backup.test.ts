import { describe, expect, it } from 'vitest';
import { makeBackup, readBackup } from '../../src/storage/backup.ts';

const stored = {
  profile: { v: 1, data: { defaults: { email: 'ana@example.com' }, accounts: {} } },
  generations: { v: 1, data: { 'sora:g': { g: { provider: 'sora', id: 'g', status: 'failed', source: 'network' }, firstSeen: 1, lastSeen: 2 } } },
  tabs: { v: 1, data: {} },
};

describe('backup', () => {
  it('round-trips the person’s items (not session state)', () => {
    const text = makeBackup(stored, new Date('2026-11-25T00:00:00Z'));
    const back = readBackup(text);
    expect(Object.keys(back.items).sort()).toEqual(['generations', 'profile']);
    expect(back.items.profile).toEqual(stored.profile);
    expect(back.problems).toEqual([]);
  });

  it('refuses what is not an AVA backup, saying nothing was changed', () => {
    expect(() => readBackup('{oops')).toThrow('This file is not JSON, so it is not an AVA backup. Nothing was changed.');
    expect(() => readBackup('{"format":"other"}')).toThrow(/not an AVA backup \(format: .*Nothing was changed/);
    const future = JSON.stringify({ format: 'ava-backup', version: 1, exportedAt: 'x', items: { claims: { v: 9, data: {} } } });
    expect(() => readBackup(future)).toThrow(/claims cannot be read .*newer AVA.*Nothing was changed/);
  });

  it('drops only unreadable entries and says which', () => {
    const text = JSON.stringify({ format: 'ava-backup', version: 1, exportedAt: 'x', items: { generations: { v: 1, data: { ok: stored.generations.data['sora:g'], bad: { g: 1 } } } } });
    const back = readBackup(text);
    expect(Object.keys(back.items.generations!.data as object)).toEqual(['ok']);
    expect(back.problems).toEqual(['generations: dropped unreadable entry bad']);
  });
});
