import { describe, expect, it } from 'vitest';
import { calendarDay, day, dueWhen, moveLabel } from '../../src/ui/claim-labels.ts';
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
