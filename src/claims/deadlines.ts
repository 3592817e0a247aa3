import type { ProviderDefinition } from '../providers/types.ts';
import type { Source } from '../shared/facts.ts';
import { sentAt } from './follow-up.ts';
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

/**
 * A date the person should know about, as data (what it is about, never a sentence): the calendar file words it in the
 * person's language (ics.ts) and the core stays free of chrome.i18n.
 */
export type Deadline = { id: string; provider: string; providerName: string; at: Date } & (
  | { kind: 'follow-up'; subject: string; sentAt: number; generationIds: readonly string[] }
  /** A provider's own date, with its label as the provider file states it and where that comes from. */
  | { kind: 'provider-date'; event: string; source: Source }
);

/** Everything with a date the person should know about, soonest first; past provider dates are left out. */
export function deadlines(claims: readonly Claim[], providers: readonly ProviderDefinition[], now: Date): Deadline[] {
  const out: Deadline[] = [];
  for (const c of claims) {
    const provider = providers.find((p) => p.id === c.provider);
    const due = isOpen(c) ? followUpDue(c, followUpDays(provider)) : undefined;
    if (due)
      out.push({
        id: `follow-up:${c.id}`,
        provider: c.provider,
        providerName: provider?.name ?? c.provider,
        at: due,
        kind: 'follow-up',
        subject: c.draft.subject,
        sentAt: sentAt(c),
        generationIds: c.generationIds,
      });
  }
  for (const p of providers) {
    for (const e of p.lifecycle.events) {
      const at = new Date(`${e.date}T23:59:59Z`);
      if (at > now)
        out.push({
          id: `date:${p.id}:${e.date}`,
          provider: p.id,
          providerName: p.name,
          at,
          kind: 'provider-date',
          event: e.label,
          source: e.source,
        });
    }
  }
  return out.sort((a, b) => a.at.getTime() - b.at.getTime());
}
