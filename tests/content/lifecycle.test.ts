// @vitest-environment happy-dom
/**
 * The isolated content script's life cycle on a provider page: it answers the popup's ping (only from AVA itself),
 * and once orphaned by an extension update it stops at the next page change: listeners removed, and the page-world
 * tap told to stop. chrome.* is a fake here; e2e/orphaned.spec.ts does the same in Chromium with a real reload.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

type Listener = (msg: unknown, sender: { id?: string }, reply: (r: unknown) => void) => void;
const listeners = new Set<Listener>();
const sent: unknown[] = [];
const runtime: {
  id?: string;
  sendMessage(m: unknown): Promise<void>;
  onMessage: { addListener(f: Listener): void; removeListener(f: Listener): void };
} = {
  id: 'avaextensionid',
  sendMessage: async (m) => void sent.push(m),
  onMessage: { addListener: (f) => void listeners.add(f), removeListener: (f) => void listeners.delete(f) },
};

beforeAll(async () => {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL('https://sora.chatgpt.com/library');
  (globalThis as unknown as { chrome: unknown }).chrome = { runtime };
  await import('../../src/content/content.iife.ts');
});
afterAll(() => {
  delete (globalThis as unknown as { chrome?: unknown }).chrome;
});

/** Deliver a message the way Chrome does, and collect the replies (the messaging module answers asynchronously). */
async function ask(msg: unknown, sender: { id?: string }): Promise<unknown[]> {
  const replies: unknown[] = [];
  for (const l of listeners) l(msg, sender, (r) => replies.push(r));
  await new Promise((r) => setTimeout(r, 0));
  return replies;
}

describe('content script', () => {
  it("answers the popup's ping with its provider, only for AVA and only for a ping", async () => {
    expect(listeners.size).toBe(1);
    expect(await ask({ type: 'ui/ping' }, { id: 'avaextensionid' })).toEqual([{ type: 'content/pong', provider: 'sora' }]);
    expect(await ask({ type: 'ui/ping' }, { id: 'someotherextension' })).toEqual([]);
    expect(await ask({ type: 'ui/tab-state' }, { id: 'avaextensionid' })).toEqual([]);
    expect(await ask(null, { id: 'avaextensionid' })).toEqual([]);
  });

  it('stops at the next page change once orphaned: no listener left, the tap told to stop', async () => {
    const bye = new Promise<unknown>((resolve) =>
      window.addEventListener('message', (e) => (e.data as { kind?: string } | null)?.kind === 'bye' && resolve(e.data)),
    );
    // What Chrome does to an orphaned content script: the runtime loses its id.
    delete runtime.id;
    document.body.append(document.createElement('div'));
    expect(await bye).toEqual({ source: 'ava-tap-v1', kind: 'bye' });
    expect(listeners.size).toBe(0);
  });
});
