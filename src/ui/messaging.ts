import type { Reply, UiToBackground } from '../messages/contract.ts';
import { t } from '../shared/i18n.ts';

/**
 * Send a UI message to the service worker and unwrap the reply envelope; errors become exceptions with its text.
 * chrome.runtime.sendMessage returns a promise in MV3, so extension pages need no polyfill (about 10 KB the popup
 * would otherwise load and run before its first request). The worker's router always answers with an envelope.
 */
export async function ask<T>(msg: UiToBackground): Promise<T> {
  const reply = (await chrome.runtime.sendMessage(msg)) as Reply<T> | undefined;
  if (!reply) throw new Error(t('popup_background_no_answer'));
  if (!reply.ok) throw new Error(reply.error);
  return reply.data;
}
