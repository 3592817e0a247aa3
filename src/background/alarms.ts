/**
 * Reminders: follow-ups and provider dates as chrome.alarms, a badge count and (if the person allowed it) a
 * notification. The plan is the pure planReminders (src/claims/reminders.ts); this file only applies it to Chrome.
 *
 * Badge: the action badge has a global text (no tabId) and per-tab texts that override it on their tab. The global
 * text is the number of due reminders (blue). On a provider tab with failed generations, the per-tab text is that
 * tab's problem count (red), which is what matters on that page; on every other tab, and on provider tabs with no
 * problem, the per-tab text is cleared (null) so the global count shows through (main.ts setBadge).
 */
import { PROVIDERS } from '../providers/index.ts';
import { ALARM_PREFIX, dueBadgeText, planReminders, REFRESH_ALARM, REFRESH_MINUTES, type ReminderPlan } from '../claims/reminders.ts';
import { claimsItem } from '../storage/items.ts';
import type { Store } from '../storage/store.ts';
import { t } from '../shared/i18n.ts';

export const DUE_BADGE_COLOR = '#1d4ed8';
const NOTIFICATION_ID = 'ava:due';

// Start-up, onStartup/onInstalled and storage changes can all ask at once: one sync at a time, in order.
let queue: Promise<unknown> = Promise.resolve();

/** Make chrome.alarms match the plan: clear AVA's alarms that are no longer planned, create the missing ones. */
export function syncReminders(local: Store, now: number): Promise<ReminderPlan> {
  const run = queue.then(() => applyPlan(local, now));
  queue = run.catch(() => undefined);
  return run;
}

async function applyPlan(local: Store, now: number): Promise<ReminderPlan> {
  const claims = await local.read(claimsItem);
  const plan = planReminders(Object.values(claims), PROVIDERS, new Date(now));
  const existing = (await chrome.alarms.getAll()).filter((a) => a.name.startsWith(ALARM_PREFIX));
  const wanted = new Map(plan.alarms.map((a) => [a.name, a.when]));
  for (const a of existing) {
    if (a.name === REFRESH_ALARM) continue;
    const when = wanted.get(a.name);
    if (when === undefined || Math.abs(a.scheduledTime - when) > 1000) await chrome.alarms.clear(a.name);
  }
  const kept = new Set((await chrome.alarms.getAll()).map((a) => a.name));
  for (const a of plan.alarms) if (!kept.has(a.name)) await chrome.alarms.create(a.name, { when: a.when });
  if (!kept.has(REFRESH_ALARM)) await chrome.alarms.create(REFRESH_ALARM, { periodInMinutes: REFRESH_MINUTES });
  await chrome.action.setBadgeBackgroundColor({ color: DUE_BADGE_COLOR });
  await chrome.action.setBadgeText({ text: dueBadgeText(plan) });
  return plan;
}

/** An alarm fired: re-plan (the badge moves) and, for a reminder, notify when the person turned notifications on. */
export async function onReminderAlarm(local: Store, name: string, now: number): Promise<void> {
  const plan = await syncReminders(local, now);
  if (name === REFRESH_ALARM || !name.startsWith(ALARM_PREFIX) || !plan.due.length) return;
  // Optional permission: granted from the dashboard when the person turns reminders on; absent = badge only.
  if (!chrome.notifications || !(await chrome.permissions.contains({ permissions: ['notifications'] }))) return;
  const latest = plan.due[plan.due.length - 1]!;
  await chrome.notifications.create(NOTIFICATION_ID, {
    type: 'basic',
    iconUrl: chrome.runtime.getURL('icons/128.png'),
    // In the browser's language, like the dashboard's Reminders (the plan's label is English, for the .ics file).
    title: plan.due.length === 1 ? t('notify_title_one') : t('notify_title_many', plan.due.length),
    message: (latest.subject === undefined ? latest.label : t('reminders_follow_up', latest.subject)).slice(0, 200),
    contextMessage: t('notify_context'),
  });
}

/** Clicking AVA's notification opens the dashboard, where the follow-up draft waits. */
export function listenForNotificationClicks(): void {
  if (!chrome.notifications || listening) return;
  listening = true;
  chrome.notifications.onClicked.addListener((id) => {
    if (id !== NOTIFICATION_ID) return;
    void chrome.runtime.openOptionsPage();
    void chrome.notifications.clear(id);
  });
}
let listening = false;
