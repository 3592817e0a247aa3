import { describe, expect, it } from 'vitest';
import { runway } from '../../src/providers/runway.ts';
import { calendarDay, claimsHint, day, dueWhen, moveLabel } from '../../src/ui/claim-labels.ts';
import { sentClaim } from '../helpers/claims.ts';
import { inLocale } from '../helpers/locale.ts';
import { inTimeZone } from '../helpers/time-zone.ts';

describe('claim dates', () => {
  it('a claim is dated the day the person sent it, in their time zone', () => {
    // 08:30 on 8 December in Tokyo was shown as 7 December (the UTC date).
    expect(inTimeZone('Asia/Tokyo', () => day(Date.parse('2026-12-07T23:30:00Z')))).toBe('2026-12-08');
    // 17:00 on 7 December in California was shown as 8 December: a day still to come there.
    expect(inTimeZone('America/Los_Angeles', () => day(Date.parse('2026-12-08T01:00:00Z')))).toBe('2026-12-07');
    expect(inTimeZone('UTC', () => day(Date.parse('2026-12-07T23:30:00Z')))).toBe('2026-12-07');
  });

  it("a provider's own date stays the date its file states, in any time zone", () => {
    const shutdown = Date.parse('2026-09-24T00:00:00Z');
    expect(inTimeZone('America/Los_Angeles', () => calendarDay(shutdown))).toBe('2026-09-24');
    expect(inTimeZone('Asia/Tokyo', () => calendarDay(shutdown))).toBe('2026-09-24');
  });
});

describe('claim moves', () => {
  it('the move back to sent after a denial is worded as the appeal it is', () => {
    expect(moveLabel('denied', 'sent')).toBe('sent again (appeal)');
    expect(moveLabel('sent', 'acknowledged')).toBe('acknowledged');
    expect(moveLabel('drafted', 'sent')).toBe('sent');
  });
});

describe('due reminders', () => {
  it('say they are due now ("Due today", "Due since <date>"), not a bare past date that reads like a missed deadline', () => {
    const now = Date.parse('2026-12-07T23:30:00Z');
    expect(inTimeZone('UTC', () => dueWhen('2026-12-07', now))).toBe('Due today');
    expect(inTimeZone('UTC', () => dueWhen('2026-12-03', now))).toBe('Due since 2026-12-03');
    // "Today" is the person's day: in Tokyo it is already 8 December, so the 7th is a day past.
    expect(inTimeZone('Asia/Tokyo', () => dueWhen('2026-12-07', now))).toBe('Due since 2026-12-07');
  });
});

describe('the closed "Claim history" line', () => {
  const now = Date.parse('2026-12-07T12:00:00Z'); // a Monday
  const yesterday = now - 86_400_000;
  const credited = sentClaim('c2', yesterday, { state: 'credited', updatedAt: now });

  it('says where the newest claim stands, in the existing state words', () => {
    expect(claimsHint([], runway, now)).toBeUndefined();
    expect(claimsHint([sentClaim('c1', yesterday)], runway, now)).toBe('sent');
    expect(claimsHint([sentClaim('c1', yesterday, { state: 'denied' })], runway, now)).toBe('denied');
    expect(claimsHint([credited, sentClaim('c1', yesterday - 1)], runway, now)).toBe('credited (the newest of 2 claims)');
  });

  it('says when a sent claim is waiting for a follow-up', () => {
    const old = sentClaim('c1', now - 14 * 86_400_000);
    expect(claimsHint([old], runway, now)).toBe('sent, follow-up due');
    expect(claimsHint([{ ...old, state: 'acknowledged' }], runway, now)).toBe('acknowledged, follow-up due');
  });

  it('in the page’s language', () => {
    expect(inLocale('ja', () => claimsHint([credited, sentClaim('c1', yesterday - 1)], runway, now))).toBe(
      '返還済み（2 件の申請のうち最新）',
    );
    expect(inLocale('de', () => claimsHint([sentClaim('c1', now - 14 * 86_400_000)], runway, now))).toMatch(/, Nachfassen fällig$/);
  });
});
