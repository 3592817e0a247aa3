/**
 * The evidence frames an analysis keeps: the moments its findings point at plus a few spread over the clip (so the
 * person can mark what no detector finds: anatomy), as small JPEGs in IndexedDB for the popup's frame strip and the
 * evidence bundle. Pictures come from the decode pass where it kept them, else from one more decode that stops after
 * the last one missing, else from a <video> seek, else from the runner's own thumbnail.
 */
import { engineTimes } from '../analysis/engines/plan.ts';
import type { AnalysisJob, AnalysisRecord } from '../analysis/record.ts';
import type { AnalysisResult } from '../analysis/run.ts';
import type { Finding } from '../analysis/detectors/index.ts';
import { putEvidence } from '../storage/evidence-db.ts';
import { chunksOf, drain } from './bytes.ts';
import type { JobTimings } from './timings.ts';
import type { OpenVideo } from './video-element.ts';
import { decodeMp4, openMp4 } from './webcodecs.ts';

/** Evidence JPEG width: enough to see the failure in the popup strip and the bundle, small enough for IndexedDB. */
export const EVIDENCE_W = 320;

/** Evenly spread evidence frames, so the person can mark a moment no detector finds (anatomy). */
export const spreadTimes = (durationS: number) => engineTimes(durationS, { everyS: 0.5, max: 8 });

async function jpeg(canvas: OffscreenCanvas): Promise<string> {
  const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.82 });
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:image/jpeg;base64,${btoa(bin)}`;
}

/** The runner's 64x36 thumbnail, scaled up: the evidence image when the <video> element cannot show the frame. */
function thumbCanvas(e: AnalysisResult['evidenceFrames'][number]): OffscreenCanvas {
  const small = new OffscreenCanvas(e.w, e.h);
  const img = new ImageData(e.w, e.h);
  for (let i = 0; i < e.w * e.h; i++) img.data.set([e.rgb[i * 3]!, e.rgb[i * 3 + 1]!, e.rgb[i * 3 + 2]!, 255], i * 4);
  small.getContext('2d')!.putImageData(img, 0, 0);
  const big = new OffscreenCanvas(EVIDENCE_W, Math.round((EVIDENCE_W * e.h) / e.w));
  const ctx = big.getContext('2d')!;
  ctx.imageSmoothingEnabled = false;
  ctx.drawImage(small, 0, 0, big.width, big.height);
  return big;
}

export interface EvidenceContext {
  job: AnalysisJob;
  result: AnalysisResult;
  findings: Finding[];
  /** Pictures the decode pass already drew, by time. */
  pictures: Map<number, OffscreenCanvas>;
  decoder: AnalysisRecord['decoder'];
  frameDurationS: number | undefined;
  blob: () => Blob;
  seekable: () => Promise<OpenVideo | undefined>;
  signal: AbortSignal;
  timings: JobTimings;
  onFrame: (done: number, of: number) => void;
}

export async function keepEvidence(ctx: EvidenceContext): Promise<AnalysisRecord['evidence']> {
  const { job, result, pictures, signal, timings } = ctx;
  const shown = ctx.findings.flatMap((f) => f.evidence).slice(0, 16);
  const spread = spreadTimes(result.durationS).filter((t) => !shown.some((s) => Math.abs(s - t) < 0.2));
  const wanted = [...new Set([...shown, ...spread])].sort((a, b) => a - b).slice(0, 24);
  // Pictures the decode did not keep (the findings' moments, or a clip shorter than its header says): one more
  // decode that stops after the last of them; the <video> element only where that fails.
  const missing = wanted.filter((t) => !pictures.has(t));
  if (missing.length && ctx.decoder === 'webcodecs') {
    const p0 = performance.now();
    try {
      const mp4 = await openMp4(chunksOf(ctx.blob().stream()));
      await drain(
        decodeMp4(mp4, {
          keep: { times: missing, width: EVIDENCE_W, into: pictures },
          frameDurationS: ctx.frameDurationS,
          signal,
          timings,
        }),
      );
    } catch (e) {
      if (signal.aborted) throw e;
    }
    timings.span('evidence decode', p0);
  }
  const evidence: AnalysisRecord['evidence'] = [];
  for (const [i, t] of wanted.entries()) {
    signal.throwIfAborted();
    let e0 = performance.now();
    const kept = pictures.get(t);
    const v = kept ? undefined : await ctx.seekable();
    const g = v ? await v.grab(t, EVIDENCE_W) : undefined;
    if (!kept) timings.add('evidence seek', performance.now() - e0);
    const thumb = result.evidenceFrames.find((e) => Math.abs(e.t - t) < 1e-3);
    const canvas = kept ?? g?.canvas ?? (thumb ? thumbCanvas(thumb) : undefined);
    if (!canvas) continue;
    const id = `frame-${job.jobId.slice(0, 8)}-${i}`;
    e0 = performance.now();
    const dataUrl = await jpeg(canvas);
    timings.add('evidence jpeg', performance.now() - e0);
    e0 = performance.now();
    await putEvidence({ id, generationKey: job.generationKey, kind: 'frame', mime: 'image/jpeg', dataUrl, t, capturedAt: Date.now() });
    timings.add('evidence store', performance.now() - e0);
    evidence.push({ id, t });
    ctx.onFrame(i + 1, wanted.length);
  }
  return evidence;
}
