/**
 * The heavy passes of an analysis job (OCR when the prompt quotes text, faces when the person asks): each loads its
 * engine only now, reads a few frames spread over the clip through a <video> element over the fetched bytes, and
 * closes the engine. An engine that cannot load makes the pass 'unavailable', never a failed job.
 */
import type { RgbaFrame } from '../analysis/engines/pixels.ts';
import type { AnalysisRecord } from '../analysis/record.ts';
import type { Finding } from '../analysis/detectors/index.ts';
import { identityFindings, type FaceEngine, type FaceObservation } from '../analysis/detectors/identity.ts';
import { textFindings, type OcrEngine, type OcrReading } from '../analysis/detectors/text.ts';
import { type Closable, loadFaceEngine, loadOcrEngine } from './engines.ts';
import type { OpenVideo } from './video-element.ts';

/** OCR and faces read frames at up to this width (720p): text and faces need the detail. */
const ENGINE_W = 1280;

type EngineRun = AnalysisRecord['ocr'];

export interface PassContext {
  /** The <video> element over the job's bytes, opened on first use; undefined when the browser cannot play them. */
  seekable: () => Promise<OpenVideo | undefined>;
  /** The moments to read. */
  times: number[];
  signal: AbortSignal;
  /** Called after each frame read: (frames read, frames planned). */
  onFrame: (done: number, of: number) => void;
}

const rgbaOf = (g: { t: number; width: number; height: number; canvas: OffscreenCanvas }): RgbaFrame => ({
  t: g.t,
  width: g.width,
  height: g.height,
  rgba: g.canvas.getContext('2d', { willReadFrequently: true })!.getImageData(0, 0, g.width, g.height).data,
});

/** Loads an engine, reads every planned frame through it, closes it. */
async function overFrames<E, R>(
  ctx: PassContext,
  load: () => Promise<Closable<E> | undefined>,
  read: (engine: E, frame: RgbaFrame) => Promise<R[]>,
): Promise<{ run: EngineRun; out: R[] }> {
  const video = await ctx.seekable();
  const engine = video ? await load() : undefined;
  if (!engine || !video) return { run: 'unavailable', out: [] };
  const out: R[] = [];
  try {
    for (const [i, t] of ctx.times.entries()) {
      ctx.signal.throwIfAborted();
      const g = await video.grab(t, ENGINE_W);
      if (g) out.push(...(await read(engine, rgbaOf(g))));
      ctx.onFrame(i + 1, ctx.times.length);
    }
  } finally {
    await engine.close().catch(() => undefined);
  }
  return { run: 'ran', out };
}

/** OCR of the planned frames, compared with the text the prompt quotes. */
export async function ocrPass(ctx: PassContext, prompt: string): Promise<{ run: EngineRun; findings: Finding[] }> {
  const { run, out } = await overFrames<OcrEngine, OcrReading>(ctx, loadOcrEngine, async (engine, f) => [await engine.read(f)]);
  return { run, findings: run === 'ran' ? textFindings(prompt, out) : [] };
}

/** Face descriptors of the planned frames, compared across the clip (cuts separate shots). */
export async function facePass(ctx: PassContext, cuts: number[]): Promise<{ run: EngineRun; findings: Finding[] }> {
  const { run, out } = await overFrames<FaceEngine, FaceObservation>(ctx, loadFaceEngine, (engine, f) => engine.faces(f));
  return { run, findings: run === 'ran' ? identityFindings(out, { cuts }) : [] };
}
