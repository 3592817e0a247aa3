import browser from 'webextension-polyfill';
import type { Reply, UiToBackground } from '../messages/contract.ts';
import { t } from './i18n.ts';

/** Send a UI message to the service worker and unwrap the reply envelope; errors become exceptions with its text. */
export async function ask<T>(msg: UiToBackground): Promise<T> {
  const reply = (await browser.runtime.sendMessage(msg)) as Reply<T> | undefined;
  if (!reply) throw new Error(t('popup_background_no_answer'));
  if (!reply.ok) throw new Error(reply.error);
  return reply.data;
}
