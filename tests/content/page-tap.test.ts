// @vitest-environment happy-dom
/**
 * The page-world tap: which responses it forwards to the isolated script (anything that may carry JSON, with its
 * content type) and that a body is read with a cap, so a stream without content-length is dropped past MAX_BODY
 * instead of read whole. The page's own fetch is a stub answering with real Response objects.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY, TAP_SOURCE, type TapMessage } from '../../src/content/tap-protocol.ts';

type Forwarded = Extract<TapMessage, { kind: 'response' }>;
const posted: Forwarded[] = [];
let pulled = 0;

/** A body streamed in 64 KB chunks with no content-length; counts the chunks the tap pulled. */
function stream(totalBytes: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream<Uint8Array>({
    pull(c) {
      if (sent >= totalBytes) return c.close();
      const n = Math.min(65_536, totalBytes - sent);
      sent += n;
      pulled++;
      c.enqueue(new TextEncoder().encode('x'.repeat(n)));
    },
  });
}

const answers: Record<string, () => Response> = {
  '/json': () => new Response('{"a":1}', { headers: { 'content-type': 'application/json' } }),
  '/rsc': () => new Response('1:{"id":"v1","status":"error"}\n', { headers: { 'content-type': 'text/x-component' } }),
  '/plain': () => new Response('{"b":2}', { headers: { 'content-type': 'text/plain; charset=utf-8' } }),
  '/video': () => new Response('xxxx', { headers: { 'content-type': 'video/mp4' } }),
  '/huge-declared': () => new Response('{}', { headers: { 'content-type': 'application/json', 'content-length': String(MAX_BODY + 1) } }),
  '/endless': () => new Response(stream(MAX_BODY * 4), { headers: { 'content-type': 'application/x-ndjson' } }),
};

beforeAll(async () => {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL('https://pika.art/my-library');
  // happy-dom's postMessage leaves event.source empty; the tap (rightly) only listens to its own window.
  window.postMessage = ((data: unknown) => {
    setTimeout(() =>
      window.dispatchEvent(new MessageEvent('message', { data, source: window as unknown as MessageEventSource, origin: location.origin })),
    );
  }) as typeof window.postMessage;
  window.fetch = (async (input: RequestInfo | URL) => {
    const path = new URL(String(input), location.href).pathname;
    const res = answers[path]!();
    Object.defineProperty(res, 'url', { value: `https://pika.art${path}` });
    return res;
  }) as typeof fetch;
  window.addEventListener('message', (e) => {
    const d = e.data as TapMessage | null;
    if (d?.source === TAP_SOURCE && d.kind === 'response') posted.push(d);
  });
  await import('../../src/content/page-tap.iife.ts');
  window.postMessage({ source: TAP_SOURCE, kind: 'ready' }, location.origin);
});

const settle = () => new Promise((r) => setTimeout(r, 200));

describe('page tap', () => {
  it('forwards JSON whatever the content type says, with the content type, and nothing else', async () => {
    for (const p of ['/json', '/rsc', '/plain', '/video', '/huge-declared']) await window.fetch(p);
    await settle();
    expect(posted.map((m) => [new URL(m.url).pathname, m.contentType])).toEqual([
      ['/json', 'application/json'],
      ['/rsc', 'text/x-component'],
      ['/plain', 'text/plain; charset=utf-8'],
    ]);
    expect(posted[1]?.body).toBe('1:{"id":"v1","status":"error"}\n');
  });

  it('reads a body without content-length with a cap: dropped past MAX_BODY, never read to the end', async () => {
    posted.length = 0;
    const res = await window.fetch('/endless');
    await settle();
    expect(posted).toEqual([]);
    // It stopped pulling just past the cap (2 MB in 64 KB chunks), not at the stream's 8 MB end.
    expect(pulled).toBeLessThanOrEqual(Math.ceil(MAX_BODY / 65_536) + 2);
    // The page's own response is untouched: it can still read its copy.
    expect(res.bodyUsed).toBe(false);
  });
});
