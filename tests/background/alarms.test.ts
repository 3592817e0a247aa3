import { afterEach, describe, expect, it } from 'vitest';
import { onReminderAlarm, syncReminders } from '../../src/background/alarms.ts';
import type { Claim } from '../../src/claims/ledger.ts';
import { claimsItem } from '../../src/storage/items.ts';
import { Store } from '../../src/storage/store.ts';
import { MemoryArea } from '../helpers/memory-area.ts';

/** The slice of chrome the reminders touch, recording what was done. */
function fakeChrome(opts: { notifications?: boolean } = {}) {
  const alarms = new Map<string, { name: string; scheduledTime: number; periodInMinutes?: number }>();
  const badge: { text?: string; color?: string } = {};
  const notes: { id: string; title: string; message: string; contextMessage: string }[] = [];
  const api = {
    alarms: {
      getAll: async () => [...alarms.values()],
      clear: async (name: string) => alarms.delete(name),
      create: async (name: string, info: { when?: number; periodInMinutes?: number }) =>
        void alarms.set(name, { name, scheduledTime: info.when ?? 0, periodInMinutes: info.periodInMinutes }),
    },
    action: {
      setBadgeText: async (d: { text: string; tabId?: number }) => void (d.tabId === undefined && (badge.text = d.text)),
      setBadgeBackgroundColor: async (d: { color: string; tabId?: number }) => void (d.tabId === undefined && (badge.color = d.color)),
    },
    permissions: { contains: async () => opts.notifications === true },
    runtime: { getURL: (p: string) => `chrome-extension://x/${p}` },
    // A stand-in locale that shows which message was used and with what, so a literal English text stands out.
    i18n: { getMessage: (key: string, subs: string[] = []) => `<${[key, ...subs].join('|')}>` },
    ...(opts.notifications
      ? {
          notifications: {
            create: async (id: string, o: { title: string; message: string; contextMessage: string }) =>
              void notes.push({ id, title: o.title, message: o.message, contextMessage: o.contextMessage }),
          },
        }
      : {}),
  };
  (globalThis as { chrome?: unknown }).chrome = api;
  return { alarms, badge, notes };
}

const at = (iso: string) => Date.parse(iso);
const claim = (id: string, sentIso: string): Claim => ({
  id,
  provider: 'runway',
  generationIds: ['6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f'],
  state: 'sent',
  draft: { subject: `Refund ${id}`, body: 'b' },
  channel: 'copy',
  kind: 'refund',
  followUps: [],
  amounts: { unit: 'credits' },
  history: [{ state: 'sent', at: at(sentIso) }],
  createdAt: at(sentIso),
  updatedAt: at(sentIso),
});

afterEach(() => {
  delete (globalThis as { chrome?: unknown }).chrome;
});

describe('reminders applied to chrome.alarms and the badge', () => {
  it('creates the planned alarms, clears stale ones of its own only, and counts what is due on the global badge', async () => {
    const c = fakeChrome();
    c.alarms.set('ava:follow-up:gone', { name: 'ava:follow-up:gone', scheduledTime: 1 });
    c.alarms.set('someone-else', { name: 'someone-else', scheduledTime: 1 });
    const local = new Store(new MemoryArea());
    await local.write(claimsItem, { fresh: claim('fresh', '2026-11-24T09:00:00Z'), old: claim('old', '2026-11-13T09:00:00Z') });
    await syncReminders(local, at('2026-11-25T12:00:00Z'));
    expect([...c.alarms.keys()].sort()).toEqual(['ava:follow-up:fresh', 'ava:refresh', 'someone-else']);
    expect(c.alarms.get('ava:follow-up:fresh')!.scheduledTime).toBe(at('2026-12-01T09:00:00Z'));
    expect(c.badge).toEqual({ text: '1', color: '#1d4ed8' });
    // Idempotent: a second start changes nothing.
    await syncReminders(local, at('2026-11-25T12:00:01Z'));
    expect([...c.alarms.keys()].sort()).toEqual(['ava:follow-up:fresh', 'ava:refresh', 'someone-else']);
  });

  it('notifies when an alarm fires only if the person allowed notifications', async () => {
    const local = new Store(new MemoryArea());
    await local.write(claimsItem, { old: claim('old', '2026-11-13T09:00:00Z') });
    const without = fakeChrome();
    await onReminderAlarm(local, 'ava:follow-up:old', at('2026-11-25T12:00:00Z'));
    expect(without.notes).toEqual([]);
    expect(without.badge.text).toBe('1');
    const withNotes = fakeChrome({ notifications: true });
    await onReminderAlarm(local, 'ava:follow-up:old', at('2026-11-25T12:00:00Z'));
    // Worded from the locale (title, the follow-up around its subject, the line under it), not in English.
    expect(withNotes.notes).toEqual([
      {
        id: 'ava:due',
        title: '<notify_title_one>',
        message: '<reminders_follow_up|Refund old>',
        contextMessage: '<notify_context>',
      },
    ]);
    // The periodic re-plan never notifies.
    const refresh = fakeChrome({ notifications: true });
    await onReminderAlarm(local, 'ava:refresh', at('2026-11-25T12:00:00Z'));
    expect(refresh.notes).toEqual([]);
  });
});
