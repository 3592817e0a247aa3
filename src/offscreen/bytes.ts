/**
 * The video's bytes for one analysis job: fetched by the extension itself (never a tainted canvas), streamed to the
 * demuxer as they arrive and kept as Blob parts for the passes that seek (evidence, OCR, faces).
 */
import { fetchFailure } from '../analysis/browser-glue.ts';
import type { Wording } from '../shared/i18n.ts';
import { MAX_VIDEO_BYTES } from '../shared/media-allow.ts';

/**
 * A failure to tell the person as it is (not a crash): unreachable host, unplayable format, ... This document has no
 * chrome.i18n, so it carries the message unworded; the service worker words it.
 */
export class AnalysisFailure extends Error {
  override name = 'AnalysisFailure';
  constructor(readonly wording: Wording) {
    super(`${wording.key}: ${wording.subs.join(', ')}`);
  }
}

export async function fetchBytes(url: string, signal: AbortSignal): Promise<Response> {
  const host = new URL(url).host;
  let res: Response;
  try {
    // No cookies: the extension's own request; signed CDN links carry their access in the URL.
    // redirect 'manual': the worker checked this host (src/shared/media-allow.ts); a redirect elsewhere (another
    // host, http, a private address) is refused rather than followed, so that check cannot be stepped around.
    res = await fetch(url, { signal, credentials: 'omit', cache: 'no-store', referrerPolicy: 'no-referrer', redirect: 'manual' });
  } catch (e) {
    if (signal.aborted) throw e;
    throw new AnalysisFailure(fetchFailure({ network: true }, host));
  }
  if (res.type === 'opaqueredirect' || (res.status >= 300 && res.status < 400)) {
    throw new AnalysisFailure({ key: 'err_video_redirected', subs: [host] });
  }
  if (!res.ok) throw new AnalysisFailure(fetchFailure({ status: res.status }, host));
  if (!res.body) throw new AnalysisFailure(fetchFailure({ empty: true }, host));
  const declared = Number(res.headers.get('content-length') ?? NaN);
  if (declared > MAX_VIDEO_BYTES) throw tooLarge(host);
  return res;
}

const tooLarge = (host: string) => new AnalysisFailure({ key: 'err_video_too_large', subs: [host, String(MAX_VIDEO_BYTES / 1024 / 1024)] });

/** The response body as chunks, each also kept (as Blob parts) for the passes that seek: evidence, OCR, faces. */
export async function* teeBody(
  res: Response,
  keep: Uint8Array[],
  onBytes: (n: number) => void,
  max = MAX_VIDEO_BYTES,
): AsyncGenerator<Uint8Array> {
  const reader = res.body!.getReader();
  let n = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      n += value.byteLength;
      // Counted as it arrives: a server that sends no length (or lies about it) is stopped at the cap all the same.
      if (n > max) {
        await reader.cancel().catch(() => undefined);
        throw tooLarge(new URL(res.url || 'https://unknown.invalid').host);
      }
      keep.push(value);
      onBytes(n);
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

/** A byte stream as chunks (ReadableStream is async-iterable only from Chrome 124; AVA supports 116). */
export async function* chunksOf(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

export async function drain(it: AsyncIterable<unknown>): Promise<void> {
  for await (const _ of it);
}
