/**
 * Words for a claim's state and send channel, shared by the popup and the dashboard. Spelled out key by key so every
 * locale key is findable by its full name (the locale test checks for dead keys).
 */
import { followUpDays, followUpDue } from '../claims/deadlines.ts';
import type { Claim, ClaimState } from '../claims/ledger.ts';
import { localDay } from '../claims/local-day.ts';
import type { SendChannel } from '../claims/record.ts';
import type { ProviderDefinition } from '../providers/types.ts';
import { type MessageKey, t } from '../shared/i18n.ts';

const STATE_LABEL: Record<ClaimState, MessageKey> = {
  drafted: 'options_claims_state_drafted',
  sent: 'options_claims_state_sent',
  acknowledged: 'options_claims_state_acknowledged',
  credited: 'options_claims_state_credited',
  partly_credited: 'options_claims_state_partly_credited',
  denied: 'options_claims_state_denied',
  withdrawn: 'options_claims_state_withdrawn',
};
const CHANNEL_LABEL: Record<Exclude<SendChannel, 'none'>, MessageKey> = {
  gmail: 'options_claims_channel_gmail',
  outlook: 'options_claims_channel_outlook',
  mailto: 'options_claims_channel_mailto',
  copy: 'options_claims_channel_copy',
  'help-center': 'options_claims_channel_help_center',
  'support-form': 'options_claims_channel_support_form',
};

export const stateLabel = (s: ClaimState) => t(STATE_LABEL[s]);

/**
 * A state as a move from `from`: after a denial the only move is back to sent, which is the person's appeal, so it
 * says so ("sent" under "The provider answered?" read as if the provider had sent something).
 */
export const moveLabel = (from: ClaimState, to: ClaimState) =>
  from === 'denied' && to === 'sent' ? t('claims_move_sent_again') : stateLabel(to);

/** "sent 2026-11-25 via Gmail" */
export const sentLine = (at: string, channel: SendChannel) =>
  channel === 'none' ? t('options_claims_sent', at) : t('options_claims_sent_via', at, t(CHANNEL_LABEL[channel]));

/**
 * A claim's unit in the page's language: the default "credits" (stored in English) is AVA's word, so it is translated
 * like the totals line above it; a provider's own unit ("Flow credits") is its name and stays as its file says.
 */
export const unitLabel = (unit: string) => (unit === 'credits' ? t('claims_unit_credits') : unit);

/** A claim's moment (sent, follow-up due) as YYYY-MM-DD in the person's time zone (claims/local-day.ts). */
export const day = localDay;

/** A provider's own date (a shutdown day, stored as midnight UTC of that date) as the date its file states. */
export const calendarDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * When a due reminder became due, worded as due now: a bare past date under "Due now" read like a missed deadline.
 * `date` is the reminder's YYYY-MM-DD; today is the person's own day.
 */
export const dueWhen = (date: string, now: number) => (date >= localDay(now) ? t('reminders_due_today') : t('reminders_due_since', date));

/**
 * The popup's "Claim history" line, closed: where the newest claim for the generation stands ("sent", "sent, follow-up
 * due", "credited (the newest of 2 claims)"), so the person need not open it to know. Nothing when there is no claim.
 * `claims` newest first, as ui/claims.ts's claimsOf gives them.
 */
export function claimsHint(claims: readonly Claim[], provider: ProviderDefinition | undefined, now: number): string | undefined {
  const newest = claims[0];
  if (!newest) return undefined;
  const due = followUpDue(newest, followUpDays(provider));
  const state = due && due.getTime() <= now ? t('line_claims_due', stateLabel(newest.state)) : stateLabel(newest.state);
  return claims.length > 1 ? t('line_claims_several', state, claims.length) : state;
}
