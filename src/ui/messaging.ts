import type { UiToBackground } from '../messages/contract.ts';
import { sendToWorker } from '../messages/bus.ts';
import { t } from '../shared/i18n.ts';

/** Send a UI message to the service worker and unwrap the reply envelope; errors become exceptions with its text. */
export async function ask<T>(msg: UiToBackground): Promise<T> {
  const reply = await sendToWorker<T>(msg);
  if (!reply.ok) throw new Error(reply.error === 'no answer' ? t('popup_background_no_answer') : reply.error);
  return reply.data;
}
