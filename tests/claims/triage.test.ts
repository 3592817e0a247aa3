import { describe, expect, it } from 'vitest';
import { collapseRelated, sortForPopup, triage } from '../../src/claims/triage.ts';
import { runway } from '../../src/providers/runway.ts';
import { sora } from '../../src/providers/sora.ts';
import type { Generation } from '../../src/shared/generation.ts';

const now = new Date('2026-11-25T12:00:00Z');
const row = (g: Generation) => ({ g, t: triage(g, g.provider === 'sora' ? sora : runway, now) });
const base = { provider: 'sora', source: 'network' as const };

describe('triage', () => {
  it('moderation blocks point to the provider’s route; hard failures to a draft', () => {
    expect(triage({ ...base, id: 'a', status: 'blocked', failureKind: 'moderation' }, sora, now)).toMatchObject({
      lane: 'moderation',
      action: 'feedback',
    });
    const rw = triage(
      {
        provider: 'runway',
        source: 'network',
        id: 'b',
        status: 'blocked',
        failureKind: 'moderation_input',
        providerCode: 'SAFETY.INPUT.TEXT',
      },
      runway,
      now,
    );
    expect(rw).toMatchObject({ lane: 'moderation', term: 'Input safety block' });
    expect(rw.policy).toMatch(/cannot override/);
    expect(triage({ ...base, id: 'c', status: 'failed', failureKind: 'generation_error' }, runway, now)).toMatchObject({
      lane: 'hard',
      action: 'draft',
    });
  });

  it('stuck only past the provider’s own limit', () => {
    const running = (createdAt: string): Generation => ({ provider: 'runway', source: 'network', id: 'r', status: 'running', createdAt });
    // Runway's stuck article: Cancel appears after 30 minutes.
    expect(triage(running('2026-11-25T11:45:00Z'), runway, now).lane).toBe('in_progress');
    expect(triage(running('2026-11-25T09:30:00Z'), runway, now)).toMatchObject({ lane: 'hard', kind: 'stuck' });
  });

  it('sorts failures first and lists a job known by two IDs once', () => {
    const id = (prefix: string, n: number) => `${prefix}_${String(n).padStart(26, 'a')}`;
    const [t1, g1, t2, g2] = [id('task', 1), id('gen', 1), id('task', 2), id('gen', 2)];
    const task: Generation = { ...base, id: t1!, status: 'succeeded', relatedIds: [g1!] };
    const gen: Generation = { ...base, id: g1!, status: 'succeeded', relatedIds: [t1!] };
    // The task failed with no generation of its own; its (older) draft row is only "in progress": the failure wins.
    const failedTask: Generation = { ...base, id: t2!, status: 'failed', failureKind: 'generation_error' };
    const pendingGen: Generation = { ...base, id: g2!, status: 'running', createdAt: '2026-11-25T11:59:00Z', relatedIds: [t2!] };
    const out = sortForPopup(collapseRelated([row(task), row(gen), row(failedTask), row(pendingGen)], sora)).map((r) => r.g.id);
    expect(out).toEqual([t2, g1]);
  });
});
