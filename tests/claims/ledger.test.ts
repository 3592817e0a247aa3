import { describe, expect, it } from 'vitest';
import { addBusinessDays, deadlines, followUpDue } from '../../src/claims/deadlines.ts';
import { toIcs } from '../../src/claims/ics.ts';
import { t } from '../../src/shared/i18n.ts';
import { inLocale } from '../helpers/locale.ts';
import { type Claim, moveClaim, totals } from '../../src/claims/ledger.ts';
import { runway } from '../../src/providers/runway.ts';
import { sora } from '../../src/providers/sora.ts';
import { inTimeZone } from '../helpers/time-zone.ts';

const t0 = Date.parse('2026-11-20T10:00:00Z'); // a Friday
const claim = (over: Partial<Claim> = {}): Claim => ({
  id: 'c1',
  provider: 'runway',
  generationIds: ['6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f'],
  state: 'drafted',
  draft: { to: 'support@runwayml.com', subject: 'Credit refund request, failed generation', body: 'Hello' },
  channel: 'gmail',
  kind: 'refund',
  followUps: [],
  amounts: { asked: 10, unit: 'credits' },
  history: [{ state: 'drafted', at: t0 }],
  createdAt: t0,
  updatedAt: t0,
  ...over,
});

describe('claim ledger', () => {
  it('moves through its states and keeps the history', () => {
    let c = moveClaim(claim(), 'sent', t0 + 1);
    c = moveClaim(c, 'acknowledged', t0 + 2, 'ticket #123');
    c = moveClaim(c, 'partly_credited', t0 + 3, undefined, 4);
    expect(c.state).toBe('partly_credited');
    expect(c.amounts).toEqual({ asked: 10, credited: 4, unit: 'credits' });
    expect(c.history.map((h) => h.state)).toEqual(['drafted', 'sent', 'acknowledged', 'partly_credited']);
    expect(c.history[2]!.note).toBe('ticket #123');
  });

  it('refuses impossible moves with a clear message and leaves the claim as it was', () => {
    const c = claim();
    expect(() => moveClaim(c, 'credited', t0)).toThrow('A claim that is drafted cannot become credited.');
    expect(() => moveClaim({ ...c, state: 'withdrawn' }, 'sent', t0)).toThrow(/withdrawn cannot become sent/);
    expect(c.state).toBe('drafted');
  });

  it('totals and success rate per provider, computed locally', () => {
    const list = [
      claim({ id: 'a', state: 'credited', amounts: { asked: 10, credited: 10, unit: 'credits' } }),
      claim({ id: 'b', state: 'denied' }),
      claim({ id: 'c', state: 'sent' }),
      claim({ id: 'd', provider: 'sora', state: 'sent' }),
    ];
    expect(totals(list)).toEqual([
      { provider: 'runway', claims: 3, asked: 30, credited: 10, successRate: 0.5 },
      { provider: 'sora', claims: 1, asked: 10, credited: 0, successRate: undefined },
    ]);
  });
});

describe('deadlines', () => {
  it('business days skip weekends', () => {
    expect(addBusinessDays(new Date(t0), 1).toISOString()).toBe('2026-11-23T10:00:00.000Z');
    expect(addBusinessDays(new Date(t0), 5).toISOString()).toBe('2026-11-27T10:00:00.000Z');
  });

  it('business days are the person’s own: a Friday-evening claim in California is due the next Monday evening', () => {
    // Friday 20 November, 17:00 in Los Angeles is Saturday 01:00 in UTC; one business day later was Sunday there.
    const friday = new Date('2026-11-21T01:00:00Z');
    const due = inTimeZone('America/Los_Angeles', () => addBusinessDays(friday, 1));
    expect(due.toISOString()).toBe('2026-11-24T01:00:00.000Z');
  });

  it('a follow-up only for claims waiting on the provider', () => {
    expect(followUpDue(claim())).toBeUndefined();
    expect(followUpDue(claim({ state: 'sent' }))?.toISOString()).toBe('2026-11-27T10:00:00.000Z');
    expect(followUpDue(claim({ state: 'credited' }))).toBeUndefined();
  });

  it('lists follow-ups and future provider dates, soonest first; past dates are gone', () => {
    const list = deadlines([claim({ state: 'sent' })], [sora, runway], new Date('2026-11-25T00:00:00Z'));
    expect(list.map((d) => d.kind)).toEqual(['follow-up']);
    const earlier = deadlines([], [sora], new Date('2026-09-01T00:00:00Z'));
    expect(earlier.map((d) => d.at.toISOString().slice(0, 10))).toEqual(['2026-09-24']);
  });

  it('exports a valid calendar file with escaped, folded text', () => {
    const subject = 'Refund; Runway, now\nplease '.repeat(4);
    const list = deadlines([claim({ state: 'sent', draft: { subject, body: 'b' } })], [runway], new Date(t0));
    const ics = inTimeZone('UTC', () => toIcs(list, new Date(t0), t));
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics).toContain('DTSTART:20261127T100000Z');
    expect(unfold(ics)).toContain('SUMMARY:Follow up with Runway: Refund\\; Runway\\, now\\nplease Refund');
    expect(unfold(ics)).toContain('DESCRIPTION:No answer yet from Runway to the claim you sent on 2026-11-20 (Generation ID: 6f1c2d3e-');
    expect(ics.split('\r\n').every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('words the calendar in the page’s language: a Japanese export, folded between characters', () => {
    const list = deadlines([claim({ state: 'sent' })], [runway, sora], new Date('2026-04-01T00:00:00Z'));
    const ics = inTimeZone('UTC', () => inLocale('ja', () => toIcs(list, new Date(t0), t)));
    const lines = unfold(ics).split('\r\n');
    expect(lines.filter((l) => l.startsWith('SUMMARY:'))).toEqual([
      // The provider's own event stays as its file states it; AVA's words around it are Japanese.
      'SUMMARY:OpenAI Sora 2 の予定日：Sora web and mobile app discontinued',
      'SUMMARY:OpenAI Sora 2 の予定日：Sora credits usable for Codex and ChatGPT for Excel',
      'SUMMARY:OpenAI Sora 2 の予定日：Videos API and sora-2 models shut down',
      'SUMMARY:Runway に再連絡：Credit refund request\\, failed generation',
    ]);
    expect(lines.at(-4)).toBe(
      'DESCRIPTION:2026-11-20 に送った申請（生成 ID：6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f）に Runway からまだ返答がありません。' +
        '丁寧な再連絡を送りましょう。ダッシュボードで下書きを作成できます。',
    );
    expect(lines.find((l) => l.startsWith('DESCRIPTION:提供元の記載どおりです。出典：'))).toMatch(/（2026-\d\d-\d\d に確認）。$/);
    expect(ics).not.toMatch(/Follow up|No answer|Worded as|Source:/);
    // Over 75 octets a line is folded, never inside a character: each physical line is whole UTF-8 and within bounds.
    const physical = ics.split('\r\n');
    expect(physical.every((l) => Buffer.byteLength(l) <= 75 && Buffer.from(l).toString() === l)).toBe(true);
    expect(physical.length).toBeGreaterThan(lines.length);
  });
});

/** RFC 5545 unfolding: a line break followed by a space continues the line before it. */
const unfold = (ics: string) => ics.replace(/\r\n /g, '');
