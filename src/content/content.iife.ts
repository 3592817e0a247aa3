/**
 * The isolated-world content script: picks the provider by URL, parses what the page-world tap forwards, reads the
 * DOM as a fallback, and reports changes to the service worker. It uses chrome.* directly (no polyfill, no zod) to
 * stay small on every provider page; the service worker validates every report with the message contract.
 */
import { providerById, providerForUrl } from '../providers/capture.ts';
import { Collector } from './collector.ts';
import { isTapMessage, TAP_SOURCE } from './tap-protocol.ts';

const provider = providerForUrl(location.href);
if (provider) start(provider);
else if (window === window.top) void siteProvider();

/**
 * No registry host matches: this script was registered on a site the person added for a provider (dashboard, "Add a
 * site"). The worker knows which provider, by this page's origin; it answers nothing for any other page.
 */
async function siteProvider(): Promise<void> {
  try {
    const r = (await chrome.runtime.sendMessage({ type: 'content/site-provider' })) as { ok?: boolean; data?: { provider?: unknown } } | undefined;
    const p = r?.ok && typeof r.data?.provider === 'string' ? providerById(r.data.provider) : undefined;
    if (p) start(p);
  } catch {
    // No worker answer (orphaned after an update): nothing to do on this page.
  }
}

/** The picker and html2canvas load only when the person asks to pick (content scripts stay small on every page). */
function pick(p: NonNullable<ReturnType<typeof providerForUrl>>, script: string, send: (msg: unknown) => void): void {
  if (!/^[\w./-]{1,200}\.js$/.test(script)) return;
  void import(/* @vite-ignore */ chrome.runtime.getURL(script)).then(
    (m: { startPicker: (p: unknown, send: (msg: unknown) => void) => void }) => m.startPicker(p, send),
    (err: unknown) => console.warn('[AVA] picker did not load', err),
  );
}

function start(p: NonNullable<ReturnType<typeof providerForUrl>>): void {
  const collector = new Collector(p);
  let alive = true;
  let reportTimer: ReturnType<typeof setTimeout> | undefined;
  let domTimer: ReturnType<typeof setTimeout> | undefined;
  let observer: MutationObserver | undefined;
  // Page messages are untrusted and can be flooded: handle a bounded number per second.
  let budget = 200;
  const refill = setInterval(() => (budget = 200), 1000);

  const stop = () => {
    if (!alive) return;
    alive = false;
    observer?.disconnect();
    clearInterval(refill);
    clearTimeout(reportTimer);
    clearTimeout(domTimer);
    window.removeEventListener('message', onMessage);
    // The page-world tap outlives us (Chrome does not unload it): tell it to stop copying responses for nobody.
    window.postMessage({ source: TAP_SOURCE, kind: 'bye' }, location.origin);
    try {
      chrome.runtime.onMessage.removeListener(onPing);
    } catch {
      // Already invalidated: the listener is gone with the context.
    }
  };
  // After an extension update or reload this script is orphaned and chrome.runtime.id disappears. Checked on every
  // page event too, so an orphan stops at the next mutation or response, not only when it next has news to send.
  const orphaned = () => {
    if (alive && !chrome.runtime?.id) stop();
    return !alive;
  };

  // The popup asks whether AVA runs in this tab; no answer means the tab must be reloaded (see popup/TabPresence).
  // Only the extension itself can reach runtime.onMessage here; the sender check is a second lock.
  function onPing(msg: unknown, sender: chrome.runtime.MessageSender, reply: (r: unknown) => void): void {
    if (sender.id !== chrome.runtime.id) return;
    const m = msg as { type?: unknown; script?: unknown } | null;
    if (m?.type === 'ui/pick' && typeof m.script === 'string') {
      pick(p, m.script, send);
      reply({ type: 'content/pong', provider: p.id });
    }
    if (m?.type !== 'ui/ping') return;
    reply({ type: 'content/pong', provider: p.id });
  }
  chrome.runtime.onMessage.addListener(onPing);

  const send = (msg: unknown) => {
    try {
      chrome.runtime.sendMessage(msg).catch((err: unknown) => {
        // After an extension update this old script is orphaned: stop quietly instead of throwing at the page.
        if (String(err).includes('context invalidated')) stop();
      });
    } catch {
      stop();
    }
  };

  const report = () => {
    if (!alive) return;
    const changed = collector.takeChanged();
    for (let i = 0; i < changed.length; i += 200) {
      send({ type: 'content/generations', provider: p.id, generations: changed.slice(i, i + 200) });
    }
    const readings = collector.takeReadings();
    if (readings.length) send({ type: 'content/balances', provider: p.id, readings });
    const unread = collector.takeUnread();
    if (unread.length) send({ type: 'content/unread', provider: p.id, responses: unread });
  };
  const scheduleReport = () => {
    clearTimeout(reportTimer);
    reportTimer = setTimeout(report, 250);
  };

  function onMessage(e: MessageEvent): void {
    if (e.source !== window || budget <= 0 || orphaned() || !isTapMessage(e.data)) return;
    budget--;
    const m = e.data;
    if (m.kind === 'hello') window.postMessage({ source: TAP_SOURCE, kind: 'ready' }, location.origin);
    else if (m.kind === 'response' && collector.addResponse(m.url, m.body, m.contentType)) scheduleReport();
  }
  window.addEventListener('message', onMessage);
  // The tap may have started first; tell it we are listening so it replays what it kept.
  window.postMessage({ source: TAP_SOURCE, kind: 'ready' }, location.origin);

  const readDom = () => {
    if (!alive) return;
    collector.addDom(document, location.href);
    scheduleReport();
  };
  const scheduleDom = () => {
    if (orphaned()) return;
    clearTimeout(domTimer);
    domTimer = setTimeout(readDom, 1000);
  };

  const onReady = () => {
    readDom();
    observer = new MutationObserver(scheduleDom);
    observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true });
    // Say so when this page shows nothing AVA can read: a redesign must not look like "no failures".
    setTimeout(() => {
      if (!alive || collector.size > 0) return;
      const detail = collector.problems.at(-1) ?? `No generations found on ${location.pathname}`;
      send({ type: 'content/page-status', provider: p.id, recognised: false, detail: detail.slice(0, 300) });
    }, 8000);
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', onReady, { once: true });
  else onReady();

}
