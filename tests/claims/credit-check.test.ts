import { describe, expect, it } from 'vitest';
import type { BalanceEntry } from '../../src/claims/balances.ts';
import { checkCredits, type CreditCheckInput, offersCreditsDraft } from '../../src/claims/credit-check.ts';
import { draftCreditsNotReturned } from '../../src/claims/credits-draft.ts';
import { kling } from '../../src/providers/kling.ts';
import { runway } from '../../src/providers/runway.ts';
import { sora } from '../../src/providers/sora.ts';
import type { Generation } from '../../src/shared/generation.ts';

const T = Date.parse('2026-11-24T10:00:00Z');
const MIN = 60_000;
const bal = (amount: number, firstAt: number, lastAt = firstAt): BalanceEntry => ({
  kind: 'balance',
  amount,
  unit: 'credits',
  field: 'credit_remaining',
  firstAt,
  lastAt,
});
const failed: Generation = {
  provider: 'sora',
  id: 'gen_01jsq9e1g3j6l8n0q2s4t7v9x1',
  status: 'failed',
  failureKind: 'generation_error',
  providerCode: 'sora_error',
  message: 'Something went wrong.',
  createdAt: new Date(T).toISOString(),
  relatedIds: ['task_01jsr0f2h4k7m9p1r3t5u8w0y2'],
  source: 'network',
};
const input = (over: Partial<CreditCheckInput>): CreditCheckInput => ({
  g: failed,
  provider: sora,
  history: [],
  others: [],
  now: T + 60 * MIN,
  ...over,
});

describe('did the credits come back?', () => {
  it('says so when the page never showed a balance', () => {
    expect(checkCredits(input({}))).toEqual({ status: 'no-balance' });
  });

  it('cannot judge without a balance from before the generation started', () => {
    const after = bal(220, T + 5 * MIN);
    expect(checkCredits(input({ history: [after] }))).toEqual({ status: 'no-before', after });
  });

  it('before 240, after 220, nothing else started: 20 not returned, and Sora states no time', () => {
    const before = bal(240, T - 30 * MIN, T - MIN);
    const after = bal(220, T + 5 * MIN, T + 50 * MIN);
    const c = checkCredits(input({ history: [before, after] }));
    expect(c).toEqual({ status: 'not-returned', before, after, missing: 20 });
    expect(offersCreditsDraft(c)).toBe(true);
  });

  it('back to the earlier balance (or never taken): returned', () => {
    const before = bal(240, T - 30 * MIN, T - MIN);
    expect(checkCredits(input({ history: [before, bal(220, T + MIN), bal(240, T + 20 * MIN)] })).status).toBe('returned');
    // The same balance seen before and after the failure.
    expect(checkCredits(input({ history: [bal(240, T - 30 * MIN, T + 30 * MIN)] })).status).toBe('returned');
  });

  it('another generation started between the two readings makes the difference unclear', () => {
    const other: Generation = {
      ...failed,
      id: 'gen_01jsq5a7c9e2g4j6k8m0p3r5t7',
      status: 'succeeded',
      failureKind: undefined,
      relatedIds: undefined,
      createdAt: new Date(T + 2 * MIN).toISOString(),
    };
    const twin: Generation = { ...failed, id: 'task_01jsr0f2h4k7m9p1r3t5u8w0y2', relatedIds: [failed.id] };
    const history = [bal(240, T - 30 * MIN, T - MIN), bal(200, T + 5 * MIN)];
    expect(
      checkCredits(
        input({
          history,
          others: [
            { g: other, firstSeen: T },
            { g: twin, firstSeen: T },
          ],
        }),
      ),
    ).toMatchObject({ status: 'unclear', others: 1 });
    // One started before the "before" reading, or after the "after" one, explains nothing.
    const early = { ...other, createdAt: new Date(T - 40 * MIN).toISOString() };
    const late = { ...other, createdAt: new Date(T + 10 * MIN).toISOString() };
    expect(
      checkCredits(
        input({
          history,
          others: [
            { g: early, firstSeen: 0 },
            { g: late, firstSeen: 0 },
          ],
        }),
      ).status,
    ).toBe('not-returned');
  });

  it('within a provider’s stated time it waits; after it, the credits are overdue', () => {
    const g = { ...failed, provider: 'runway', id: '6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f', relatedIds: undefined };
    const history = [bal(100, T - 10 * MIN), bal(75, T + MIN)];
    const early = checkCredits(input({ g, provider: runway, history, now: T + 30 * MIN }));
    expect(early).toMatchObject({ status: 'waiting', missing: 25, windowMinutes: 60, dueAt: T + 60 * MIN });
    expect(offersCreditsDraft(early)).toBe(false);
    expect(checkCredits(input({ g, provider: runway, history, now: T + 61 * MIN }))).toMatchObject({
      status: 'not-returned',
      missing: 25,
      windowMinutes: 60,
    });
  });

  it('a charge on the failed task itself answers directly (Kling final_unit_deduction)', () => {
    const g: Generation = {
      provider: 'kling',
      id: '784261523409510470',
      status: 'failed',
      failureKind: 'charged_no_output',
      providerCode: '5000',
      source: 'network',
    };
    const charge: BalanceEntry = {
      kind: 'charge',
      amount: 1,
      unit: 'units',
      field: 'final_unit_deduction',
      generationId: g.id,
      firstAt: T,
      lastAt: T,
    };
    expect(checkCredits(input({ g, provider: kling, history: [charge] }))).toEqual({ status: 'charged', charge });
    expect(checkCredits(input({ g, provider: kling, history: [{ ...charge, amount: 0 }] })).status).toBe('not-charged');
  });
});

describe('the "credits not returned" draft', () => {
  const account = { email: 'ana@example.com', last4: '4242', name: 'Ana' };
  it('states the figures, the fields they came from and the Generation ID', () => {
    const before = bal(240, T - 30 * MIN, T - MIN);
    const after = bal(220, T + 5 * MIN, T + 50 * MIN);
    const check = checkCredits(input({ history: [before, after] }));
    if (!offersCreditsDraft(check)) throw new Error('expected a draft');
    const d = draftCreditsNotReturned({ provider: sora, g: failed, check, account, now: new Date(T + 60 * MIN) });
    expect(d.subject).toBe(`${sora.ticket.subjects.creditsNotReturned} — gen_01jsq9e1g3j6l8n0q2s4t7v9x1`);
    expect(d.to).toBeUndefined();
    expect(d.supportUrl).toBe('https://help.openai.com/');
    expect(d.body).toContain('gen_01jsq9e1g3j6l8n0q2s4t7v9x1');
    expect(d.body).toContain(
      'My balance (credit_remaining) was 240 credits before it, seen 2026-11-24 09:59 UTC, and 220 credits after it failed, seen 2026-11-24 10:50 UTC.',
    );
    expect(d.body).toContain('Could you please return the 20 credits to my account?');
    expect(d.body).toContain('Payment card ending in: 4242');
    expect(d.body).not.toContain(sora.policy.summary.value);
    expect(d.body).not.toMatch(/\bAVA\b|not guaranteed/);
    // Sora states no automatic refund, so the draft claims none.
    expect(d.body).not.toMatch(/come back automatically/);
  });

  it('quotes a stated refund time only where the provider states one', () => {
    const g = { ...failed, provider: 'runway', id: '6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f', relatedIds: undefined };
    const check = checkCredits(input({ g, provider: runway, history: [bal(100, T - 10 * MIN), bal(75, T + MIN)], now: T + 3 * 60 * MIN }));
    if (!offersCreditsDraft(check)) throw new Error('expected a draft');
    const d = draftCreditsNotReturned({ provider: runway, g, check, account, now: new Date(T + 3 * 60 * MIN) });
    expect(d.to).toBe('support@runwayml.com');
    // Runway's own article is cited where it supports the ask (src/providers/runway.ts refundCitation)...
    expect(d.body).toContain("Your help article 'Can I have credits refunded?' says");
    expect(d.body).not.toContain('meant to come back within');
    // ...and without a citation, the stated refund time is said once instead.
    const uncited = { ...runway, policy: { ...runway.policy, refundCitation: undefined } };
    const plain = draftCreditsNotReturned({ provider: uncited, g, check, account, now: new Date(T + 3 * 60 * MIN) });
    expect(plain.body).toContain('Credits for a failed generation are meant to come back within 1 hour; that time has passed.');
    expect(d.subject).toBe(`${runway.ticket.subjects.creditsNotReturned} — 6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f`);
    expect(d.body).toContain('return the 25 credits');
  });

  it('for a charge, names the provider’s own field and figure', () => {
    const g: Generation = {
      provider: 'kling',
      id: '784261523409510470',
      status: 'failed',
      failureKind: 'charged_no_output',
      providerCode: '5000',
      source: 'network',
    };
    const check = checkCredits(
      input({
        g,
        provider: kling,
        history: [{ kind: 'charge', amount: 1, unit: 'units', field: 'final_unit_deduction', generationId: g.id, firstAt: T, lastAt: T }],
      }),
    );
    if (!offersCreditsDraft(check)) throw new Error('expected a draft');
    const d = draftCreditsNotReturned({ provider: kling, g, check, account, now: new Date(T) });
    expect(d.body).toContain('My account shows final_unit_deduction: 1 for it (1 units)');
    expect(d.subject).toBe('Kling AI: failed generation — credits not returned — 784261523409510470');
    // Kling's first-party address (its User Policy names support@kling.ai; src/providers/kling.ts).
    expect(d.to).toBe('support@kling.ai');
  });
});
