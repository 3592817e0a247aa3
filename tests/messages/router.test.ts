import { describe, expect, it, vi } from 'vitest';
import { ContentToBackground, UiToBackground } from '../../src/messages/contract.ts';
import { createRouter, type HandlerMap, type Sender } from '../../src/messages/router.ts';
import { authoriseContent, authoriseUi } from '../../src/background/senders.ts';

/** These tests exercise two message types; the rest of the UI map (analysis, autofill, ...) is not reached. */
type UiHandlers = HandlerMap<UiToBackground, true>;

const SELF = 'abcdefghijklmnopabcdefghijklmnop';
const soraTab: Sender = {
  id: SELF,
  frameId: 0,
  url: 'https://sora.chatgpt.com/library',
  tab: { id: 7, url: 'https://sora.chatgpt.com/library' },
};
const gen = { provider: 'sora', id: 'gen_01k2m3n4p5q6r7s8t9v0w1x2y3', status: 'failed', source: 'network' };

function contentRouter() {
  const handler = vi.fn(async () => 'done');
  const log = vi.fn();
  const route = createRouter({
    name: 'test',
    schema: ContentToBackground,
    handlers: {
      'content/generations': handler,
      'content/page-status': handler,
      'content/balances': handler,
      'content/picked': handler,
      'content/site-provider': handler,
      'content/load-picker': handler,
      'content/unread': handler,
    },
    authorise: authoriseContent(SELF),
    log,
  });
  return { route, handler, log };
}

describe('message contract', () => {
  it('rejects malformed messages with a clear error and never calls a handler', async () => {
    const { route, handler } = contentRouter();
    for (const bad of [
      null,
      42,
      'x',
      {},
      { type: 'content/nope' },
      { type: 'content/generations', provider: 'sora' },
      // (Bad items inside a well-formed list are the worker's to skip one by one: tests/background/handlers.test.ts.)
      { type: 'content/generations', provider: 'sora', generations: Array.from({ length: 201 }, () => gen) },
      { type: 'content/generations', provider: 'sora', generations: { 0: gen } },
    ]) {
      const r = await route(bad, soraTab);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(/^invalid message/);
    }
    expect(handler).not.toHaveBeenCalled();
  });

  it('accepts a valid report from the provider page it claims', async () => {
    const { route, handler } = contentRouter();
    const r = await route({ type: 'content/generations', provider: 'sora', generations: [gen] }, soraTab);
    expect(r).toEqual({ ok: true, data: 'done' });
    expect(handler).toHaveBeenCalledWith(expect.objectContaining({ provider: 'sora' }), {
      tabId: 7,
      pageUrl: 'https://sora.chatgpt.com/library',
      provider: 'sora',
    });
  });

  it('checks the sender: other extension, iframe, non-provider page, or a page claiming another provider', async () => {
    const { route, handler } = contentRouter();
    const msg = { type: 'content/generations', provider: 'sora', generations: [gen] };
    const cases: [Sender, RegExp][] = [
      [{ ...soraTab, id: 'other' }, /not this extension/],
      [{ ...soraTab, frameId: 3 }, /top frame/],
      [{ ...soraTab, tab: undefined }, /not from a tab/],
      [{ ...soraTab, url: 'https://evil.example/sora' }, /not a provider page/],
      [{ ...soraTab, url: 'https://app.runwayml.com/video-tools' }, /claims sora/],
    ];
    for (const [sender, why] of cases) {
      const r = await route(msg, sender);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(why);
    }
    expect(handler).not.toHaveBeenCalled();
  });

  it('unread-response reports: shapes from the page’s own provider only, nothing that looks like a value', async () => {
    const { route, handler } = contentRouter();
    const item = { path: '/backend/nf/pending/v3', kind: 'rejected', shape: '{jobs: [{uid: string, phase: number}]}', count: 2 };
    const ok = await route({ type: 'content/unread', provider: 'sora', responses: [item] }, soraTab);
    expect(ok).toEqual({ ok: true, data: 'done' });
    const runwayPage = { ...soraTab, url: 'https://app.runwayml.com/video-tools' };
    expect((await route({ type: 'content/unread', provider: 'sora', responses: [item] }, runwayPage)).ok).toBe(false);
    // A JSON string, a URL with a query, an email: what a leaked value would look like is refused by the schema.
    for (const bad of [
      { ...item, shape: '{"prompt": "a fox"}' },
      { ...item, path: '/v1/tasks?token=abc' },
      { ...item, shape: 'me@example.com' },
      { ...item, kind: 'other' },
      { ...item, count: 0 },
    ])
      expect((await route({ type: 'content/unread', provider: 'sora', responses: [bad] }, soraTab)).ok).toBe(false);
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it('UI messages only from the extension’s own pages', async () => {
    const handler = vi.fn(async () => ({}));
    const route = createRouter({
      name: 'ui',
      schema: UiToBackground,
      handlers: { 'ui/tab-state': handler, 'ui/capture-tab': handler } as unknown as UiHandlers,
      authorise: authoriseUi(SELF, `chrome-extension://${SELF}/`),
      log: () => {},
    });
    expect((await route({ type: 'ui/tab-state', tabId: 1 }, soraTab)).ok).toBe(false);
    expect(
      (await route({ type: 'ui/tab-state', tabId: -1 }, { id: SELF, url: `chrome-extension://${SELF}/src/popup/index.html` })).ok,
    ).toBe(false);
    expect((await route({ type: 'ui/tab-state', tabId: 1 }, { id: SELF, url: `chrome-extension://${SELF}/src/popup/index.html` })).ok).toBe(
      true,
    );
  });

  it('log lines never carry tokens from sender URLs (issue 17.8)', async () => {
    const { route, log } = contentRouter();
    await route(
      { type: 'content/generations', provider: 'sora', generations: [gen] },
      { ...soraTab, url: 'https://evil.example/x?access_token=SECRET&sig=S2' },
    );
    expect(log).toHaveBeenCalled();
    expect(log.mock.calls.join(' ')).not.toMatch(/SECRET|S2/);
  });

  it('a throwing handler becomes an error reply, not an exception', async () => {
    const route = createRouter({
      name: 'ui',
      schema: UiToBackground,
      handlers: {
        'ui/tab-state': () => {
          throw new Error('boom');
        },
        'ui/capture-tab': () => 1,
      } as unknown as UiHandlers,
      authorise: () => true as const,
      log: () => {},
    });
    expect(await route({ type: 'ui/tab-state', tabId: 1 }, {})).toEqual({ ok: false, error: 'boom' });
  });
});
