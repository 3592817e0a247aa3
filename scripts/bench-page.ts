/**
 * Bench sections that drive the BUILT extension (AVA_EXTENSION_DIR, else dist/; built first if missing) in headless
 * Chromium against the demo server: what AVA costs a provider page, and how fast the popup drafts. Figures only,
 * no pass/fail: these machines are shared and noisy. Medians over several runs; the spread is printed too.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { type BrowserContext, type CDPSession, chromium, type Page } from '@playwright/test';
import { hostResolverRules } from '../demo/hosts.ts';
import { type DemoServer, startDemoServer } from '../demo/server.ts';
import { assertBuilt, avaChromeArgs, findChrome } from './chrome.ts';

export const SORA_LIBRARY = 'https://sora.chatgpt.com/library';
/** Served by the demo server only for the bench (demo/sites/sora.chatgpt.com/bench-mutations.*). */
const MUTATION_PAGE = 'https://sora.chatgpt.com/bench-mutations.html';
const MUTATED_NODES = 2000;
const TARGETS = { mainThreadPct: 2, popupMs: 100 };

export const ms = (x: number) => `${x.toFixed(1)} ms`;
export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
export const spread = (xs: number[]) => `(${xs.length} runs, ${ms(Math.min(...xs))} to ${ms(Math.max(...xs))})`;

export function extensionDir(): string {
  const dir = path.resolve(process.env.AVA_EXTENSION_DIR ?? 'dist');
  if (!existsSync(path.join(dir, 'manifest.json')))
    spawnSync('npx', ['vite', 'build', '--outDir', dir, '--emptyOutDir'], { stdio: 'ignore' });
  assertBuilt(dir);
  return dir;
}

interface Browsers {
  ava: BrowserContext;
  extensionId: string;
  /** The same browser without AVA, for the baseline (only when asked for). */
  plain?: BrowserContext;
}

/** Demo server + headless Chromium with AVA (and optionally one without), closed whatever happens. */
export async function withBrowsers<T>(opts: { plain?: boolean; extDir?: string }, fn: (b: Browsers) => Promise<T>): Promise<T> {
  const chrome = findChrome();
  if (!chrome.ok) throw new Error(chrome.message);
  const extDir = opts.extDir ?? extensionDir();
  const server: DemoServer = await startDemoServer({ port: 0 });
  const rules = hostResolverRules(server.port, server.hosts, true);
  const contexts: BrowserContext[] = [];
  try {
    const ava = await chromium.launchPersistentContext('', {
      executablePath: chrome.path,
      headless: true,
      ignoreDefaultArgs: ['--disable-extensions'],
      args: avaChromeArgs({ extensionDir: extDir, hostResolverRules: rules }),
    });
    contexts.push(ava);
    const sw = ava.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ?? (await ava.waitForEvent('serviceworker'));
    const extensionId = new URL(sw.url()).host;
    let plain: BrowserContext | undefined;
    if (opts.plain) {
      // Same flags minus the extension ones: Playwright's default --disable-extensions stays on.
      const args = avaChromeArgs({ extensionDir: extDir, hostResolverRules: rules }).filter((a) => !a.includes('-extension'));
      plain = await chromium.launchPersistentContext('', { executablePath: chrome.path, headless: true, args });
      contexts.push(plain);
    }
    return await fn({ ava, extensionId, plain });
  } finally {
    for (const c of contexts) await c.close().catch(() => undefined);
    await server.close();
  }
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  /** Wall clock start and duration, in microseconds. */
  ts: number;
  dur?: number;
  /** The thread's CPU clock: what the thread itself spent, unaffected by other processes taking the CPU. */
  tts?: number;
  tdur?: number;
  args?: { data?: { url?: string }; fileName?: string; name?: string };
}

async function traced(page: Page, cdp: CDPSession, during: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline', 'v8', 'toplevel'] },
    transferMode: 'ReportEvents',
  });
  await during();
  await cdp.send('Tracing.end');
  await complete;
  return events;
}

const codeFrom = (prefix: string) => (e: TraceEvent) => (e.args?.data?.url ?? e.args?.fileName ?? '').startsWith(prefix);

/**
 * Milliseconds of the thread's own CPU time covered by the matching complete events, overlaps merged (events nest).
 * CPU time, not wall time: on a loaded machine a descheduled task looks long on the wall clock but costs nothing.
 */
function cpuMs(events: TraceEvent[], match: (e: TraceEvent) => boolean): number {
  const spans = events
    .filter((e) => e.ph === 'X' && e.tts !== undefined && e.tdur !== undefined && match(e))
    .map((e): [number, number] => [e.tts!, e.tts! + e.tdur!])
    .sort((a, b) => a[0] - b[0]);
  let sum = 0;
  let end = -Infinity;
  for (const [a, b] of spans) {
    if (b <= end) continue;
    sum += b - Math.max(a, end);
    end = b;
  }
  return sum / 1000;
}

/** The renderer main thread that ran code from `url` (the page under test), as a matcher for its events. */
function mainThreadOf(events: TraceEvent[], url: string): (e: TraceEvent) => boolean {
  // Not a worker that loads the same files (the extension's service worker shares the popup's chunks).
  const mains = new Set(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}/${e.tid}`),
  );
  const ran = events.find((e) => e.ph === 'X' && mains.has(`${e.pid}/${e.tid}`) && (e.args?.data?.url ?? '').startsWith(url));
  if (!ran) throw new Error(`no trace event ran ${url}`);
  return (e) => e.pid === ran.pid && e.tid === ran.tid;
}

/**
 * Content-script start-up on the Sora demo page, from the outside (a DevTools trace), so AVA ships no timing code:
 * the document_start evaluation of both scripts (compile + run, the part that delays the page's own scripts),
 * injection-to-ready wall time, and all of AVA's main-thread work in the page's first 2 s (tap messages, the DOM read
 * at DOMContentLoaded, the report).
 */
export async function contentStartup(): Promise<string[]> {
  const N = 7;
  const evals: number[] = [];
  const walls: number[] = [];
  const all: number[] = [];
  await withBrowsers({}, async ({ ava, extensionId }) => {
    for (let i = 0; i < N; i++) {
      const page = await ava.newPage();
      const cdp = await ava.newCDPSession(page);
      const events = await traced(page, cdp, async () => {
        await page.goto(SORA_LIBRARY, { waitUntil: 'load' });
        await page.waitForTimeout(2000);
      });
      const evaluations = events.filter(
        (e) =>
          e.name === 'EvaluateScript' && e.ph === 'X' && e.args?.data?.url?.startsWith(`chrome-extension://${extensionId}/src/content/`),
      );
      if (evaluations.length < 2) throw new Error(`expected both content scripts in the trace, found ${evaluations.length}`);
      evals.push(cpuMs(evaluations, () => true));
      walls.push((Math.max(...evaluations.map((e) => e.ts + e.dur!)) - Math.min(...evaluations.map((e) => e.ts))) / 1000);
      all.push(cpuMs(events, codeFrom(`chrome-extension://${extensionId}/`)));
      await cdp.detach();
      await page.close();
    }
  });
  return [
    `content-script start-up on ${SORA_LIBRARY} (demo), DevTools trace, median of ${N} loads:`,
    `  evaluation at document_start, tap + content script (CPU)   ${ms(median(evals)).padStart(8)}  ${spread(evals)}`,
    `  injection to ready, first script starts to second ends (wall) ${ms(median(walls)).padStart(8)}  ${spread(walls)}`,
    `  all AVA main-thread work in the page's first 2 s (CPU)      ${ms(median(all)).padStart(8)}  ${spread(all)}`,
  ];
}

interface Round {
  /** CPU time of the page's renderer main thread while it mutates and settles. */
  page: number;
  /** The part of it that ran AVA's code (0 without AVA). */
  ava: number;
}

const mutate = (page: Page) =>
  page.evaluate(
    (n) => (window as unknown as { avaBenchMutate(total: number, batches: number): Promise<number> }).avaBenchMutate(n, 20),
    MUTATED_NODES,
  );

/** One load of the mutation page, traced from after load until AVA's delayed DOM read and report are done. */
async function mutationRound(context: BrowserContext, extensionId?: string): Promise<Round> {
  const page = await context.newPage();
  try {
    await page.goto(MUTATION_PAGE, { waitUntil: 'load' });
    const cdp = await context.newCDPSession(page);
    const events = await traced(page, cdp, async () => {
      await mutate(page);
      // AVA reads the DOM 1 s after the last mutation and reports 250 ms later: wait past both, on both sides alike.
      await page.waitForTimeout(1600);
    });
    await cdp.detach();
    const main = mainThreadOf(events, new URL('/bench-mutations.js', MUTATION_PAGE).href);
    const ava = extensionId ? codeFrom(`chrome-extension://${extensionId}/`) : () => false;
    return { page: cpuMs(events, main), ava: cpuMs(events, (e) => main(e) && ava(e)) };
  } finally {
    await page.close();
  }
}

/**
 * Main-thread time AVA adds to a page that mutates 2,000 nodes: the same page in the same browser build with and
 * without AVA, in alternating rounds, as renderer main-thread CPU time from DevTools traces (wall-clock task time
 * swings by whole multiples on a shared 2-core machine). Also AVA's own share, which is the steadier figure.
 */
export async function mainThread(): Promise<string[]> {
  const ROUNDS = 8;
  const withAva: Round[] = [];
  const without: Round[] = [];
  await withBrowsers({ plain: true }, async ({ ava, plain, extensionId }) => {
    // One warm-up load each: the first load pays for the disk cache and code caches.
    await mutationRound(ava, extensionId);
    await mutationRound(plain!);
    for (let i = 0; i < ROUNDS; i++) {
      // Alternate who goes first, so drift in the machine's load falls on both sides.
      if (i % 2) without.push(await mutationRound(plain!));
      withAva.push(await mutationRound(ava, extensionId));
      if (!(i % 2)) without.push(await mutationRound(plain!));
    }
  });
  const base = median(without.map((r) => r.page));
  const withPage = median(withAva.map((r) => r.page));
  const own = median(withAva.map((r) => r.ava));
  const pct = (x: number) => `${((x / base) * 100).toFixed(1)}%`;
  const vsTarget = (x: number) => `${(((x / base) * 100) / TARGETS.mainThreadPct).toFixed(2)}x the ${TARGETS.mainThreadPct}% target`;
  return [
    `main-thread CPU time on a page that mutates ${MUTATED_NODES.toLocaleString('en')} nodes in 20 frames (DevTools traces), median of ${ROUNDS} alternating rounds:`,
    `  page without AVA ${ms(base).padStart(9)}  ${spread(without.map((r) => r.page))}`,
    `  page with AVA    ${ms(withPage).padStart(9)}  ${spread(withAva.map((r) => r.page))}`,
    `  difference of the medians: ${ms(withPage - base)} = ${pct(withPage - base)} (${vsTarget(withPage - base)}; within the noise when small)`,
    `  AVA's own code on that thread: ${ms(own)} = ${pct(own)} of the page's time (${vsTarget(own)})  ${spread(withAva.map((r) => r.ava))}`,
  ];
}

/** The stored generations AVA saw, through its service worker. */
export async function storedCount(ava: BrowserContext): Promise<number> {
  const sw = ava.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  if (!sw) return 0;
  // One item per provider (src/storage/generations.ts): count the entries of every `generations:<provider>` item.
  return sw.evaluate(() =>
    chrome.storage.local.get(null).then((all) =>
      Object.entries(all)
        .filter(([k]) => k.startsWith('generations:'))
        .reduce((n, [, v]) => n + Object.keys((v as { data?: object }).data ?? {}).length, 0),
    ),
  );
}

/** Opens the Sora demo, waits until AVA stored its generations, brings it to the front and returns its tab id. */
export async function soraDemoTab(ava: BrowserContext): Promise<number> {
  const tab = await ava.newPage();
  await tab.goto(SORA_LIBRARY);
  for (let i = 0; i < 100 && (await storedCount(ava)) < 8; i++) await tab.waitForTimeout(150);
  await tab.bringToFront();
  const sw = ava.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'))!;
  const [tabId] = await sw.evaluate(() =>
    chrome.tabs.query({ active: true, lastFocusedWindow: true }).then((tabs) => tabs.map((t) => t.id)),
  );
  if (typeof tabId !== 'number') throw new Error('could not find the demo tab');
  return tabId;
}

/** Marks the popup sets for the bench from the outside (an init script), so the popup itself carries no timing code. */
export const POPUP_MARKS = `(() => {
  const marks = (window.__avaBench = {});
  new MutationObserver(() => {
    if (marks.shell === undefined && document.querySelector('main')) marks.shell = performance.now();
    if (marks.ready === undefined && document.querySelector('[data-testid="draft-button"]')) marks.ready = performance.now();
    if (marks.draft === undefined && document.querySelector('[data-testid="draft-body"]')) marks.draft = performance.now();
  }).observe(document, { childList: true, subtree: true });
  document.addEventListener('click', (e) => {
    if (marks.click === undefined && e.target instanceof Element && e.target.closest('[data-testid="draft-button"]')) marks.click = performance.now();
  }, true);
})();`;

/**
 * Popup to draft on the Sora demo: open the popup page for the tab (as e2e/fixtures.ts openPopupFor does), wait for
 * the list, click "Draft refund email", wait for the draft. Timed in the popup with performance.now() (0 = navigation
 * start): open to ready, click to draft, and their sum (what the person waits, without their own reaction time).
 */
export async function popupDraft(): Promise<string[]> {
  const N = 7;
  const shell: number[] = [];
  const ready: number[] = [];
  const clickToDraft: number[] = [];
  const sum: number[] = [];
  const navToDraft: number[] = [];
  const cpu: number[] = [];
  await withBrowsers({}, async ({ ava, extensionId }) => {
    const tabId = await soraDemoTab(ava);
    for (let i = 0; i < N + 1; i++) {
      const popup = await ava.newPage();
      await popup.addInitScript(POPUP_MARKS);
      await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html?tab=${tabId}`);
      await popup.getByTestId('draft-button').click();
      await popup.getByTestId('draft-body').waitFor();
      const m = await popup.evaluate(
        () => (window as unknown as { __avaBench: { shell: number; ready: number; click: number; draft: number } }).__avaBench,
      );
      await popup.close();
      if (i === 0) continue; // warm-up: the first open compiles the popup's code
      shell.push(m.shell);
      ready.push(m.ready);
      clickToDraft.push(m.draft - m.click);
      sum.push(m.ready + m.draft - m.click);
      navToDraft.push(m.draft);
    }
    // The same flow traced: the popup's own main-thread CPU time, which a loaded machine does not inflate.
    for (let i = 0; i < 3; i++) {
      const popup = await ava.newPage();
      const cdp = await ava.newCDPSession(popup);
      const events = await traced(popup, cdp, async () => {
        await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html?tab=${tabId}`);
        await popup.getByTestId('draft-button').click();
        await popup.getByTestId('draft-body').waitFor();
      });
      await cdp.detach();
      await popup.close();
      cpu.push(cpuMs(events, mainThreadOf(events, `chrome-extension://${extensionId}/assets/`)));
    }
  });
  const s = median(sum);
  return [
    `popup to draft on ${SORA_LIBRARY} (demo), in-page performance.now(), median of ${N} opens after a warm-up:`,
    `  open to first render (scripts loaded, "Loading…")        ${ms(median(shell)).padStart(8)}  ${spread(shell)}`,
    `  open to list ready (navigation start to the draft button) ${ms(median(ready)).padStart(8)}  ${spread(ready)}`,
    `  click to rendered draft                                  ${ms(median(clickToDraft)).padStart(8)}  ${spread(clickToDraft)}`,
    `  open to draft without the click's own delay              ${ms(s).padStart(8)} = ${(s / TARGETS.popupMs).toFixed(2)}x the ${TARGETS.popupMs} ms target`,
    `  open to draft as automated (includes Playwright's click)  ${ms(median(navToDraft)).padStart(8)}  ${spread(navToDraft)}`,
    `  the popup's main-thread CPU time, open to draft (traced)   ${ms(median(cpu)).padStart(8)} = ${(median(cpu) / TARGETS.popupMs).toFixed(2)}x the target  ${spread(cpu)}`,
  ];
}
