/**
 * Is AVA's content script running in a tab? Chrome does not inject declared content scripts into tabs that were open
 * before AVA was installed or updated, and an update orphans the old ones, so such a tab shows AVA nothing until it is
 * reloaded. The popup asks the tab directly; silence (or anything that is not a valid pong) means "not running".
 */
import { sendToTab } from '../messages/bus.ts';
import { ContentPong, type UiToContent } from '../messages/contract.ts';

export type Presence = { running: true; provider: string } | { running: false };
export type SendToTab = (tabId: number, msg: UiToContent) => Promise<unknown>;

export async function pingTab(tabId: number, send: SendToTab = sendToTab, timeoutMs = 2000): Promise<Presence> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // A tab that is busy loading may hold the message; the popup must not wait on it forever.
  const silence = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), timeoutMs)));
  try {
    const reply = await Promise.race([send(tabId, { type: 'ui/ping' }), silence]);
    const pong = ContentPong.safeParse(reply);
    return pong.success ? { running: true, provider: pong.data.provider } : { running: false };
  } catch {
    // "Receiving end does not exist": no AVA content script in this tab.
    return { running: false };
  } finally {
    clearTimeout(timer);
  }
}

/** Pings until the content script answers (after a reload) or `attempts` run out; the pause comes from `wait`. */
export async function waitForContentScript(
  tabId: number,
  attempts: number,
  wait: () => Promise<void>,
  send?: SendToTab,
): Promise<Presence> {
  for (let i = 0; i < attempts; i++) {
    const p = await pingTab(tabId, send);
    if (p.running) return p;
    await wait();
  }
  return { running: false };
}
