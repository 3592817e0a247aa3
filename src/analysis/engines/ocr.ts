/**
 * The OCR engine: tesseract.js 7 (English, LSTM best_int model) behind the OcrEngine interface that the text
 * detector (src/analysis/detectors/text.ts) reads. Loaded with a dynamic import only when a prompt asks for
 * text, in the analysis page or the CLI, never in a content script.
 *
 * Everything is local: worker, core (WASM) and language data come from the extension (browser) or node_modules
 * (Node, paths from node-assets.ts); tesseract's own CDN defaults are never used, and its cache is off, so it
 * neither downloads nor writes files. In an extension page the worker is a plain script URL (`workerBlobURL:
 * false`: a blob worker would need a looser CSP), and the core needs 'wasm-unsafe-eval' (manifest.config.ts).
 */
import { createWorker, OEM, PSM } from 'tesseract.js';
import type { OcrEngine, OcrReading } from '../detectors/text.ts';
import { OCR_CORE, OCR_DIR, OCR_LANG_DIR } from './assets.ts';
import { toPgm, type RgbaFrame } from './pixels.ts';

export interface OcrAssets {
  /** The tesseract worker script (browser only; Node uses tesseract.js's own worker_threads script). */
  workerPath?: string;
  /** The core script (browser only; Node requires tesseract.js-core itself). */
  corePath?: string;
  /** Folder (URL or, in Node, a path) holding eng.traineddata.gz. */
  langPath: string;
}

export interface OcrOptions {
  assets?: OcrAssets;
  /** Words tesseract is less sure of than this (0..100) are dropped: texture read as letters is the usual noise. */
  minWordConfidence?: number;
  /** Give up starting after this long (it takes about a second; see deadline()). */
  startTimeoutMs?: number;
}

export type LoadedOcr = OcrEngine & { close(): Promise<void> };

/** The extension's own copies, root-relative to whatever extension page (or worker) this runs in. */
export function extensionOcrAssets(base: string = globalThis.location.href): OcrAssets {
  const at = (p: string) => new URL(`/${p}`, base).href;
  return {
    workerPath: at(`${OCR_DIR}worker.min.js`),
    corePath: at(`${OCR_DIR}${OCR_CORE}`),
    langPath: at(OCR_LANG_DIR).replace(/\/$/, ''),
  };
}

/** The words tesseract is reasonably sure of, one line per text line, so the detector compares words, not noise. */
export function confidentText(
  page: { blocks?: { paragraphs: { lines: { words: { text: string; confidence: number }[] }[] }[] }[] | null },
  min: number,
): { text: string; confidence?: number } {
  const lines: string[] = [];
  let sum = 0;
  let n = 0;
  for (const b of page.blocks ?? []) {
    for (const p of b.paragraphs) {
      for (const l of p.lines) {
        const words = l.words.filter((w) => w.confidence >= min && /[\p{L}\p{N}]/u.test(w.text));
        for (const w of words) {
          sum += w.confidence;
          n++;
        }
        if (words.length) lines.push(words.map((w) => w.text).join(' '));
      }
    }
  }
  return { text: lines.join('\n'), ...(n ? { confidence: sum / n / 100 } : {}) };
}

/**
 * When the core cannot start inside the worker (WASM blocked by a CSP, a missing file), tesseract.js never settles
 * its promise; a deadline turns that hang into an error the analysis can report ("OCR unavailable").
 */
function deadline<T>(p: Promise<T>, ms: number, what: string, onTimeout: () => void): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onTimeout();
      reject(new Error(`${what} did not finish within ${ms / 1000} s`));
    }, ms);
  });
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}

export async function loadOcr(opts: OcrOptions = {}): Promise<LoadedOcr> {
  const assets = opts.assets ?? extensionOcrAssets();
  const min = opts.minWordConfidence ?? 60;
  const limit = opts.startTimeoutMs ?? 30_000;
  const starting = createWorker('eng', OEM.LSTM_ONLY, {
    ...(assets.workerPath ? { workerPath: assets.workerPath } : {}),
    ...(assets.corePath ? { corePath: assets.corePath } : {}),
    langPath: assets.langPath,
    workerBlobURL: false,
    gzip: true,
    // 'none': no IndexedDB (browser) or ./eng.traineddata (Node) copy; the data is already local.
    cacheMethod: 'none',
  });
  // On a timeout the worker may still start later: terminate it then, so no worker is left behind.
  const worker = await deadline(
    starting,
    limit,
    'starting the OCR engine',
    () =>
      void starting.then(
        (w) => w.terminate(),
        () => undefined,
      ),
  );
  await worker.setParameters({
    // Signs, captions and labels scattered over a scene, not a page of prose.
    tessedit_pageseg_mode: PSM.SPARSE_TEXT,
    // Frames carry no DPI; saying one stops tesseract guessing (and logging "Estimating resolution") per frame.
    user_defined_dpi: '96',
  });
  let closed = false;
  return {
    async read(frame: RgbaFrame): Promise<OcrReading> {
      if (closed) throw new Error('OCR engine is closed');
      // A Uint8Array of an encoded image is what both the Node and the browser builds accept (typed as Buffer).
      const { data } = await worker.recognize(
        toPgm(frame) as unknown as Parameters<typeof worker.recognize>[0],
        {},
        { text: false, blocks: true },
      );
      return { t: frame.t, ...confidentText(data, min) };
    },
    async close() {
      if (closed) return;
      closed = true;
      await worker.terminate();
    },
  };
}
