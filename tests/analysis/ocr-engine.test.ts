/**
 * The OCR engine (tesseract.js, src/analysis/engines/ocr.ts) in Node on frames ffmpeg decodes from the committed
 * text clips, judged by the same textFindings() the extension uses. Same engine module and language data as the
 * extension; only the asset paths differ (node_modules instead of the extension's copies).
 * Needs ffmpeg/ffprobe on PATH (skipped with a notice outside CI when missing). A few seconds: the engine loads once.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confidentText, loadOcr, type LoadedOcr } from '../../src/analysis/engines/ocr.ts';
import { nodeOcrAssets } from '../../src/cli/node/engine-assets.ts';
import { toPgm } from '../../src/analysis/engines/pixels.ts';
import { engineTimes } from '../../src/analysis/engines/plan.ts';
import { engineSize, rgbaFramesAt } from '../../src/cli/node/engine-frames.ts';
import { main } from '../../src/cli/main.ts';
import type { Io } from '../../src/cli/types.ts';
import { textFindings, type OcrReading } from '../../src/analysis/detectors/text.ts';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'clips');
const PROMPT = 'A shop window with a sign that says "OPEN"';
const hasFfmpeg = !spawnSync('ffprobe', ['-version']).error;
if (!hasFfmpeg && !process.env.CI) console.warn('ffmpeg/ffprobe not installed: skipping the OCR engine tests');

describe('engine plumbing (pure)', () => {
  it('toPgm writes a P5 header and BT.601 luma, one byte per pixel', () => {
    const rgba = new Uint8Array([255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 255, 255, 255, 0]);
    const pgm = toPgm({ t: 0, width: 2, height: 2, rgba });
    const head = 'P5\n2 2\n255\n';
    expect(new TextDecoder().decode(pgm.subarray(0, head.length))).toBe(head);
    expect([...pgm.subarray(head.length)]).toEqual([76, 149, 28, 255]);
    expect(() => toPgm({ t: 1, width: 2, height: 2, rgba: rgba.subarray(0, 12) })).toThrow(RangeError);
  });

  it('keeps only the words tesseract is sure of, line by line, with their mean confidence', () => {
    const w = (text: string, confidence: number) => ({ text, confidence });
    const page = {
      blocks: [
        {
          paragraphs: [
            { lines: [{ words: [w('OPEN', 91), w('~~', 95), w('eas', 30)] }, { words: [w('NOW', 71)] }, { words: [w('x', 10)] }] },
          ],
        },
      ],
    };
    expect(confidentText(page, 60)).toEqual({ text: 'OPEN\nNOW', confidence: 0.81 });
    expect(confidentText({ blocks: null }, 60)).toEqual({ text: '' });
  });

  it('plans a few evenly spread frames and caps the frame size at 720p width', () => {
    expect(engineTimes(6)).toHaveLength(12);
    expect(engineTimes(6, { max: 4 })).toEqual([0.75, 2.25, 3.75, 5.25]);
    expect(engineTimes(600)).toHaveLength(16);
    expect(engineTimes(0)).toEqual([]);
    expect(engineTimes(0.2)).toEqual([0.1]);
    expect(engineSize({ width: 1920, height: 1080 })).toEqual({ width: 1280, height: 720 });
    expect(engineSize({ width: 320, height: 180 })).toEqual({ width: 320, height: 180 });
  });
});

describe.skipIf(!hasFfmpeg && !process.env.CI)('tesseract.js on the committed text clips', () => {
  let ocr: LoadedOcr;
  beforeAll(async () => {
    ocr = await loadOcr({ assets: nodeOcrAssets() });
  }, 30_000);
  afterAll(async () => ocr?.close());

  async function read(file: string): Promise<OcrReading[]> {
    const out: OcrReading[] = [];
    for await (const f of rgbaFramesAt(join(DIR, file), engineTimes(6, { max: 4 }))) out.push(await ocr.read(f));
    return out;
  }

  it('reads the misspelt sign and textFindings reports it with what was read and when', async () => {
    const readings = await read('text-opne.mp4');
    expect(readings.map((r) => r.t)).toEqual([0.75, 2.25, 3.75, 5.25]);
    expect(readings.every((r) => r.text === 'OPNE')).toBe(true);
    const f = textFindings(PROMPT, readings);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ mode: 'text', at: [0.75, 5.25] });
    expect(f[0]!.reasons[0]).toMatch(/the text reads 'OPNE' where the prompt asked for 'OPEN' \(read the same way in 4 frames\)/);
  }, 30_000);

  it('reads the correct sign as OPEN and finds nothing wrong', async () => {
    const readings = await read('text-open.mp4');
    expect(readings.map((r) => r.text)).toEqual(['OPEN', 'OPEN', 'OPEN', 'OPEN']);
    expect(readings.every((r) => (r.confidence ?? 0) > 0.8)).toBe(true);
    expect(textFindings(PROMPT, readings)).toEqual([]);
  }, 30_000);

  it('CLI: `ava analyze` runs OCR when the prompt quotes text, and not with --no-ocr', async () => {
    const ava = async (...args: string[]) => {
      let out = '';
      const io: Io = { out: (l) => (out += `${l}\n`), err: () => {}, lines: async function* () {}, readFile: async () => '' };
      return { code: await main(['analyze', ...args], io), out: JSON.parse(out) as { findings: { mode: string; reasons: string[] }[] } };
    };
    const withOcr = await ava(join(DIR, 'text-opne.mp4'), '--prompt', PROMPT);
    expect(withOcr.code).toBe(0);
    expect(withOcr.out.findings.map((f) => f.mode)).toEqual(['text']);
    expect(withOcr.out.findings[0]!.reasons[0]).toMatch(/reads 'OPNE'/);
    const without = await ava(join(DIR, 'text-opne.mp4'), '--prompt', PROMPT, '--no-ocr');
    expect(without.out.findings).toEqual([]);
  }, 60_000);
});
