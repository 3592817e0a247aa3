/**
 * The calendar file of a person's deadlines (deadlines.ts): one event per date, worded in their language by the
 * translate function the page passes in (t() there), so this stays pure TypeScript with no chrome.* of its own.
 */
import type { Deadline } from './deadlines.ts';
import { localDay } from './local-day.ts';

/** The messages a calendar file is worded with; each page passes its own t(). */
export type IcsKey = 'ics_follow_up_summary' | 'ics_follow_up_description' | 'ics_provider_date_summary' | 'ics_provider_date_description';
export type IcsTranslate = (key: IcsKey, ...subs: string[]) => string;

const icsDate = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
// RFC 5545: escape backslash, semicolon, comma and newlines in text values.
const icsText = (s: string) => s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

const octets = (ch: string) => new TextEncoder().encode(ch).length;

/**
 * RFC 5545 3.1: a content line longer than 75 octets is folded, the continuation starting with a space. Counted in
 * UTF-8 octets and broken between characters: a Japanese summary of 74 characters is over 200 octets, and a break
 * inside a character would garble it.
 */
function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = octets(ch);
    // The first line holds 75 octets; a continuation holds 74 after its leading space.
    if (size + n > (out.length === 0 ? 75 : 74)) {
      out.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += n;
  }
  out.push(current);
  return out.join('\r\n ');
}

function words(d: Deadline, tr: IcsTranslate): { summary: string; description: string } {
  if (d.kind === 'follow-up')
    return {
      summary: tr('ics_follow_up_summary', d.providerName, d.subject),
      description: tr('ics_follow_up_description', d.providerName, localDay(d.sentAt), d.generationIds.join(', ')),
    };
  // The provider's own label stays as its file states it, like its policy sentences; the source goes with it.
  return {
    summary: tr('ics_provider_date_summary', d.providerName, d.event),
    description: tr('ics_provider_date_description', d.source.ref, d.source.checked),
  };
}

/** A calendar file with one event per deadline, for the person's own calendar, in their language. */
export function toIcs(items: readonly Deadline[], stamp: Date, tr: IcsTranslate): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//AVA//Refund deadlines//EN', 'CALSCALE:GREGORIAN'];
  for (const d of items) {
    const w = words(d, tr);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${d.id}@ava.local`,
      `DTSTAMP:${icsDate(stamp)}`,
      `DTSTART:${icsDate(d.at)}`,
      `SUMMARY:${icsText(w.summary)}`,
      `DESCRIPTION:${icsText(w.description)}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
