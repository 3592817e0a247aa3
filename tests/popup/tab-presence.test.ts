import { describe, expect, it } from 'vitest';
import { pingTab, waitForContentScript, type SendToTab } from '../../src/popup/tab-presence.ts';

const answering =
  (reply: unknown): SendToTab =>
  async () =>
    reply;
const absent: SendToTab = async () => {
  throw new Error('Could not establish connection. Receiving end does not exist.');
};

describe('pingTab', () => {
  it('reports the provider when the content script answers with a valid pong', async () => {
    expect(await pingTab(1, answering({ type: 'content/pong', provider: 'sora' }))).toEqual({ running: true, provider: 'sora' });
  });

  it('sends exactly the ping message to the tab it was given', async () => {
    const sent: unknown[] = [];
    await pingTab(42, async (tabId, msg) => (sent.push([tabId, msg]), undefined));
    expect(sent).toEqual([[42, { type: 'ui/ping' }]]);
  });

  it('treats no receiver, no answer and malformed answers as not running', async () => {
    expect(await pingTab(1, absent)).toEqual({ running: false });
    expect(await pingTab(1, answering(undefined))).toEqual({ running: false });
    expect(await pingTab(1, answering({ type: 'content/pong', provider: '<img src=x>' }))).toEqual({ running: false });
    expect(await pingTab(1, answering({ type: 'content/pong' }))).toEqual({ running: false });
    expect(await pingTab(1, answering('pong'))).toEqual({ running: false });
  });

  it('gives up on a tab that never answers', async () => {
    const never: SendToTab = () => new Promise(() => undefined);
    expect(await pingTab(1, never, 1)).toEqual({ running: false });
  });
});

describe('waitForContentScript', () => {
  it('pings until the reloaded tab answers, pausing between attempts', async () => {
    let calls = 0;
    let pauses = 0;
    const send: SendToTab = async () =>
      ++calls < 3 ? Promise.reject(new Error('no receiver')) : { type: 'content/pong', provider: 'runway' };
    const p = await waitForContentScript(7, 10, async () => void pauses++, send);
    expect(p).toEqual({ running: true, provider: 'runway' });
    expect(calls).toBe(3);
    expect(pauses).toBe(2);
  });

  it('stops after the given number of attempts', async () => {
    let calls = 0;
    const p = await waitForContentScript(
      7,
      4,
      async () => undefined,
      async () => (calls++, Promise.reject(new Error('no receiver'))),
    );
    expect(p).toEqual({ running: false });
    expect(calls).toBe(4);
  });
});
