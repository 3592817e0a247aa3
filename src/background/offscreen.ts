/**
 * The offscreen document's lifecycle (chrome.offscreen): one document, created on demand for frame analysis and
 * closed when no job is left. Chrome allows one offscreen document per extension; concurrent creates are merged.
 */
import { sendToOffscreen } from '../messages/bus.ts';
import type { BackgroundToOffscreen } from '../messages/contract.ts';
import { OFFSCREEN_PATH } from './offscreen-path.ts';
import { t } from '../shared/i18n.ts';

let creating: Promise<void> | undefined;

async function exists(url: string): Promise<boolean> {
  const contexts = await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] });
  return contexts.length > 0;
}

export async function ensureOffscreen(): Promise<void> {
  const url = chrome.runtime.getURL(OFFSCREEN_PATH);
  if (await exists(url)) return;
  creating ??= chrome.offscreen
    .createDocument({
      url: OFFSCREEN_PATH,
      // WORKERS: OCR runs in a web worker; BLOBS: the <video> fallback and evidence frames play the fetched bytes
      // from a blob: URL. Decoding itself (WebCodecs) needs a document because service workers have no VideoDecoder.
      reasons: ['WORKERS', 'BLOBS'],
      justification: 'Decode a generation video the person asked AVA to analyse and look for failures in its frames.',
    })
    .finally(() => (creating = undefined));
  await creating;
}

export async function closeOffscreen(): Promise<void> {
  if (await exists(chrome.runtime.getURL(OFFSCREEN_PATH))) await chrome.offscreen.closeDocument();
}

/** Send to the offscreen document; its reply envelope is unwrapped so a refusal becomes an error here. */
export async function askOffscreen(msg: BackgroundToOffscreen): Promise<unknown> {
  let reply: Awaited<ReturnType<typeof sendToOffscreen>>;
  // createDocument resolves before the document's module script has registered its listener: retry briefly.
  for (let attempt = 0; ; attempt++) {
    try {
      reply = await sendToOffscreen(msg);
      break;
    } catch (e) {
      if (attempt >= 40 || !/Receiving end does not exist/i.test(String(e))) throw e;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  if (!reply.ok) throw new Error(reply.error === 'no answer' ? t('err_offscreen_silent') : reply.error);
  return reply.data;
}
