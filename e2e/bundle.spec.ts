/**
 * The evidence bundle on the built extension: the popup lists what the zip will hold, the person unticks a frame,
 * saves, and the downloaded zip holds exactly the ticked files: the screenshot, frames as PNG named by time, a
 * contact sheet PNG, case.json (scrubbed URLs) and the draft, which names the attachments.
 *
 * Headless tests cannot click the AVA icon, so no real screenshot can be taken, and no video is analysed here: the
 * test puts a screenshot, three frames and an analysis result where AVA keeps them (IndexedDB, chrome.storage), the
 * way the capture and analysis paths store them, then builds the bundle through the UI.
 */
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { expect, serviceWorkerOf, test } from './fixtures.ts';
import { decodePngIn } from './png.ts';

const SORA_LIBRARY = 'https://sora.chatgpt.com/library';
const SORA_ERROR = 'gen_01jsq9e1g3j6l8n0q2s4t7v9x1';
const KEY = `sora:${SORA_ERROR}`;

/** Solid-colour JPEG data URLs drawn in the page, so the images are real encodings. */
async function seedEvidence(popup: Page) {
  await popup.evaluate(async (key) => {
    const jpeg = (w: number, h: number, colour: string) => {
      const c = document.createElement('canvas');
      c.width = w;
      c.height = h;
      const g = c.getContext('2d')!;
      g.fillStyle = colour;
      g.fillRect(0, 0, w, h);
      return c.toDataURL('image/jpeg', 0.9);
    };
    const now = Date.now();
    const records = [
      {
        id: 'shot-e2e',
        generationKey: key,
        kind: 'screenshot',
        mime: 'image/jpeg',
        dataUrl: jpeg(640, 400, '#336699'),
        pageUrl: 'https://ana:pw@sora.chatgpt.com/library?token=SECRET-TOKEN#access_token=SECRET-FRAG',
        capturedAt: now,
      },
      {
        id: 'frame-e2e-1',
        generationKey: key,
        kind: 'frame',
        mime: 'image/jpeg',
        dataUrl: jpeg(320, 180, '#ff0000'),
        t: 1.5,
        capturedAt: now,
      },
      {
        id: 'frame-e2e-2',
        generationKey: key,
        kind: 'frame',
        mime: 'image/jpeg',
        dataUrl: jpeg(320, 180, '#00ff00'),
        t: 3.2,
        capturedAt: now,
      },
      {
        id: 'frame-e2e-3',
        generationKey: key,
        kind: 'frame',
        mime: 'image/jpeg',
        dataUrl: jpeg(320, 180, '#0000ff'),
        t: 4.75,
        capturedAt: now,
      },
    ];
    // Opened at its current version (the popup created it with AVA's schema when it first listed the evidence).
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('ava-evidence');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('evidence', 'readwrite');
      for (const r of records) tx.objectStore('evidence').put(r);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, KEY);
}

/** PNG signature and IHDR size, read from the bytes. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(strFromU8(bytes.subarray(12, 16))).toBe('IHDR');
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: v.getUint32(16), height: v.getUint32(20) };
}

test('evidence bundle: tick list, download, entries, case.json, PNGs that decode, unticked items absent', async ({
  context,
  openPopupFor,
  storedGenerations,
}) => {
  const page = await context.newPage();
  await page.goto(SORA_LIBRARY);
  await expect.poll(async () => Object.keys(await storedGenerations()).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(8);
  // An analysis result for this generation, as the frame analysis stores it: the contact sheet and case.json cite it.
  const sw = await serviceWorkerOf(context);
  await sw.evaluate(async (key) => {
    const finding = {
      mode: 'color',
      term: 'Temporal Color Coherence Failure',
      confidence: 0.9,
      at: [3, 4],
      reasons: ['colour flicker between 3.0 s and 4.0 s'],
      evidence: [3.2],
    };
    const record = {
      durationS: 6,
      framesAnalysed: 144,
      findings: [finding],
      cuts: [],
      evidence: [{ id: 'frame-e2e-2', t: 3.2 }],
      decoder: 'webcodecs',
      ocr: 'skipped',
      faces: 'skipped',
      finishedAt: Date.now(),
    };
    await chrome.storage.local.set({ analyses: { v: 1, data: { [key]: record } } });
  }, KEY);

  const popup = await openPopupFor(page);
  await popup.locator(`[data-generation-id="${SORA_ERROR}"]`).click();
  await popup.getByTestId('draft-button').click();
  // The bundle is one line under the draft that opens it.
  await popup.getByTestId('line-bundle').locator('summary').click();
  // The bundle lists what exists so far (no evidence yet: only case.json and the draft).
  await expect(popup.getByTestId('bundle-entry')).toHaveCount(2);
  await seedEvidence(popup);
  // A new draft reads the evidence again.
  await popup.getByTestId('draft-back').click();
  await popup.getByTestId('draft-button').click();
  await popup.getByTestId('line-bundle').locator('summary').click();
  const entries = popup.getByTestId('bundle-entry');
  await expect(entries).toHaveCount(7);
  const names = await entries.evaluateAll((els) => els.map((e) => e.getAttribute('data-name')));
  expect(names).toEqual([
    'screenshot-1.jpg',
    'frame-00m01.5s.png',
    'frame-00m03.2s.png',
    'frame-00m04.8s.png',
    'contact-sheet.png',
    'case.json',
    'draft.txt',
  ]);
  for (const box of await entries.all()) await expect(box).toBeChecked();
  await expect(popup.getByTestId('evidence-bundle')).toContainText('Video frame at 00:03.2: Temporal Color Coherence Failure');

  // The draft names every attachment; unticking a frame takes it out of the draft and the zip.
  const body = popup.getByTestId('draft-body');
  await expect(body).toHaveValue(
    /Attached evidence: screenshot-1\.jpg, frame-00m01\.5s\.png, frame-00m03\.2s\.png, frame-00m04\.8s\.png, contact-sheet\.png, case\.json\./,
  );
  await popup.locator('[data-testid="bundle-entry"][data-name="frame-00m04.8s.png"]').uncheck();
  await expect(body).toHaveValue(
    /Attached evidence: screenshot-1\.jpg, frame-00m01\.5s\.png, frame-00m03\.2s\.png, contact-sheet\.png, case\.json\./,
  );
  const draftText = await body.inputValue();

  const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByTestId('bundle-save').click()]);
  expect(download.suggestedFilename()).toMatch(/^ava-evidence-sora-[a-z0-9]+-\d{4}-\d{2}-\d{2}\.zip$/);
  const zip = unzipSync(new Uint8Array(await readFile((await download.path())!)));
  await expect(popup.getByTestId('bundle-status')).toContainText(`Saved ${download.suggestedFilename()} (6 files`);

  expect(Object.keys(zip)).toEqual([
    'screenshot-1.jpg',
    'frame-00m01.5s.png',
    'frame-00m03.2s.png',
    'contact-sheet.png',
    'case.json',
    'draft.txt',
  ]);
  expect(Object.keys(zip)).not.toContain('frame-00m04.8s.png');

  // The screenshot is the stored JPEG, byte for byte a JPEG.
  expect([...zip['screenshot-1.jpg']!.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
  // Frames: PNG now, same size, same colour as the stored frame.
  for (const [name, rgb] of [
    ['frame-00m01.5s.png', [255, 0, 0]],
    ['frame-00m03.2s.png', [0, 255, 0]],
  ] as const) {
    expect(pngSize(zip[name]!)).toEqual({ width: 320, height: 180 });
    const seen = await decodePngIn(popup, zip[name]!, 160, 90);
    expect(seen.width).toBe(320);
    for (const [i, c] of rgb.entries()) expect(Math.abs(seen.rgb[i]! - c)).toBeLessThan(24);
  }
  // Contact sheet: two frames side by side under a title; each cell shows its frame.
  const sheet = pngSize(zip['contact-sheet.png']!);
  expect(sheet).toEqual({ width: 12 + 2 * (320 + 12), height: 52 + (180 + 44 + 12) + 12 });
  const left = await decodePngIn(popup, zip['contact-sheet.png']!, 12 + 160, 52 + 90);
  const right = await decodePngIn(popup, zip['contact-sheet.png']!, 12 + 332 + 160, 52 + 90);
  expect(left.rgb[0]).toBeGreaterThan(200);
  expect(right.rgb[1]).toBeGreaterThan(200);

  // case.json: IDs, codes, the finding, the files, AVA's version; URLs scrubbed.
  const caseText = strFromU8(zip['case.json']!);
  const kase = JSON.parse(caseText) as {
    format: string;
    avaVersion: string;
    generations: { id: string; providerCode?: string; status: string }[];
    findings: { term: string; evidence: number[]; generationId: string }[];
    files: { name: string; kind: string; t?: number; pageUrl?: string }[];
  };
  expect(kase.format).toBe('ava-case/1');
  expect(kase.avaVersion).toMatch(/^\d+\.\d+\.\d+$/);
  expect(kase.generations[0]).toMatchObject({ id: SORA_ERROR, providerCode: 'sora_error', status: 'failed' });
  expect(kase.findings).toEqual([
    expect.objectContaining({ generationId: SORA_ERROR, term: 'Temporal Color Coherence Failure', evidence: [3.2] }),
  ]);
  expect(kase.files.map((f) => f.name)).toEqual(Object.keys(zip));
  expect(kase.files.find((f) => f.name === 'frame-00m03.2s.png')).toMatchObject({ kind: 'frame', t: 3.2 });
  expect(kase.files[0]!.pageUrl).toBe('https://sora.chatgpt.com/library');
  for (const secret of ['SECRET-TOKEN', 'SECRET-FRAG', 'pw@']) expect(caseText).not.toContain(secret);

  // draft.txt is the draft as shown, naming exactly the included attachments.
  const draftTxt = strFromU8(zip['draft.txt']!);
  expect(draftTxt).toContain(draftText);
  expect(draftTxt).toContain('Attached evidence: screenshot-1.jpg, frame-00m01.5s.png, frame-00m03.2s.png, contact-sheet.png, case.json.');
  expect(draftTxt).not.toContain('frame-00m04.8s.png');
});
