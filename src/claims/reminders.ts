import type { ProviderDefinition } from '../providers/types.ts';
import { followUpDays, followUpDue } from './deadlines.ts';
import type { Claim } from './ledger.ts';

/** Every alarm AVA owns starts with this, so a re-plan can clear its own alarms and nobody else's. */
export const ALARM_PREFIX = 'ava:';
/** Re-plans twice a day: moves the badge when a provider date passes, even if no other alarm fires. */
export const REFRESH_ALARM = `${ALARM_PREFIX}refresh`;
export const REFRESH_MINUTES = 12 * 60;
/** A provider's own date (shutdown, last day for tickets) is announced this many days ahead. */
export const PROVIDER_DATE_LEAD_DAYS = 3;

const DAY = 86_400_000;

export interface PlannedAlarm {
  name: string;
  when: number;
  kind: 'follow-up' | 'provider-date';
  /** In English, for the notification; a page words it from `subject` in the person's language. */
  label: string;
  /** A follow-up's claim subject, as sent. */
  subject?: string;
}

export interface DueItem {
  id: string;
  kind: 'follow-up' | 'provider-date';
  /** In English, for the notification; a page words it from `subject` in the person's language. */
  label: string;
  /** A follow-up's claim subject, as sent. */
  subject?: string;
  /** When it became due (follow-ups) or the provider's date itself. */
  at: number;
  claimId?: string;
}

export interface ReminderPlan {
  /** Future moments to wake up at: one chrome.alarms alarm each. */
  alarms: PlannedAlarm[];
  /** What is due now: the badge shows how many; the notification names them. */
  due: DueItem[];
}

/**
 * Pure: claims + providers + now -> the alarms to have and what is due. The service worker re-creates exactly these
 * at every start (src/background/alarms.ts), so nothing depends on an alarm surviving a restart or an update.
 * - an open claim (sent or acknowledged) gets a follow-up alarm N business days after the last contact (N from the
 *   provider file where sourced, else 5); once that moment has passed it is due until the person follows up or the
 *   claim is decided;
 * - each provider date (lifecycle events) is announced PROVIDER_DATE_LEAD_DAYS ahead and stays due until the day ends.
 */
export function planReminders(claims: readonly Claim[], providers: readonly ProviderDefinition[], now: Date): ReminderPlan {
  const t = now.getTime();
  const alarms: PlannedAlarm[] = [];
  const due: DueItem[] = [];
  for (const c of claims) {
    const at = followUpDue(c, followUpDays(providers.find((p) => p.id === c.provider)))?.getTime();
    if (at === undefined) continue;
    const subject = c.draft.subject;
    const label = `Follow up: ${subject}`;
    if (at > t) alarms.push({ name: `${ALARM_PREFIX}follow-up:${c.id}`, when: at, kind: 'follow-up', label, subject });
    else due.push({ id: `follow-up:${c.id}`, kind: 'follow-up', label, subject, at, claimId: c.id });
  }
  for (const p of providers) {
    for (const e of p.lifecycle.events) {
      const start = Date.parse(`${e.date}T00:00:00Z`);
      if (!Number.isFinite(start)) continue;
      const end = start + DAY;
      const remindAt = start - PROVIDER_DATE_LEAD_DAYS * DAY;
      const label = `${p.name}: ${e.label} (${e.date})`;
      if (remindAt > t) alarms.push({ name: `${ALARM_PREFIX}date:${p.id}:${e.date}`, when: remindAt, kind: 'provider-date', label });
      else if (t < end) due.push({ id: `date:${p.id}:${e.date}`, kind: 'provider-date', label, at: start });
    }
  }
  alarms.sort((a, b) => a.when - b.when);
  due.sort((a, b) => a.at - b.at);
  return { alarms, due };
}

/** The action badge's global text: the number of due items, or nothing. */
export const dueBadgeText = (plan: ReminderPlan) => (plan.due.length ? String(plan.due.length) : '');
