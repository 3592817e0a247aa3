import { afterEach, describe, expect, it } from 'vitest';
import browser from 'webextension-polyfill';
import { listen, type MessagingApi, sendToTab, sendToWorker, typePrefix, useMessagingApi } from '../../src/messages/bus.ts';
import type { Sender } from '../../src/messages/router.ts';

type Listener = (msg: unknown, sender: Sender) => Promise<unknown> | undefined;

/**
 * A runtime with several receivers, delivering the way the polyfill does over Chrome: every listener hears every
 * message; the first one that returns a promise claims it, and that promise's value is the reply.
 */
function fakeRuntime() {
  const listeners = new Set<Listener>();
  const sender: Sender = { id: 'ava', url: 'chrome-extension://ava/src/popup/index.html' };
  const api: MessagingApi = {
    runtime: {
      async sendMessage(msg) {
        for (const l of listeners) {
          const r = l(msg, sender);
          if (r !== undefined) return r;
        }
        throw new Error('Could not establish connection. Receiving end does not exist.');
      },
      onMessage: { addListener: (l) => void listeners.add(l), removeListener: (l) => void listeners.delete(l) },
    },
    tabs: { sendMessage: async (tabId, msg, options) => ({ tabId, msg, options }) },
  };
  return { api, listeners };
}

afterEach(() => useMessagingApi(browser as unknown as MessagingApi));

describe('listen', () => {
  it('leaves messages it does not accept to their real receiver (the async-reply pitfall)', async () => {
    const { api } = fakeRuntime();
    useMessagingApi(api);
    // Registered first, like the offscreen document hearing a popup's message before the worker does.
    listen(typePrefix('bg/'), async () => ({ ok: true, data: 'offscreen' }));
    listen(
      (m) => !typePrefix('bg/')(m),
      async () => ({ ok: true, data: 'worker' }),
    );
    expect(await sendToWorker({ type: 'ui/tab-state', tabId: 1 })).toEqual({ ok: true, data: 'worker' });
  });

  it('hands the receiver the sender, and stops listening when asked', async () => {
    const { api, listeners } = fakeRuntime();
    useMessagingApi(api);
    const seen: Sender[] = [];
    const stop = listen(
      () => true,
      async (_m, s) => (seen.push(s), { ok: true, data: 1 }),
    );
    await sendToWorker({ type: 'ui/tab-state', tabId: 2 });
    expect(seen[0]?.id).toBe('ava');
    stop();
    expect(listeners.size).toBe(0);
    await expect(sendToWorker({ type: 'ui/tab-state', tabId: 2 })).rejects.toThrow(/Receiving end does not exist/);
  });
});

describe('send', () => {
  it("turns a silent or foreign answer into an error envelope, and keeps the receiver's own error", async () => {
    const { api } = fakeRuntime();
    useMessagingApi(api);
    const stop = listen(
      () => true,
      async () => undefined,
    );
    expect(await sendToWorker({ type: 'ui/tab-state', tabId: 1 })).toEqual({ ok: false, error: 'no answer' });
    stop();
    listen(
      () => true,
      async () => ({ ok: false, error: 'sender not allowed: x' }),
    );
    expect(await sendToWorker({ type: 'ui/tab-state', tabId: 1 })).toEqual({ ok: false, error: 'sender not allowed: x' });
  });

  it("sends to a tab's top frame only", async () => {
    const { api } = fakeRuntime();
    useMessagingApi(api);
    expect(await sendToTab(7, { type: 'ui/ping' })).toEqual({ tabId: 7, msg: { type: 'ui/ping' }, options: { frameId: 0 } });
  });
});
