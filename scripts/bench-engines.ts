/**
 * Bench sections for the heavy engines, in Node (tsx): the same engine modules and files the extension ships, on
 * the tfjs WASM backend and tesseract's WASM core, as `ava analyze` runs them; and `enginesBrowser`, the same
 * frames in the BUILT extension's offscreen document in headless Chromium (AVA_EXTENSION_DIR, else dist/), importing
 * the engine chunks its pipeline imports. Figures only, no thresholds.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { loadFace } from '../src/analysis/engines/face.ts';
import { nodeFaceOptions, nodeOcrAssets } from '../src/cli/node/engine-assets.ts';
import { loadOcr } from '../src/analysis/engines/ocr.ts';
import type { RgbaFrame } from '../src/analysis/engines/pixels.ts';
import { FACE_PHOTO } from '../tests/helpers/faces.ts';
import { avaChromeArgs, findChrome } from './chrome.ts';

const FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf';

function frame720(args: string[]): RgbaFrame {
  const r = spawnSync('ffmpeg', ['-v', 'error', ...args, '-frames:v', '1', '-f', 'rawvideo', '-pix_fmt', 'rgba', 'pipe:1'], {
    maxBuffer: 1 << 26,
  });
  if (r.status !== 0) throw new Error(`ffmpeg: ${r.stderr.toString()}`);
  return { t: 0, width: 1280, height: 720, rgba: new Uint8Array(r.stdout) };
}

async function time<T>(fn: () => Promise<T>): Promise<{ s: number; value: T }> {
  const t0 = performance.now();
  const value = await fn();
  return { s: (performance.now() - t0) / 1000, value };
}

/** Median of n warm runs: the machine is shared, one run is noise. */
async function warm<T>(n: number, fn: () => Promise<T>): Promise<{ median: number; best: number; value: T }> {
  const runs: { s: number; value: T }[] = [];
  for (let i = 0; i < n; i++) runs.push(await time(fn));
  const sorted = runs.map((r) => r.s).sort((a, b) => a - b);
  return { median: sorted[Math.floor(n / 2)]!, best: sorted[0]!, value: runs[0]!.value };
}

const f2 = (s: number) => `${s.toFixed(2)} s`;

/** A busy test pattern with a sign on it. */
function signFrame(): RgbaFrame {
  const text = existsSync(FONT)
    ? `,drawbox=x=480:y=300:w=320:h=110:color=0x202020:t=fill,drawtext=fontfile=${FONT}:text=OPEN:fontsize=72:fontcolor=white:x=540:y=318`
    : '';
  return frame720(['-f', 'lavfi', '-i', `testsrc2=s=1280x720:r=1${text}`]);
}

/** The face photo with three people, cropped to 16:9. */
const facesFrame = () => frame720(['-i', FACE_PHOTO, '-vf', 'scale=1280:-2,crop=1280:720:0:60']);

/** OCR seconds per 720p frame, warm, in Node. */
export async function ocrEngine(): Promise<string[]> {
  const f = signFrame();
  const load = await time(() => loadOcr({ assets: nodeOcrAssets() }));
  const ocr = load.value;
  try {
    const first = await time(() => ocr.read(f));
    const w = await warm(5, () => ocr.read(f));
    return [
      'OCR engine (tesseract.js 7, eng best_int, LSTM, Node worker thread):',
      `  load ${f2(load.s)}; first 720p frame ${f2(first.s)}; warm 720p frame ${f2(w.median)} median, ${f2(w.best)} best of 5 (read: ${JSON.stringify(w.value.text.replace(/\n/g, ' / ').slice(0, 60))})`,
    ];
  } finally {
    await ocr.close();
  }
}

/** Face seconds per 720p frame (a photo with three faces, cropped to 16:9), warm, in Node. */
export async function faceEngine(): Promise<string[]> {
  const f = facesFrame();
  const empty = frame720(['-f', 'lavfi', '-i', 'testsrc2=s=1280x720:r=1']);
  const load = await time(() => loadFace(nodeFaceOptions()));
  const face = load.value;
  try {
    const first = await time(() => face.faces(f));
    const w = await warm(5, () => face.faces(f));
    const none = await warm(3, () => face.faces(empty));
    return [
      'face engine (face-api tiny detector + landmarks + 128-d recogniser, tfjs WASM backend, Node):',
      `  load ${f2(load.s)}; first 720p frame ${f2(first.s)}; warm 720p frame with ${w.value.length} faces ${f2(w.median)} median, ${f2(w.best)} best of 5;` +
        ` frame without faces ${f2(none.median)} (${none.value.length} found)`,
    ];
  } finally {
    await face.close();
  }
}

/** Both engines on the same 720p frames inside the built extension's offscreen document (headless Chromium). */
export async function enginesBrowser(): Promise<string[]> {
  const dir = path.resolve(process.env.AVA_EXTENSION_DIR ?? 'dist');
  const browser = findChrome();
  if (!browser.ok) return [`engines in the browser: skipped (${browser.message})`];
  if (!existsSync(path.join(dir, 'src/offscreen/index.html')))
    return [`engines in the browser: skipped (no current build in ${dir}; run npm run build)`];
  const chunk = (name: string) =>
    `/assets/${readdirSync(path.join(dir, 'assets')).find((f) => new RegExp(`^${name}-[\\w-]+\\.js$`).test(f))}`;
  const wire = (f: RgbaFrame) => ({ width: f.width, height: f.height, b64: Buffer.from(f.rgba).toString('base64') });
  const context = await chromium.launchPersistentContext('', {
    executablePath: browser.path,
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    // No network at all: every hostname fails to resolve.
    args: avaChromeArgs({ extensionDir: dir, hostResolverRules: 'MAP * ~NOTFOUND' }),
  });
  try {
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const page = await context.newPage();
    await page.goto(`chrome-extension://${new URL(sw.url()).host}/src/offscreen/index.html`);
    // tsx compiles this file with keepNames, which wraps the named helpers below in __name(): give the page one.
    await page.evaluate('globalThis.__name = (f) => f');
    const r = await page.evaluate(
      async ({ ocrUrl, faceUrl, sign, faces }) => {
        const bytes = (b64: string) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        const frame = (w: { width: number; height: number; b64: string }) => ({
          t: 0,
          width: w.width,
          height: w.height,
          rgba: bytes(w.b64),
        });
        const timeIt = async (fn: () => Promise<unknown>) => {
          const t0 = performance.now();
          await fn();
          return (performance.now() - t0) / 1000;
        };
        const median = async (n: number, fn: () => Promise<unknown>) => {
          const runs: number[] = [];
          for (let i = 0; i < n; i++) runs.push(await timeIt(fn));
          return runs.sort((a, b) => a - b)[Math.floor(n / 2)]!;
        };
        const ocrM = (await import(ocrUrl)) as typeof import('../src/analysis/engines/ocr.ts');
        const s = frame(sign);
        let ocr!: Awaited<ReturnType<typeof ocrM.loadOcr>>;
        const ocrLoad = await timeIt(async () => (ocr = await ocrM.loadOcr()));
        const ocrFirst = await timeIt(() => ocr.read(s));
        const ocrWarm = await median(5, () => ocr.read(s));
        const read = (await ocr.read(s)).text;
        await ocr.close();
        const faceM = (await import(faceUrl)) as typeof import('../src/analysis/engines/face.ts');
        const f = frame(faces);
        let face!: Awaited<ReturnType<typeof faceM.loadFace>>;
        const faceLoad = await timeIt(async () => (face = await faceM.loadFace()));
        const faceFirst = await timeIt(() => face.faces(f));
        const faceWarm = await median(5, () => face.faces(f));
        const found = (await face.faces(f)).length;
        await face.close();
        return { ocrLoad, ocrFirst, ocrWarm, read, faceLoad, faceFirst, faceWarm, found };
      },
      { ocrUrl: chunk('ocr'), faceUrl: chunk('face'), sign: wire(signFrame()), faces: wire(facesFrame()) },
    );
    return [
      `engines in the built extension's offscreen document (headless Chromium, ${path.relative(process.cwd(), dir) || dir}):`,
      `  OCR: load ${f2(r.ocrLoad)}; first 720p frame ${f2(r.ocrFirst)}; warm ${f2(r.ocrWarm)} median of 5 (read: ${JSON.stringify(r.read.replace(/\n/g, ' / ').slice(0, 60))})`,
      `  faces: load ${f2(r.faceLoad)}; first 720p frame ${f2(r.faceFirst)}; warm ${f2(r.faceWarm)} median of 5 (${r.found} faces)`,
    ];
  } finally {
    await context.close();
  }
}
