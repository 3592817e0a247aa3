import { describe, expect, it, vi } from 'vitest';
import { diagnosticText, recordUnread, unreadCount } from '../../src/storage/diagnostics.ts';
import { contentHandlers, type BackgroundDeps } from '../../src/background/handlers.ts';
import { authoriseContent } from '../../src/background/senders.ts';
import { ContentToBackground } from '../../src/messages/contract.ts';
import { createRouter } from '../../src/messages/router.ts';
import { diagnosticsItem, MAX_DIAGNOSTIC_AGE_MS, MAX_DIAGNOSTICS, MAX_DIAGNOSTICS_PER_PROVIDER } from '../../src/storage/items.ts';
import { Store } from '../../src/storage/store.ts';
import { MemoryArea } from '../helpers/memory-area.ts';

const item = (path: string, count = 1) => ({ path, kind: 'rejected' as const, shape: '{a: string}', count });

describe('recordUnread', () => {
  it('adds counts per provider, kind and path, keeping first and last seen', () => {
    let all = recordUnread({}, 'kling', [item('/api/task/status', 2)], 1000);
    all = recordUnread(all, 'kling', [item('/api/task/status', 1), { ...item('/api/task/status'), kind: 'unreadable' }], 2000);
    const rejected = Object.values(all).find((e) => e.kind === 'rejected');
    expect(rejected).toMatchObject({ provider: 'kling', count: 3, firstSeen: 1000, lastSeen: 2000 });
    expect(Object.keys(all)).toHaveLength(2);
    expect(unreadCount(all, 'kling')).toBe(4);
    expect(unreadCount(all, 'sora')).toBe(0);
  });

  it('forgets entries past the age bound', () => {
    const old = recordUnread({}, 'kling', [item('/old')], 0);
    const now = MAX_DIAGNOSTIC_AGE_MS + 10;
    const all = recordUnread(old, 'sora', [item('/new')], now);
    expect(Object.values(all).map((e) => e.path)).toEqual(['/new']);
  });

  it('a provider flooding paths evicts only its own oldest entries; the total stays bounded', () => {
    let all = recordUnread({}, 'sora', [item('/mine')], 1);
    const path = (i: number) => `/p/${String.fromCharCode(97 + (i % 26))}${i % 10}x${Math.floor(i / 26)}`;
    for (let i = 0; i < 200; i++) all = recordUnread(all, 'kling', [item(path(i))], 10 + i);
    const values = Object.values(all);
    expect(values.filter((e) => e.provider === 'kling')).toHaveLength(MAX_DIAGNOSTICS_PER_PROVIDER);
    expect(values.some((e) => e.provider === 'sora')).toBe(true);
    expect(values.length).toBeLessThanOrEqual(MAX_DIAGNOSTICS);
  });
});

describe('diagnosticText', () => {
  it('is the stored entry as plain lines: provider, path, outcome, count, day, shape', () => {
    const [e] = Object.values(recordUnread({}, 'kling', [item('/api/task/status', 4)], Date.UTC(2026, 11, 6, 12)));
    expect(diagnosticText(e!)).toBe(
      'provider: kling\npath: /api/task/status\noutcome: rejected\ntimes: 4\nlast seen: 2026-12-06\nshape: {a: string}',
    );
  });
});

describe('content/unread handler', () => {
  it('stores a page’s report under its own provider, validated on read', async () => {
    const local = new MemoryArea();
    const deps: BackgroundDeps = {
      local: new Store(local),
      session: new Store(new MemoryArea()),
      now: () => 5000,
      setBadge: vi.fn(async () => {}),
      captureTab: vi.fn(async () => 'x'),
    };
    const handlers = contentHandlers(deps);
    const route = createRouter({ name: 't', schema: ContentToBackground, handlers, authorise: authoriseContent('me'), log: () => {} });
    const url = 'https://sora.chatgpt.com/library';
    const msg = { type: 'content/unread', provider: 'sora', responses: [item('/backend/nf/pending/v3', 3)] };
    const r = await route(msg, { id: 'me', frameId: 0, url, tab: { id: 1, url } });
    expect(r).toEqual({ ok: true, data: { recorded: 1 } });
    const stored = await deps.local.read(diagnosticsItem);
    expect(Object.values(stored)).toEqual([
      {
        provider: 'sora',
        path: '/backend/nf/pending/v3',
        kind: 'rejected',
        shape: '{a: string}',
        count: 3,
        firstSeen: 5000,
        lastSeen: 5000,
      },
    ]);
  });
});
