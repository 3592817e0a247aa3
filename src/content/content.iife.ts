/**
 * The isolated-world content script: picks the provider by URL, parses what the page-world tap forwards, reads the
 * DOM as a fallback, and reports changes to the service worker through the messaging module. No zod here, to stay
 * small on every provider page: the service worker validates every report with the message contract. Everything it
 * starts hangs on one ContentContext, so an orphaned script (after an extension update) stops all of it at once.
 */
import { listen, sendToWorker } from '../messages/bus.ts';
import { providerById, providerForUrl } from '../providers/capture.ts';
import { Collector } from './collector.ts';
import { ContentContext } from './context.ts';
import { isTapMessage, TAP_SOURCE } from './tap-protocol.ts';
import { PICKER_KEY } from '../shared/picker-key.ts';

const provider = providerForUrl(location.href);
if (provider) start(provider);
else if (window === window.top) void siteProvider();

/**
 * No registry host matches: this script was registered on a site the person added for a provider (dashboard, "Add a
 * site"). The worker knows which provider, by this page's origin; it answers nothing for any other page.
 */
async function siteProvider(): Promise<void> {
  // At browser start the worker may still be starting when a restored tab asks: ask again a few times before giving up.
  for (const wait of [0, 1000, 3000]) {
    if (wait) await new Promise((r) => setTimeout(r, wait));
    if (!chrome.runtime?.id) return; // orphaned after an update: nothing to do on this page
    try {
      const r = await sendToWorker<{ provider?: unknown }>({ type: 'content/site-provider' });
      const p = r.ok && typeof r.data?.provider === 'string' ? providerById(r.data.provider) : undefined;
      if (p) start(p);
      return;
    } catch {
      // No answer yet: try again.
    }
  }
}

type StartPicker = (p: unknown, send: (msg: unknown) => void) => void;

/** The picker and html2canvas load only when the person asks to pick (content scripts stay small on every page). */
async function pick(p: NonNullable<ReturnType<typeof providerForUrl>>, script: string, send: (msg: unknown) => void) {
  if (!/^[\w./-]{1,200}\.js$/.test(script)) return false;
  try {
    (await loadPicker(script))(p, send);
    return true;
  } catch (err) {
    console.warn('[AVA] picker did not load', err);
    return false;
  }
}

/**
 * The module where it is web-accessible (the registry's origins, fixed at build); on a site the person added it is
 * not, so the worker injects the picker's classic build into this world, which leaves startPicker under PICKER_KEY.
 */
async function loadPicker(script: string): Promise<StartPicker> {
  const injected = () => (globalThis as Record<symbol, unknown>)[PICKER_KEY] as StartPicker | undefined;
  try {
    return ((await import(/* @vite-ignore */ chrome.runtime.getURL(script))) as { startPicker: StartPicker }).startPicker;
  } catch (err) {
    if (!injected()) {
      const r = await sendToWorker({ type: 'content/load-picker' });
      if (!r.ok) throw new Error(`${String(err)}; then: ${r.error}`);
    }
    const start = injected();
    if (!start) throw err;
    return start;
  }
}

function start(p: NonNullable<ReturnType<typeof providerForUrl>>): void {
  const collector = new Collector(p);
  // After an extension update or reload this script is orphaned and chrome.runtime.id disappears; the context checks
  // on every page event and timer, so an orphan stops at the next mutation or response.
  const ctx = new ContentContext(() => !!chrome.runtime?.id);
  // The page-world tap outlives us (Chrome does not unload it): tell it to stop copying responses for nobody.
  ctx.onAbort(() => window.postMessage({ source: TAP_SOURCE, kind: 'bye' }, location.origin));
  // Page messages are untrusted and can be flooded: handle a bounded number per second.
  let budget = 200;
  ctx.setInterval(() => (budget = 200), 1000);

  // The popup asks whether AVA runs in this tab (no answer means the tab must be reloaded, see popup/TabPresence),
  // or starts the picker. Only the extension itself can reach runtime messages here; the sender check is a second lock.
  const pong = { type: 'content/pong', provider: p.id };
  const isForTab = (msg: unknown, sender: { id?: string }) => {
    const type = (msg as { type?: unknown } | null)?.type;
    return sender.id === chrome.runtime.id && !ctx.stopped && (type === 'ui/ping' || type === 'ui/pick');
  };
  const stopListening = listen(isForTab, async (msg) => {
    const m = msg as { type: string; script?: unknown };
    // The popup says whether the picker started: a page where it cannot load must not look like one where it did.
    if (m.type === 'ui/pick' && typeof m.script === 'string')
      return { ...pong, picker: (await pick(p, m.script, send)) ? 'started' : 'failed' };
    return pong;
  });
  ctx.onAbort(() => {
    try {
      stopListening();
    } catch {
      // Already invalidated: the listener is gone with the context.
    }
  });

  function send(msg: unknown): void {
    try {
      // The worker validates every report (message contract); this script only hands it over.
      sendToWorker(msg as Parameters<typeof sendToWorker>[0]).catch((err: unknown) => {
        // After an extension update this old script is orphaned: stop quietly instead of throwing at the page.
        if (String(err).includes('context invalidated')) ctx.stop();
      });
    } catch {
      ctx.stop();
    }
  }

  const report = () => {
    const changed = collector.takeChanged();
    for (let i = 0; i < changed.length; i += 200) {
      send({ type: 'content/generations', provider: p.id, generations: changed.slice(i, i + 200) });
    }
    const readings = collector.takeReadings();
    if (readings.length) send({ type: 'content/balances', provider: p.id, readings });
    const unread = collector.takeUnread();
    if (unread.length) send({ type: 'content/unread', provider: p.id, responses: unread });
  };
  let reportTimer: ReturnType<typeof setTimeout> | undefined;
  const scheduleReport = () => {
    clearTimeout(reportTimer);
    reportTimer = ctx.setTimeout(report, 250);
  };

  ctx.listen(window, 'message', (e: MessageEvent) => {
    if (e.source !== window || budget <= 0 || ctx.stopped || !isTapMessage(e.data)) return;
    budget--;
    const m = e.data;
    if (m.kind === 'hello') window.postMessage({ source: TAP_SOURCE, kind: 'ready' }, location.origin);
    else if (m.kind === 'response' && collector.addResponse(m.url, m.body, m.contentType)) scheduleReport();
  });
  // The tap may have started first; tell it we are listening so it replays what it kept.
  window.postMessage({ source: TAP_SOURCE, kind: 'ready' }, location.origin);

  const readDom = () => {
    collector.addDom(document, location.href);
    scheduleReport();
  };
  let domTimer: ReturnType<typeof setTimeout> | undefined;
  const scheduleDom = () => {
    clearTimeout(domTimer);
    domTimer = ctx.setTimeout(readDom, 1000);
  };

  const onReady = () => {
    if (ctx.stopped) return;
    readDom();
    ctx.observe(document.body ?? document.documentElement, scheduleDom, { childList: true, subtree: true });
    // Say so when this page shows nothing AVA can read: a redesign must not look like "no failures".
    ctx.setTimeout(() => {
      if (collector.size > 0) return;
      const detail = collector.problems.at(-1) ?? `No generations found on ${location.pathname}`;
      send({ type: 'content/page-status', provider: p.id, recognised: false, detail: detail.slice(0, 300) });
    }, 8000);
  };
  if (document.readyState === 'loading') ctx.listen(document, 'DOMContentLoaded', onReady, { once: true });
  else onReady();
}
