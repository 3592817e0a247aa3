/**
 * Runs in the page's own world at document_start, before the provider's app: wraps fetch and XMLHttpRequest so AVA
 * sees the JSON the app itself receives. It forwards, never alters: the page gets the same response objects, and a
 * failure here is swallowed so the provider's app keeps working whatever happens to AVA.
 */
import { MAX_BODY, TAP_SOURCE, type TapMessage } from './tap-protocol.ts';

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
  const forward = (url: string, status: number, body: string) => {
    if (off || body.length > MAX_BODY) return;
    const m: TapMessage = { source: TAP_SOURCE, kind: 'response', url, status, body };
    if (ready) post(m);
    else if (early.push(m) > 50) early.shift();
  };
  const isJson = (type: string | null) => !!type && /\bjson\b/i.test(type);

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
    p.then((res) => {
      if (off || !isJson(res.headers.get('content-type'))) return;
      const len = Number(res.headers.get('content-length') ?? 0);
      if (len > MAX_BODY) return;
      res.clone().text().then((body) => forward(res.url, res.status, body), () => undefined);
    }, () => undefined);
    return p;
  };

  const XHR = XMLHttpRequest.prototype;
  const origSend = XHR.send;
  XHR.send = function (this: XMLHttpRequest, ...args: Parameters<XMLHttpRequest['send']>) {
    this.addEventListener('load', () => {
      try {
        if (off || !isJson(this.getResponseHeader('content-type'))) return;
        const body = this.responseType === '' || this.responseType === 'text' ? this.responseText : this.responseType === 'json' ? JSON.stringify(this.response) : undefined;
        if (body !== undefined) forward(this.responseURL, this.status, body);
      } catch {
        // A response AVA cannot read is simply not captured.
      }
    });
    return origSend.apply(this, args);
  };
}
