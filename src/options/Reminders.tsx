import { useEffect, useMemo, useState } from 'preact/hooks';
import { planReminders, type ReminderPlan } from '../claims/reminders.ts';
import { PROVIDERS } from '../providers/index.ts';
import { claimsItem } from '../storage/items.ts';
import { t } from '../shared/i18n.ts';
import { useItem } from '../ui/useItem.ts';
import { calendarDay, day, dueWhen } from '../ui/claim-labels.ts';

const NOTIFY: chrome.permissions.Permissions = { permissions: ['notifications'] };

/** A follow-up's moment in the person's time zone; a provider's date (and its announcement) as the calendar date. */
const dateOf = (kind: 'follow-up' | 'provider-date', ms: number) => (kind === 'provider-date' ? calendarDay(ms) : day(ms));

/** A follow-up in the page's language ("Follow up:" was English in every locale); a provider's date as its file says it. */
const wordOf = (r: { subject?: string; label: string }) => (r.subject === undefined ? r.label : t('reminders_follow_up', r.subject));

/**
 * What is due and what is coming, from the same pure plan the service worker turns into alarms and the badge
 * (claims/reminders.ts). Notifications are an optional permission, asked for here, on the person's click.
 */
export function Reminders() {
  const claims = useItem(claimsItem);
  const now = Date.now();
  const plan = useMemo<ReminderPlan | undefined>(() => claims && planReminders(Object.values(claims), PROVIDERS, new Date(now)), [claims]);
  const [notify, setNotify] = useState<boolean>();
  const [status, setStatus] = useState<string>();
  useEffect(() => void chrome.permissions.contains(NOTIFY).then(setNotify), []);
  if (!plan) return null;

  // permissions.request must run inside the click (a user gesture), so nothing is awaited before it.
  const toggle = (on: boolean) => {
    const change = on ? chrome.permissions.request(NOTIFY) : chrome.permissions.remove(NOTIFY).then(() => false);
    void change.then(
      (granted) => {
        setNotify(granted);
        setStatus(granted ? t('reminders_notify_on') : on ? t('reminders_notify_denied') : t('reminders_notify_off'));
      },
      (e: unknown) => setStatus(e instanceof Error ? e.message : String(e)),
    );
  };
  return (
    <section aria-label={t('reminders_title')} data-testid="reminders">
      <h2>{t('reminders_title')}</h2>
      <p class="muted">{t('reminders_intro')}</p>
      <h3>{t('reminders_due_heading')}</h3>
      {plan.due.length === 0 ? (
        <p class="muted">{t('reminders_due_none')}</p>
      ) : (
        <ul data-testid="reminders-due">
          {plan.due.map((d) => (
            <li key={d.id}>
              <span class="mono">{dueWhen(dateOf(d.kind, d.at), now)}</span> {wordOf(d)}
            </li>
          ))}
        </ul>
      )}
      {plan.alarms.length > 0 && (
        <>
          <h3>{t('reminders_upcoming_heading')}</h3>
          <ul data-testid="reminders-upcoming">
            {plan.alarms.map((a) => (
              <li key={a.name}>
                <span class="mono">{dateOf(a.kind, a.when)}</span> {wordOf(a)}
              </li>
            ))}
          </ul>
        </>
      )}
      <label>
        <input type="checkbox" data-testid="reminders-notify" checked={notify === true} onChange={(e) => toggle(e.currentTarget.checked)} />{' '}
        {t('reminders_notify')}
      </label>
      {status && <p role="status">{status}</p>}
    </section>
  );
}
