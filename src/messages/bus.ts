/**
 * The one way AVA's contexts talk: a typed `send` per direction and `listen(accepts, receive)` for receivers, over
 * webextension-polyfill's promise-based `browser.runtime` / `browser.tabs` (the stack's choice, and the path to
 * other browsers). Every reply is the contract's `Reply` envelope, so a caller never guesses whether it got an error.
 *
 * The async-reply pitfall is handled here, once: a runtime.onMessage listener that returns a promise claims the
 * message, and its (possibly undefined) value becomes the reply. Every extension page and the offscreen document
 * hear every runtime message, so a receiver that answered what was not its own would race the real receiver and
 * could win with `undefined`. `listen` therefore answers only what `accepts` says is for it, and returns undefined
 * (not a promise) for everything else, leaving it to its real receiver.
 */
import browser from 'webextension-polyfill';
import type {
  BackgroundToOffscreen,
  ContentToBackground,
  OffscreenToBackground,
  Reply,
  SupportToBackground,
  UiToBackground,
  UiToContent,
} from './contract.ts';
import type { Sender } from './router.ts';
import { envelope, NO_ANSWER } from './envelope.ts';

/** The slice of the polyfill's runtime and tabs this module uses; tests pass a fake. */
export interface MessagingApi {
  runtime: {
    sendMessage(msg: unknown): Promise<unknown>;
    onMessage: {
      addListener(fn: (msg: unknown, sender: Sender) => Promise<unknown> | undefined): void;
      removeListener(fn: (msg: unknown, sender: Sender) => Promise<unknown> | undefined): void;
    };
  };
  tabs?: { sendMessage(tabId: number, msg: unknown, options?: { frameId?: number }): Promise<unknown> };
}

let api: MessagingApi = browser as unknown as MessagingApi;

/** Tests only: route this module through a fake runtime. */
export function useMessagingApi(fake: MessagingApi): void {
  api = fake;
}

/** Any context to the service worker. */
export async function sendToWorker<T = unknown>(
  msg: ContentToBackground | UiToBackground | OffscreenToBackground | SupportToBackground,
): Promise<Reply<T>> {
  return envelope<T>(await api.runtime.sendMessage(msg), NO_ANSWER);
}

/** The worker to the offscreen document (the same runtime channel; only the document accepts `bg/*`). */
export async function sendToOffscreen<T = unknown>(msg: BackgroundToOffscreen): Promise<Reply<T>> {
  return envelope<T>(await api.runtime.sendMessage(msg), NO_ANSWER);
}

/** An extension page to the content script in a tab's top frame (where AVA's content script runs). */
export async function sendToTab(tabId: number, msg: UiToContent): Promise<unknown> {
  if (!api.tabs) throw new Error('tabs messaging is not available in this context');
  return api.tabs.sendMessage(tabId, msg, { frameId: 0 });
}

/**
 * Register a receiver. `accepts` is a cheap synchronous look at the raw message (usually its `type` prefix, and the
 * sender where a receiver answers only AVA itself); only
 * what it accepts is handed to `receive` (a router from router.ts, which validates and checks the sender) and
 * answered. Returns a function that removes the listener (content scripts stop when orphaned).
 */
export function listen(
  accepts: (msg: unknown, sender: Sender) => boolean,
  receive: (msg: unknown, sender: Sender) => Promise<unknown>,
): () => void {
  const listener = (msg: unknown, sender: Sender): Promise<unknown> | undefined =>
    accepts(msg, sender) ? receive(msg, sender) : undefined;
  api.runtime.onMessage.addListener(listener);
  return () => api.runtime.onMessage.removeListener(listener);
}

/** `accepts` for messages whose `type` starts with one of these prefixes ("bg/", "ui/"...). */
export const typePrefix =
  (...prefixes: string[]) =>
  (msg: unknown): boolean => {
    const type = typeof msg === 'object' && msg !== null ? (msg as { type?: unknown }).type : undefined;
    return typeof type === 'string' && prefixes.some((p) => type.startsWith(p));
  };
