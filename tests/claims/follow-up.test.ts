import { describe, expect, it } from 'vitest';
import { followUpDue } from '../../src/claims/deadlines.ts';
import { businessDaysBetween, draftFollowUp, reSubject } from '../../src/claims/follow-up.ts';
import { recordFollowUp } from '../../src/claims/record.ts';
import { runway } from '../../src/providers/runway.ts';
import { RUNWAY_TASK, sentClaim } from '../helpers/claims.ts';
import { inTimeZone } from '../helpers/time-zone.ts';

const sent = Date.parse('2026-11-13T09:00:00Z'); // a Friday
const claim = sentClaim('c1', sent, {
  generationIds: [RUNWAY_TASK, '7a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d'],
  draft: {
    to: 'support@runwayml.com',
    subject: 'Credit refund request — failed generation',
    body: 'Hello Runway Support,\n\nThe original text.',
  },
  channel: 'gmail',
});

describe('follow-ups', () => {
  it('counts business days only', () => {
    expect(businessDaysBetween(sent, Date.parse('2026-11-16T08:00:00Z'))).toBe(1); // Fri -> Mon
    expect(businessDaysBetween(sent, Date.parse('2026-11-25T12:00:00Z'))).toBe(8);
    expect(businessDaysBetween(sent, sent)).toBe(0);
  });

  it('counts the person’s own days, not UTC ones, in a far time zone', () => {
    // Friday 13 November, 20:00 in Tokyo, to Monday 16 November, 08:00 there: one business day. In UTC both moments
    // fall on Friday and Sunday, which counted none.
    const fri = Date.parse('2026-11-13T11:00:00Z');
    const mon = Date.parse('2026-11-15T23:00:00Z');
    expect(inTimeZone('Asia/Tokyo', () => businessDaysBetween(fri, mon))).toBe(1);
    expect(inTimeZone('UTC', () => businessDaysBetween(fri, mon))).toBe(0);
  });

  it('signs with the name or email, and with neither leaves no empty line above the quote', () => {
    const now = new Date('2026-11-25T12:00:00Z');
    expect(draftFollowUp(claim, runway, { name: 'Ana' }, now).body).toContain('Thank you,\nAna\n\n--- Original message');
    expect(draftFollowUp(claim, runway, { email: 'ana@example.com' }, now).body).toContain(
      'Thank you,\nana@example.com\n\n--- Original message',
    );
    expect(draftFollowUp(claim, runway, {}, now).body).toContain('Thank you,\n\n--- Original message');
  });

  it('dates the original request as the person saw it, in their time zone', () => {
    // Sent at 19:00 on 12 November in California, which is 03:00 on the 13th in UTC.
    const evening = Date.parse('2026-11-13T03:00:00Z');
    const c = { ...claim, history: [{ state: 'sent' as const, at: evening }], createdAt: evening, updatedAt: evening };
    const d = inTimeZone('America/Los_Angeles', () => draftFollowUp(c, runway, {}, new Date('2026-11-25T20:00:00Z')));
    expect(d.body).toContain('I am following up on my request of 2026-11-12 (');
    expect(d.body).toContain('--- Original message, 2026-11-12 ---');
  });

  it('drafts a polite "Re:" with the original date, every Generation ID and the original quoted', () => {
    const d = draftFollowUp(claim, runway, { email: 'ana@example.com', name: 'Ana' }, new Date('2026-11-25T12:00:00Z'));
    // The earlier subject had no Generation ID (drafts before issue 15): the follow-up's subject adds it.
    expect(d.subject).toBe('Re: Credit refund request — failed generation — 6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f and 1 more');
    expect(d.to).toBe('support@runwayml.com');
    expect(d.body).not.toMatch(/\bAVA\b/);
    expect(d.body).toContain(
      'I am following up on my request of 2026-11-13 (“Credit refund request — failed generation”), 8 business days ago.',
    );
    expect(d.body).toContain('Generation IDs: 6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f, 7a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d');
    expect(d.body).toContain('Account email: ana@example.com');
    expect(d.body).toMatch(
      /--- Original message, 2026-11-13 ---\nSubject: Credit refund request — failed generation\n\nHello Runway Support,\n\nThe original text\.$/,
    );
  });

  it('never stacks "Re:" and mentions earlier follow-ups; the next one counts from the last', () => {
    expect(reSubject('Re: x')).toBe('Re: x');
    expect(reSubject('RE: x')).toBe('RE: x');
    const later = Date.parse('2026-11-20T09:00:00Z');
    const c = recordFollowUp(claim, { channel: 'copy', subject: 'Re: Credit refund request — failed generation', now: later });
    expect(c.followUps).toEqual([{ at: later, channel: 'copy', subject: 'Re: Credit refund request — failed generation' }]);
    expect(followUpDue(c)?.toISOString()).toBe('2026-11-27T09:00:00.000Z');
    const d = draftFollowUp(c, runway, {}, new Date('2026-11-27T10:00:00Z'));
    expect(d.body).toContain('and my follow-up since');
    const withId = {
      ...c,
      draft: { ...c.draft, subject: 'Credit refund request — failed generation — 6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f and 1 more' },
    };
    expect(draftFollowUp(withId, runway, {}, new Date('2026-11-27T10:00:00Z')).subject).toBe(`Re: ${withId.draft.subject}`);
  });

  it('works for a claim whose provider is no longer known', () => {
    const d = draftFollowUp({ ...claim, provider: 'gone', generationIds: ['x1'] }, undefined, {}, new Date('2026-11-25T12:00:00Z'));
    expect(d.body.startsWith('Hello gone Support,')).toBe(true);
    expect(d.body).toContain('Generation ID: x1');
  });
});
