/**
 * The video's bytes for one analysis job: fetched by the extension itself (never a tainted canvas), streamed to the
 * demuxer as they arrive and kept as Blob parts for the passes that seek (evidence, OCR, faces).
 */
import { fetchFailure } from '../analysis/browser-glue.ts';
import type { Wording } from '../shared/i18n.ts';

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
    res = await fetch(url, { signal, credentials: 'omit', cache: 'no-store', referrerPolicy: 'no-referrer' });
  } catch (e) {
    if (signal.aborted) throw e;
    throw new AnalysisFailure(fetchFailure({ network: true }, host));
  }
  if (!res.ok) throw new AnalysisFailure(fetchFailure({ status: res.status }, host));
  if (!res.body) throw new AnalysisFailure(fetchFailure({ empty: true }, host));
  return res;
}

/** The response body as chunks, each also kept (as Blob parts) for the passes that seek: evidence, OCR, faces. */
export async function* teeBody(res: Response, keep: Uint8Array[], onBytes: (n: number) => void): AsyncGenerator<Uint8Array> {
  const reader = res.body!.getReader();
  let n = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      keep.push(value);
      n += value.byteLength;
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
