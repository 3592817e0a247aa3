/**
 * The heavy engines (tesseract.js OCR, face-api faces; src/analysis/engines/, built by another module owner) are
 * loaded only here, only when a job needs them, through dynamic import so their code and models stay out of every
 * other bundle. A build without them, or an engine that fails to start, gives `undefined`: the analysis then says
 * the pass was unavailable instead of failing.
 */
import type { FaceEngine } from '../analysis/detectors/identity.ts';
import type { OcrEngine } from '../analysis/detectors/text.ts';
import type { Closable } from '../analysis/job.ts';

export async function loadOcrEngine(): Promise<Closable<OcrEngine> | undefined> {
  try {
    const m = await import('../analysis/engines/ocr.ts');
    return await m.loadOcr();
  } catch (e) {
    console.warn('[AVA offscreen] OCR unavailable:', e);
    return undefined;
  }
}

export async function loadFaceEngine(): Promise<Closable<FaceEngine> | undefined> {
  try {
    const m = await import('../analysis/engines/face.ts');
    return await m.loadFace();
  } catch (e) {
    console.warn('[AVA offscreen] face engine unavailable:', e);
    return undefined;
  }
}
