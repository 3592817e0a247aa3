import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/claims/ledger.ts';
import { dueBadgeText, planReminders } from '../../src/claims/reminders.ts';
import { runway } from '../../src/providers/runway.ts';
import { sora } from '../../src/providers/sora.ts';
import type { ProviderDefinition } from '../../src/providers/types.ts';

const at = (iso: string) => Date.parse(iso);
const claim = (id: string, state: Claim['state'], sentIso: string, over: Partial<Claim> = {}): Claim => ({
  id,
  provider: 'runway',
  generationIds: ['6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f'],
  state,
  draft: { subject: `Refund ${id}`, body: 'b' },
  channel: 'gmail',
  kind: 'refund',
  followUps: [],
  amounts: { unit: 'credits' },
  history: [{ state: 'sent', at: at(sentIso) }],
  createdAt: at(sentIso),
  updatedAt: at(sentIso),
  ...over,
});

describe('the reminder plan', () => {
  const now = new Date('2026-11-25T12:00:00Z'); // a Wednesday

  it('a sent claim gets an alarm 5 business days on; a passed one is due; decided claims get nothing', () => {
    const plan = planReminders(
      [
        claim('fresh', 'sent', '2026-11-24T09:00:00Z'),
        claim('old', 'sent', '2026-11-13T09:00:00Z'),
        claim('acked', 'acknowledged', '2026-11-13T09:00:00Z', {
          history: [
            { state: 'sent', at: at('2026-11-13T09:00:00Z') },
            { state: 'acknowledged', at: at('2026-11-23T09:00:00Z') },
          ],
        }),
        claim('done', 'credited', '2026-11-01T09:00:00Z'),
        claim('draft', 'drafted', '2026-11-01T09:00:00Z'),
      ],
      [runway],
      now,
    );
    expect(plan.alarms.map((a) => [a.name, new Date(a.when).toISOString()])).toEqual([
      ['ava:follow-up:acked', '2026-11-30T09:00:00.000Z'],
      ['ava:follow-up:fresh', '2026-12-01T09:00:00.000Z'],
    ]);
    expect(plan.due).toEqual([
      // The subject on its own too: the dashboard words the reminder in the person's language around it.
      {
        id: 'follow-up:old',
        kind: 'follow-up',
        label: 'Follow up: Refund old',
        subject: 'Refund old',
        at: at('2026-11-20T09:00:00Z'),
        claimId: 'old',
      },
    ]);
    expect(dueBadgeText(plan)).toBe('1');
  });

  it('a provider-stated response time replaces the default of 5 business days', () => {
    const quick: ProviderDefinition = {
      ...runway,
      policy: { ...runway.policy, followUpBusinessDays: { value: 2, source: { ref: 'test', checked: '2026-11-25', confidence: 'H' } } },
    };
    const plan = planReminders([claim('c', 'sent', '2026-11-24T09:00:00Z')], [quick], now);
    expect(new Date(plan.alarms[0]!.when).toISOString()).toBe('2026-11-26T09:00:00.000Z');
  });

  it('provider dates: announced three days ahead, due until the day ends, then gone', () => {
    const before = planReminders([], [sora], new Date('2026-09-01T00:00:00Z'));
    expect(before.alarms.map((a) => [a.name, new Date(a.when).toISOString()])).toEqual([
      ['ava:date:sora:2026-09-24', '2026-09-21T00:00:00.000Z'],
    ]);
    expect(before.due).toEqual([]);
    const during = planReminders([], [sora], new Date('2026-09-23T08:00:00Z'));
    expect(during.due.map((d) => d.id)).toEqual(['date:sora:2026-09-24']);
    expect(during.alarms).toEqual([]);
    expect(planReminders([], [sora], now)).toEqual({ alarms: [], due: [] });
    expect(dueBadgeText(planReminders([], [sora], now))).toBe('');
  });
});
