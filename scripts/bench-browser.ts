/**
 * Bench section for the browser analysis path: a 10 s 720p H.264 clip (made with ffmpeg into a temp dir) analysed
 * by the BUILT extension's offscreen document in headless Chromium, the way the popup's "Analyse video" does it
 * (ui/analyse -> service worker -> offscreen: fetch, mp4box, WebCodecs, copyTo, the cheap detectors, evidence
 * frames), against `ffmpeg -f null` decoding the same clip. The clip is served over local HTTPS at the demo media
 * host. Figures only, no thresholds. The per-step breakdown comes from a trace of the offscreen document's User
 * Timing measures (src/offscreen/timings.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path, { join } from 'node:path';
import { chromium } from '@playwright/test';
import selfsigned from 'selfsigned';
import { MEDIA_HOST } from '../demo/sites.ts';
import { hostResolverRules } from '../demo/hosts.ts';
import { encodeTestClip, ffmpeg } from './bench-util.ts';
import { avaChromeArgs, findChrome } from './chrome.ts';

const KEY = 'sora:gen_01jtbench0000000000000000';
const RUNS = 3;

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  /** Microseconds. */
  ts: number;
  id2?: { local?: string };
  args?: { data?: { documentLoaderURL?: string } };
}

/**
 * Where one run's wall-clock time went, from the trace: the service worker starting the offscreen document, the
 * document loading, each whole step of the job, the per-frame steps summed (the decode pass's own rows, which add
 * up to about its length because they run one after another on the document's main thread; the decoder's threads
 * work while "decoder wait" ticks), and the way back to the stored result.
 */
function breakdown(events: TraceEvent[], run: number, bareMs: number): string[] {
  const mark = (name: string) => events.find((e) => e.name === name && (e.ph === 'R' || e.ph === 'I' || e.ph === 'n'))?.ts;
  const start = mark(`bench:start ${run}`);
  const end = mark(`bench:end ${run}`);
  if (start === undefined || end === undefined) return ['  (no trace marks: breakdown unavailable)'];
  const within = (ts: number) => ts >= start && ts <= end;
  // Measures are async trace events: a 'b' and an 'e' with the same local id.
  const spans: { name: string; ms: number; ts: number }[] = [];
  const open = new Map<string, TraceEvent>();
  for (const e of events) {
    if (!e.name.startsWith('ava:') || !e.id2?.local) continue;
    const k = `${e.pid}/${e.id2.local}/${e.name}`;
    if (e.ph === 'b') open.set(k, e);
    else if (e.ph === 'e' && open.has(k)) {
      const b = open.get(k)!;
      open.delete(k);
      if (within(e.ts)) spans.push({ name: e.name.slice(4), ms: (e.ts - b.ts) / 1000, ts: b.ts });
    }
  }
  const nav = events.find(
    (e) => e.name === 'navigationStart' && within(e.ts) && e.args?.data?.documentLoaderURL?.includes('/src/offscreen/'),
  )?.ts;
  const job = spans.find((s) => s.name === 'job');
  if (!job) return ['  (no ava:job measure in the trace: breakdown unavailable)'];
  const ms = (us: number) => us / 1000;
  const row = (label: string, v: number, indent = 2) =>
    `${' '.repeat(indent)}${label.padEnd(40 - indent)} ${v.toFixed(0).padStart(6)} ms  ${(v / bareMs).toFixed(2).padStart(5)}x`;
  const lines = [`  breakdown of the best run (wall clock; x = share of ffmpeg's bare decode):`];
  if (nav !== undefined) {
    lines.push(
      row('ui/analyse to offscreen navigation', ms(nav - start), 4),
      row('offscreen document load to job start', ms(job.ts - nav), 4),
    );
  } else lines.push(row('ui/analyse to job start', ms(job.ts - start), 4));
  const steps = spans.filter((s) => s.name !== 'job' && !s.name.includes('(sum')).sort((a, b) => a.ts - b.ts);
  const sums = spans.filter((s) => s.name.includes('(sum'));
  const inside: Record<string, string[]> = {
    'decode pass': ['bytes wait', 'demux', 'decoder wait', 'copyTo', 'toGrid', 'detectors', 'evidence pictures'],
    evidence: ['evidence decode', 'evidence seek', 'evidence jpeg', 'evidence store'],
  };
  lines.push(row('job in the offscreen document', job.ms, 4));
  for (const s of steps) {
    if (s.name === 'evidence decode') continue; // shown inside evidence
    lines.push(row(s.name, s.ms, 6));
    for (const sub of inside[s.name] ?? []) {
      const sum = sums.find((x) => x.name.startsWith(`${sub} (sum`));
      const step = sub === 'evidence decode' ? steps.find((x) => x.name === sub) : undefined;
      if (sum) lines.push(`${row(sub, sum.ms, 8)}  ${sum.name.slice(sub.length).trim()}`);
      else if (step) lines.push(row(sub, step.ms, 8));
    }
  }
  lines.push(row('job end to stored result seen', ms(end) - (job.ts / 1000 + job.ms), 4));
  return lines;
}

async function serveClip(bytes: Buffer): Promise<{ port: number; close: () => Promise<void> }> {
  const pems = await selfsigned.generate([{ name: 'commonName', value: 'AVA bench (local)' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    extensions: [{ name: 'subjectAltName', altNames: [{ type: 2 as const, value: MEDIA_HOST }] }],
  });
  const server = https.createServer({ key: pems.private, cert: pems.cert }, (_req, res) => {
    res.writeHead(200, { 'content-type': 'video/mp4', 'content-length': String(bytes.length), 'access-control-allow-origin': '*' });
    res.end(bytes);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}

export async function browserAnalysis(): Promise<string[]> {
  const extensionDir = path.resolve(process.env.AVA_EXTENSION_DIR ?? 'dist');
  if (!existsSync(join(extensionDir, 'manifest.json'))) spawnSync('npx', ['vite', 'build', '--outDir', extensionDir], { stdio: 'ignore' });
  const browser = findChrome();
  if (!browser.ok) return [`browser analysis: skipped (${browser.message})`];
  const dir = mkdtempSync(join(tmpdir(), 'ava-bench-browser-'));
  try {
    const clip = join(dir, 'bench-720p.mp4');
    await encodeTestClip(clip, { faststart: true });
    const bytes = readFileSync(clip);
    const videoS = 10;
    const frames = 300;
    let bare = Infinity;
    for (let i = 0; i < 2; i++) {
      const t0 = performance.now();
      await ffmpeg(['-i', clip, '-f', 'null', '-']);
      bare = Math.min(bare, performance.now() - t0);
    }

    const server = await serveClip(bytes);
    const context = await chromium.launchPersistentContext('', {
      executablePath: browser.path,
      headless: true,
      ignoreDefaultArgs: ['--disable-extensions'],
      args: avaChromeArgs({ extensionDir, hostResolverRules: hostResolverRules(server.port, [MEDIA_HOST], true) }),
    });
    try {
      const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      const id = new URL(sw.url()).host;
      // The generation the popup would have seen on a provider page, with its video link at the bench host.
      await sw.evaluate(
        // Per-provider generations item, and the bench host allowed as the person would in the popup (issue 17.3).
        ([key, url, host]) =>
          chrome.storage.local.set({
            'generations:sora': {
              v: 1,
              data: {
                [key]: {
                  g: { provider: 'sora', id: key.slice(5), status: 'succeeded', videoUrl: url, source: 'network' },
                  firstSeen: 1,
                  lastSeen: 1,
                },
              },
            },
            allowedMediaHosts: { v: 1, data: { [host]: { provider: 'sora', at: 1 } } },
          }),
        [KEY, `https://${MEDIA_HOST}/bench-720p.mp4`, MEDIA_HOST] as const,
      );
      const page = await context.newPage();
      await page.goto(`chrome-extension://${id}/src/popup/index.html?tab=999999`);
      const runs: { ms: number; framesAnalysed: number; decoder: string; findings: string }[] = [];
      // A trace of every process's User Timing: the offscreen document's `ava:` measures (src/offscreen/timings.ts),
      // its navigation, and this page's bench:start/end marks, all on one clock.
      const cdp = await context.newCDPSession(page);
      const events: TraceEvent[] = [];
      cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
      const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['blink.user_timing'] }, transferMode: 'ReportEvents' });
      for (let i = 0; i < RUNS; i++) {
        runs.push(
          await page.evaluate(
            async ([key, run]) => {
              performance.mark(`bench:start ${run}`);
              const t0 = performance.now();
              const r = (await chrome.runtime.sendMessage({ type: 'ui/analyse', generationKey: key })) as {
                ok: boolean;
                error?: string;
                data?: { jobId: string };
              };
              if (!r.ok) throw new Error(r.error);
              for (;;) {
                const s = (await chrome.storage.session.get('analysisProgress')) as {
                  analysisProgress?: { data: Record<string, { jobId: string; state: string; message?: string }> };
                };
                const p = s.analysisProgress?.data[key];
                if (p?.jobId === r.data!.jobId && p.state !== 'running') {
                  if (p.state !== 'done') throw new Error(p.message ?? p.state);
                  break;
                }
                await new Promise((res) => setTimeout(res, 20));
              }
              const ms = performance.now() - t0;
              performance.mark(`bench:end ${run}`);
              const l = (await chrome.storage.local.get('analyses')) as {
                analyses: { data: Record<string, { framesAnalysed: number; decoder: string; findings: { mode: string }[] }> };
              };
              const a = l.analyses.data[key]!;
              return {
                ms,
                framesAnalysed: a.framesAnalysed,
                decoder: a.decoder,
                findings: a.findings.map((f) => f.mode).join(', ') || 'none',
              };
            },
            [KEY, i] as const,
          ),
        );
      }
      await cdp.send('Tracing.end');
      await complete;
      const best = runs.reduce((a, b) => (b.ms < a.ms ? b : a));
      const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
      return [
        `browser analysis: ${videoS} s 1280x720 h264 30 fps (${frames} frames) in the built extension's offscreen document, headless Chromium`,
        `  ffmpeg -f null (bare decode)             ${secs(bare).padStart(8)}  ${(frames / (bare / 1000)).toFixed(0).padStart(5)} fps  ${(videoS / (bare / 1000)).toFixed(1).padStart(5)} video-s/s`,
        `  ui/analyse to stored result (best of ${RUNS}) ${secs(best.ms).padStart(8)}  ${(best.framesAnalysed / (best.ms / 1000)).toFixed(0).padStart(5)} fps  ${(videoS / (best.ms / 1000)).toFixed(1).padStart(5)} video-s/s  ${(best.ms / bare).toFixed(2)}x bare decode`,
        `  (includes creating the offscreen document, the local fetch, mp4box, WebCodecs decode + copyTo, toGrid, detectors, evidence JPEGs)`,
        `  decoder ${best.decoder}, ${best.framesAnalysed} frames analysed, findings: ${best.findings}; runs: ${runs.map((r) => secs(r.ms)).join(', ')}`,
        ...breakdown(events, runs.indexOf(best), bare),
      ];
    } finally {
      await context.close();
      await server.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
