/**
 * Bench section for the browser analysis path: a 10 s 720p H.264 clip (made with ffmpeg into a temp dir) analysed
 * by the BUILT extension's offscreen document in headless Chromium, the way the popup's "Analyse video" does it
 * (ui/analyse -> service worker -> offscreen: fetch, mp4box, WebCodecs, copyTo, the cheap detectors, evidence
 * frames), against `ffmpeg -f null` decoding the same clip. The clip is served over local HTTPS at the demo media
 * host. Figures only, no thresholds.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path, { join } from 'node:path';
import { chromium } from '@playwright/test';
import selfsigned from 'selfsigned';
import { MEDIA_HOST } from '../demo/sites.ts';
import { hostResolverRules } from '../demo/hosts.ts';
import { avaChromeArgs, findChrome } from './chrome.ts';

const KEY = 'sora:gen_01jtbench0000000000000000';

function ffmpeg(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const p = spawn('ffmpeg', ['-hide_banner', '-v', 'error', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    p.stderr.on('data', (d: Buffer) => (err += d.toString()));
    p.on('error', reject);
    p.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`ffmpeg ${args.join(' ')}: ${err}`))));
  });
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
  return { port: (server.address() as AddressInfo).port, close: () => new Promise((r) => { server.close(() => r()); server.closeAllConnections(); }) };
}

export async function browserAnalysis(): Promise<string[]> {
  const extensionDir = path.resolve(process.env.AVA_EXTENSION_DIR ?? 'dist');
  if (!existsSync(join(extensionDir, 'manifest.json'))) spawnSync('npx', ['vite', 'build', '--outDir', extensionDir], { stdio: 'ignore' });
  const browser = findChrome();
  if (!browser.ok) return [`browser analysis: skipped (${browser.message})`];
  const dir = mkdtempSync(join(tmpdir(), 'ava-bench-browser-'));
  try {
    const clip = join(dir, 'bench-720p.mp4');
    await ffmpeg(['-f', 'lavfi', '-i', 'testsrc2=s=1280x720:r=30:d=10', '-c:v', 'libx264', '-preset', 'veryfast', '-crf', '23', '-pix_fmt', 'yuv420p', '-movflags', '+faststart', '-y', clip]);
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
        ([key, url]) => chrome.storage.local.set({ generations: { v: 1, data: { [key]: { g: { provider: 'sora', id: key.slice(5), status: 'succeeded', videoUrl: url, source: 'network' }, firstSeen: 1, lastSeen: 1 } } } }),
        [KEY, `https://${MEDIA_HOST}/bench-720p.mp4`] as const,
      );
      const page = await context.newPage();
      await page.goto(`chrome-extension://${id}/src/popup/index.html?tab=999999`);
      const runs: { ms: number; framesAnalysed: number; decoder: string; findings: string }[] = [];
      for (let i = 0; i < 2; i++) {
        runs.push(
          await page.evaluate(async (key) => {
            const t0 = performance.now();
            const r = (await chrome.runtime.sendMessage({ type: 'ui/analyse', generationKey: key })) as { ok: boolean; error?: string; data?: { jobId: string } };
            if (!r.ok) throw new Error(r.error);
            for (;;) {
              const s = (await chrome.storage.session.get('analysisProgress')) as { analysisProgress?: { data: Record<string, { jobId: string; state: string; message?: string }> } };
              const p = s.analysisProgress?.data[key];
              if (p?.jobId === r.data!.jobId && p.state !== 'running') {
                if (p.state !== 'done') throw new Error(p.message ?? p.state);
                break;
              }
              await new Promise((res) => setTimeout(res, 20));
            }
            const ms = performance.now() - t0;
            const l = (await chrome.storage.local.get('analyses')) as { analyses: { data: Record<string, { framesAnalysed: number; decoder: string; findings: { mode: string }[] }> } };
            const a = l.analyses.data[key]!;
            return { ms, framesAnalysed: a.framesAnalysed, decoder: a.decoder, findings: a.findings.map((f) => f.mode).join(', ') || 'none' };
          }, KEY),
        );
      }
      const best = runs.reduce((a, b) => (b.ms < a.ms ? b : a));
      const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
      return [
        `browser analysis: ${videoS} s 1280x720 h264 30 fps (${frames} frames) in the built extension's offscreen document, headless Chromium`,
        `  ffmpeg -f null (bare decode)             ${secs(bare).padStart(8)}  ${(frames / (bare / 1000)).toFixed(0).padStart(5)} fps  ${(videoS / (bare / 1000)).toFixed(1).padStart(5)} video-s/s`,
        `  ui/analyse to stored result (best of 2) ${secs(best.ms).padStart(8)}  ${(best.framesAnalysed / (best.ms / 1000)).toFixed(0).padStart(5)} fps  ${(videoS / (best.ms / 1000)).toFixed(1).padStart(5)} video-s/s  ${(best.ms / bare).toFixed(2)}x bare decode`,
        `  (includes creating the offscreen document, the local fetch, mp4box, WebCodecs decode + copyTo, toGrid, detectors, evidence JPEGs)`,
        `  decoder ${best.decoder}, ${best.framesAnalysed} frames analysed, findings: ${best.findings}; runs: ${runs.map((r) => secs(r.ms)).join(', ')}`,
      ];
    } finally {
      await context.close();
      await server.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
