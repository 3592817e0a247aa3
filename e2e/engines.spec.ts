/**
 * The OCR and face engines in the BUILT extension, in a real extension page under the extension's own CSP: the
 * offscreen analysis document opened as a tab imports the same engine chunks its pipeline imports
 * (src/offscreen/engines.ts -> src/analysis/engines/{ocr,face}.ts), which load the bundled worker, WASM, language
 * data and models from the extension itself. Frames come from ffmpeg on the Node side (the committed text clips and
 * the face photo of tests/helpers/faces.ts), handed over as RGBA, and the same pure detectors judge the readings.
 * Also checks the engine files are not web-accessible: a website cannot load or probe them.
 * Needs ffmpeg on PATH.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { RgbaFrame } from '../src/analysis/engines/pixels.ts';
import { engineTimes } from '../src/analysis/engines/plan.ts';
import { rgbaFramesAt } from '../src/cli/node/engine-frames.ts';
import { descriptorDistance, type FaceObservation } from '../src/analysis/detectors/identity.ts';
import { textFindings, type OcrReading } from '../src/analysis/detectors/text.ts';
import { faceFrame, photoFrame } from '../tests/helpers/faces.ts';
import { expect, test } from './fixtures.ts';

const DIST = path.resolve(process.env.AVA_EXTENSION_DIR ?? 'dist');
const CLIPS = path.resolve('tests/fixtures/clips');
const PROMPT = 'A shop window with a sign that says "OPEN"';

/** The built chunk of src/analysis/engines/<name>.ts (Vite names dynamic-import chunks after the module). */
function chunk(name: string): string {
  const found = readdirSync(path.join(DIST, 'assets')).filter((f) => new RegExp(`^${name}-[\\w-]+\\.js$`).test(f));
  expect(found, `one ${name} engine chunk in ${DIST}/assets`).toHaveLength(1);
  return `/assets/${found[0]}`;
}

type Wire = { t: number; width: number; height: number; b64: string };
const wire = (f: RgbaFrame): Wire => ({ t: f.t, width: f.width, height: f.height, b64: Buffer.from(f.rgba).toString('base64') });

async function clipFrames(file: string): Promise<Wire[]> {
  const out: Wire[] = [];
  for await (const f of rgbaFramesAt(path.join(CLIPS, file), engineTimes(6, { max: 4 }))) out.push(wire(f));
  return out;
}

/** The offscreen document as a tab, with console errors and CSP violations recorded. */
async function analysisPage(page: Page, extensionId: string): Promise<{ problems: string[] }> {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content Security Policy|wasm|WebAssembly/i.test(m.text())) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(String(e)));
  await page.goto(`chrome-extension://${extensionId}/src/offscreen/index.html`);
  await page.evaluate(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return { problems };
}

test('OCR runs in an extension page: the misspelt sign is found, the correct one is not', async ({ context, extensionId }) => {
  test.setTimeout(120_000);
  const page = await context.newPage();
  const { problems } = await analysisPage(page, extensionId);
  const clips = { opne: await clipFrames('text-opne.mp4'), open: await clipFrames('text-open.mp4') };
  const result = await page.evaluate(
    async ({ url, clips }) => {
      const m = (await import(url)) as typeof import('../src/analysis/engines/ocr.ts');
      const bytes = (b64: string) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const t0 = performance.now();
      const ocr = await m.loadOcr();
      const loadMs = performance.now() - t0;
      const read = async (frames: Wire[]) => {
        const out = [];
        for (const f of frames) out.push(await ocr.read({ t: f.t, width: f.width, height: f.height, rgba: bytes(f.b64) }));
        return out;
      };
      const opne = await read(clips.opne);
      const t1 = performance.now();
      const open = await read(clips.open);
      const warmMs = (performance.now() - t1) / clips.open.length;
      await ocr.close();
      return { opne, open, loadMs, warmMs, csp: (window as unknown as { __csp: string[] }).__csp };
    },
    { url: chunk('ocr'), clips },
  );
  console.log(`OCR in the extension page: load ${Math.round(result.loadMs)} ms, ${Math.round(result.warmMs)} ms per 320x180 frame warm`);
  expect(result.opne.map((r: OcrReading) => r.text)).toEqual(['OPNE', 'OPNE', 'OPNE', 'OPNE']);
  expect(result.open.map((r: OcrReading) => r.text)).toEqual(['OPEN', 'OPEN', 'OPEN', 'OPEN']);
  const found = textFindings(PROMPT, result.opne);
  expect(found.map((f) => f.mode)).toEqual(['text']);
  expect(found[0]!.reasons[0]).toMatch(/reads 'OPNE' where the prompt asked for 'OPEN'/);
  expect(textFindings(PROMPT, result.open)).toEqual([]);
  expect(result.csp).toEqual([]);
  expect(problems).toEqual([]);
});

test('faces run in an extension page on the tfjs WASM backend: same person close, another person far', async ({ context, extensionId }) => {
  test.setTimeout(120_000);
  const page = await context.newPage();
  const { problems } = await analysisPage(page, extensionId);
  // Boxes from the photo itself, found by the same engine in the page; then crops of the leftmost and rightmost face.
  const photo = wire(photoFrame());
  const synthetic = (await clipFrames('text-open.mp4')).slice(0, 1);
  const run = (frames: Wire[]) =>
    page.evaluate(
      async ({ url, frames }) => {
        const m = (await import(url)) as typeof import('../src/analysis/engines/face.ts');
        const bytes = (b64: string) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        const face = await m.loadFace();
        const out = [];
        try {
          for (const f of frames) out.push(await face.faces({ t: f.t, width: f.width, height: f.height, rgba: bytes(f.b64) }));
        } finally {
          await face.close();
        }
        return { out, csp: (window as unknown as { __csp: string[] }).__csp };
      },
      { url: chunk('face'), frames },
    );
  const first = await run([photo, ...synthetic]);
  const [inPhoto, inSynthetic] = first.out as [FaceObservation[], FaceObservation[]];
  expect(inPhoto).toHaveLength(3);
  expect(inSynthetic).toEqual([]);
  const byX = [...inPhoto].sort((a, b) => a.box!.x - b.box!.x);
  const left = byX[0]!.box!;
  const right = byX[2]!.box!;
  const second = await run([
    wire(faceFrame(left, { t: 0, margin: 1.8, size: 300, px: 40, py: 30 })),
    wire(faceFrame(left, { t: 1, margin: 2.4, dx: 0.15, dy: -0.1, size: 240, px: 360, py: 100 })),
    wire(faceFrame(right, { t: 2, margin: 1.8, size: 300, px: 40, py: 30 })),
  ]);
  const [a1, a2, b1] = second.out as [FaceObservation[], FaceObservation[], FaceObservation[]];
  expect([a1.length, a2.length, b1.length]).toEqual([1, 1, 1]);
  expect(a1[0]!.descriptor).toHaveLength(128);
  expect(descriptorDistance(a1[0]!.descriptor, a2[0]!.descriptor)).toBeLessThan(0.45);
  expect(descriptorDistance(a1[0]!.descriptor, b1[0]!.descriptor)).toBeGreaterThan(0.6);
  expect([...first.csp, ...second.csp]).toEqual([]);
  expect(problems).toEqual([]);
});

test('the engine files are for extension pages only: a website cannot fetch them', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto('https://sora.chatgpt.com/library');
  const results = await page.evaluate(async (base) => {
    const out: string[] = [];
    for (const p of [
      'engines/ocr/worker.min.js',
      'engines/ocr/lang/eng.traineddata.gz',
      'engines/face/models/face_recognition_model-weights_manifest.json',
    ]) {
      out.push(
        await fetch(base + p).then(
          (r) => `${p}: ${r.status}`,
          () => `${p}: blocked`,
        ),
      );
    }
    return out;
  }, `chrome-extension://${extensionId}/`);
  expect(results.every((r) => r.endsWith('blocked'))).toBe(true);
  // ...while the extension's own page can read them.
  const own = await context.newPage();
  await own.goto(`chrome-extension://${extensionId}/src/offscreen/index.html`);
  expect(await own.evaluate(() => fetch('/engines/ocr/lang/eng.traineddata.gz').then((r) => r.status))).toBe(200);
});
