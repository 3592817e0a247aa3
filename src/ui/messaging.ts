import type { UiToBackground } from '../messages/contract.ts';
import { envelope, NO_ANSWER } from '../messages/envelope.ts';
import { t } from '../shared/i18n.ts';

/**
 * Send a UI message to the service worker and unwrap the reply envelope; errors become exceptions with its text.
 * Chrome's own promise-returning runtime.sendMessage (Chrome 99+), not the polyfill's: the popup's first request goes
 * out before anything else loads, and the polyfill is one more module on that path (issue 15.4). The envelope is the
 * bus's (messages/envelope.ts), so replies read the same either way.
 */
export async function ask<T>(msg: UiToBackground): Promise<T> {
  const reply = envelope<T>(await chrome.runtime.sendMessage(msg), NO_ANSWER);
  if (!reply.ok) throw new Error(reply.error === NO_ANSWER ? t('popup_background_no_answer') : reply.error);
  return reply.data;
}
