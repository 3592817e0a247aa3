import type { ProviderDefinition } from '../providers/types.ts';
import { type Claim, isOpen, lastContact } from './ledger.ts';

/** AVA's default when a provider states no response time: five business days, then a polite follow-up. */
export const DEFAULT_FOLLOW_UP_BUSINESS_DAYS = 5;

/**
 * N business days (Monday to Friday) later, at the same time of day, on the person's own calendar: the same local
 * day the claim is dated with (local-day.ts). In UTC, a claim sent on Friday evening in California fell on a Saturday.
 */
export function addBusinessDays(from: Date, days: number): Date {
  const d = new Date(from.getTime());
  let left = days;
  while (left > 0) {
    d.setDate(d.getDate() + 1);
    const wd = d.getDay();
    if (wd !== 0 && wd !== 6) left--;
  }
  return d;
}

/** N for a provider: its own stated response time where a source gives one, else AVA's default. */
export function followUpDays(provider: ProviderDefinition | undefined): number {
  return provider?.policy.followUpBusinessDays?.value ?? DEFAULT_FOLLOW_UP_BUSINESS_DAYS;
}

/**
 * When a sent or acknowledged claim without an answer deserves a follow-up: N business days after the last contact
 * (sending, an acknowledgement, or the previous follow-up).
 */
export function followUpDue(c: Claim, businessDays = DEFAULT_FOLLOW_UP_BUSINESS_DAYS): Date | undefined {
  if (c.state !== 'sent' && c.state !== 'acknowledged') return undefined;
  return addBusinessDays(new Date(lastContact(c)), businessDays);
}

export interface Deadline {
  id: string;
  provider: string;
  label: string;
  at: Date;
  kind: 'follow-up' | 'provider-date';
}

/** Everything with a date the person should know about, soonest first; past provider dates are left out. */
export function deadlines(claims: readonly Claim[], providers: readonly ProviderDefinition[], now: Date): Deadline[] {
  const out: Deadline[] = [];
  for (const c of claims) {
    const due = isOpen(c) ? followUpDue(c, followUpDays(providers.find((p) => p.id === c.provider))) : undefined;
    if (due)
      out.push({ id: `follow-up:${c.id}`, provider: c.provider, label: `Follow up: ${c.draft.subject}`, at: due, kind: 'follow-up' });
  }
  for (const p of providers) {
    for (const e of p.lifecycle.events) {
      const at = new Date(`${e.date}T23:59:59Z`);
      if (at > now) out.push({ id: `date:${p.id}:${e.date}`, provider: p.id, label: `${p.name}: ${e.label}`, at, kind: 'provider-date' });
    }
  }
  return out.sort((a, b) => a.at.getTime() - b.at.getTime());
}

const icsDate = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
// RFC 5545: escape backslash, semicolon, comma and newlines in text values.
const icsText = (s: string) => s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
// RFC 5545 3.1: fold lines longer than 75 octets (approximated by characters; AVA's text is mostly ASCII).
const fold = (line: string) => line.match(/.{1,74}/g)?.join('\r\n ') ?? line;

/** A calendar file with one event per deadline, for the person's own calendar. */
export function toIcs(items: readonly Deadline[], stamp: Date): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//AVA//Refund deadlines//EN', 'CALSCALE:GREGORIAN'];
  for (const d of items) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${d.id}@ava.local`,
      `DTSTAMP:${icsDate(stamp)}`,
      `DTSTART:${icsDate(d.at)}`,
      `SUMMARY:${icsText(d.label)}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
