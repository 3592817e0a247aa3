/**
 * Runs in the page's own world at document_start, before the provider's app: wraps fetch and XMLHttpRequest so AVA
 * sees the JSON the app itself receives, whatever the content type says (text/plain, RSC text/x-component, NDJSON,
 * event streams, batchexecute): the isolated script decodes it and keeps only its provider's API URLs.
 * It forwards, never alters: the page gets the same response objects, and a failure here is swallowed so the
 * provider's app keeps working whatever happens to AVA.
 */
import { mayCarryJson } from '../providers/body.ts';
import { MAX_BODY, MAX_READS, TAP_SOURCE, type TapMessage } from './tap-protocol.ts';

const MARK = Symbol.for('ava.tap');
const w = window as unknown as Record<symbol, boolean>;

if (!w[MARK]) {
  w[MARK] = true;
  // Until the isolated script says it is listening, keep the last responses (the app fetches early).
  const early: TapMessage[] = [];
  let ready = false;
  // Set when the isolated script says 'bye' (orphaned by an extension update): nothing is copied or posted any more.
  // A page can send 'bye' itself, but that only turns AVA off on that page, which the page could do anyway.
  let off = false;

  const post = (m: TapMessage) => window.postMessage(m, location.origin);
  const forward = (url: string, status: number, body: string, type: string | null) => {
    if (off || body.length > MAX_BODY) return;
    const m: TapMessage = { source: TAP_SOURCE, kind: 'response', url, status, body };
    if (type) m.contentType = type.slice(0, 200);
    if (ready) post(m);
    else if (early.push(m) > 50) early.shift();
  };
  let reading = 0;

  /**
   * The body of a copy of the response, read with a cap: a body without content-length (a stream) is read chunk by
   * chunk and dropped as soon as it passes MAX_BODY, never read whole. Undefined when too big or unreadable.
   */
  const readCapped = async (res: Response): Promise<string | undefined> => {
    const reader = res.body?.getReader();
    if (!reader) return undefined;
    const decoder = new TextDecoder();
    let size = 0;
    let text = '';
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return text + decoder.decode();
      size += value.byteLength;
      if (size > MAX_BODY) {
        void reader.cancel().catch(() => undefined);
        return undefined;
      }
      text += decoder.decode(value, { stream: true });
    }
  };

  window.addEventListener('message', (e) => {
    const d = e.data as Partial<TapMessage> | null;
    if (e.source !== window || !d || d.source !== TAP_SOURCE) return;
    if (d.kind === 'bye') {
      off = true;
      ready = false;
      early.length = 0;
      return;
    }
    if (d.kind !== 'ready' || ready) return;
    ready = true;
    off = false;
    for (const m of early.splice(0)) post(m);
  });
  post({ source: TAP_SOURCE, kind: 'hello' });

  const origFetch = window.fetch;
  window.fetch = function (this: unknown, ...args: Parameters<typeof fetch>) {
    const p = origFetch.apply(this, args);
    p.then(
      (res) => {
        const type = res.headers.get('content-type');
        if (off || !mayCarryJson(type) || reading >= MAX_READS) return;
        const len = Number(res.headers.get('content-length') ?? 0);
        if (len > MAX_BODY) return;
        reading++;
        readCapped(res.clone())
          .then(
            (body) => body !== undefined && forward(res.url, res.status, body, type),
            () => undefined,
          )
          .finally(() => reading--);
      },
      () => undefined,
    );
    return p;
  };

  const XHR = XMLHttpRequest.prototype;
  const origSend = XHR.send;
  XHR.send = function (this: XMLHttpRequest, ...args: Parameters<XMLHttpRequest['send']>) {
    this.addEventListener('load', () => {
      try {
        const type = this.getResponseHeader('content-type');
        if (off || !mayCarryJson(type)) return;
        // XHR has buffered the whole body already; only text and parsed JSON carry what a parser reads.
        const body =
          this.responseType === '' || this.responseType === 'text'
            ? this.responseText
            : this.responseType === 'json'
              ? JSON.stringify(this.response)
              : undefined;
        if (body !== undefined) forward(this.responseURL, this.status, body, type);
      } catch {
        // A response AVA cannot read is simply not captured.
      }
    });
    return origSend.apply(this, args);
  };
}
