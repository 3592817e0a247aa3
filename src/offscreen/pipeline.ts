/**
 * One analysis job in the offscreen document: fetch the video's bytes, decode (WebCodecs, else a <video> element),
 * run the same cheap detectors as `ava analyze`, then the heavy passes only when needed (OCR when the prompt quotes
 * text, faces when asked), then keep evidence frames as small JPEGs in IndexedDB. Every failure the person can do
 * something about becomes a plain message (AnalysisFailure); a cut file is a finding, not an error.
 */
import { fetchFailureMessage, jobFraction, type Phase } from '../analysis/browser-glue.ts';
import { engineTimes } from '../analysis/engines/plan.ts';
import type { RgbaFrame } from '../analysis/engines/pixels.ts';
import { DemuxError } from '../analysis/mp4-demux.ts';
import type { AnalysisJob, AnalysisRecord } from '../analysis/record.ts';
import { type Frame, type Grid, toGrid } from '../analysis/frames.ts';
import { analyse, type AnalysisResult } from '../analysis/run.ts';
import { changeTimes, refineWindows, steadyPlan } from '../analysis/sampling.ts';
import { cheapDetectors, type Finding } from '../failure-modes/detectors/index.ts';
import { identityFindings, type FaceObservation } from '../failure-modes/detectors/identity.ts';
import { requestedTexts, textFindings, type OcrReading } from '../failure-modes/detectors/text.ts';
import { putEvidence } from '../storage/evidence-db.ts';
import { loadFaceEngine, loadOcrEngine } from './engines.ts';
import { openVideo, type OpenVideo, videoElementFrames, VideoUnplayable } from './video-element.ts';
import { JobTimings } from './timings.ts';
import { CodecUnsupported, decodeMp4, openMp4 } from './webcodecs.ts';

/** A failure to tell the person as it is (not a crash): unreachable host, unplayable format, ... */
export class AnalysisFailure extends Error {
  override name = 'AnalysisFailure';
}

export type Report = (phase: Phase, fraction: number, t: number, frames: number) => void;

/** Evenly spread evidence frames, so the person can mark a moment no detector finds (anatomy). */
const spreadTimes = (durationS: number) => engineTimes(durationS, { everyS: 0.5, max: 8 });

/** Evidence JPEG width: enough to see the failure in the popup strip and the bundle, small enough for IndexedDB. */
const EVIDENCE_W = 320;
/** OCR and faces read frames at up to this width (720p): text and faces need the detail. */
const ENGINE_W = 1280;
/**
 * The <video> fallback seeks frame by frame. The player does not say the frame rate; 24 frames/s is what most
 * generators render (a 6 Hz flicker needs more than 12 to be seen), capped so a long video costs at most 1,800 seeks.
 */
const fallbackFps = (durationS: number) => Math.max(2, Math.min(24, 1800 / Math.max(durationS, 1)));

async function fetchBytes(url: string, signal: AbortSignal): Promise<Response> {
  const host = new URL(url).host;
  let res: Response;
  try {
    // No cookies: the extension's own request; signed CDN links carry their access in the URL.
    res = await fetch(url, { signal, credentials: 'omit', cache: 'no-store', referrerPolicy: 'no-referrer' });
  } catch (e) {
    if (signal.aborted) throw e;
    throw new AnalysisFailure(fetchFailureMessage({ network: true }, host));
  }
  if (!res.ok) throw new AnalysisFailure(fetchFailureMessage({ status: res.status }, host));
  if (!res.body) throw new AnalysisFailure(fetchFailureMessage({ empty: true }, host));
  return res;
}

/** The response body as chunks, each also kept (as Blob parts) for the passes that seek: evidence, OCR, faces. */
async function* teeBody(res: Response, keep: Uint8Array[], onBytes: (n: number) => void): AsyncGenerator<Uint8Array> {
  const reader = res.body!.getReader();
  let n = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      keep.push(value);
      n += value.byteLength;
      onBytes(n);
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

/** A byte stream as chunks (ReadableStream is async-iterable only from Chrome 124; AVA supports 116). */
async function* chunksOf(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

/**
 * Downsamples here rather than in the runner so the two per-frame JS costs are timed apart: toGrid, and the time
 * the runner holds each grid (the detectors).
 */
async function* timedGrids(frames: AsyncIterable<Frame>, timings: JobTimings): AsyncGenerator<Grid> {
  for await (const f of frames) {
    let t = performance.now();
    const g = toGrid(f);
    timings.add('toGrid', performance.now() - t);
    t = performance.now();
    yield g;
    timings.add('detectors', performance.now() - t);
  }
}

async function drain(it: AsyncIterable<unknown>): Promise<void> {
  for await (const _ of it);
}

const rgbaOf = (g: { t: number; width: number; height: number; canvas: OffscreenCanvas }): RgbaFrame => ({
  t: g.t,
  width: g.width,
  height: g.height,
  rgba: g.canvas.getContext('2d', { willReadFrequently: true })!.getImageData(0, 0, g.width, g.height).data,
});

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

export async function runJob(job: AnalysisJob, signal: AbortSignal, report: Report): Promise<Omit<AnalysisRecord, 'finishedAt' | 'error'>> {
  const timings = new JobTimings();
  const t0 = performance.now();
  try {
    return await timedJob(job, signal, report, timings);
  } finally {
    timings.span('job', t0);
    timings.finish();
  }
}

async function timedJob(job: AnalysisJob, signal: AbortSignal, report: Report, timings: JobTimings): Promise<Omit<AnalysisRecord, 'finishedAt' | 'error'>> {
  let step = performance.now();
  /** Close one whole step's measure and start the next. */
  const stepDone = (name: string) => {
    timings.span(name, step);
    step = performance.now();
  };
  const wantsText = job.prompt ? requestedTexts(job.prompt).length > 0 : false;
  const heavy = { ocr: wantsText, faces: job.faces };
  const say = (phase: Phase, within: number, t = 0, frames = 0) => report(phase, jobFraction(phase, within, heavy), t, frames);

  say('fetch', 0);
  const res = await fetchBytes(job.videoUrl, signal);
  stepDone('fetch headers');
  const total = Number(res.headers.get('content-length')) || 0;
  const parts: Uint8Array[] = [];
  const body = teeBody(res, parts, (n) => total && say('fetch', n / total));
  const blob = () => new Blob(parts as BlobPart[], { type: res.headers.get('content-type') ?? 'video/mp4' });

  let decoder: AnalysisRecord['decoder'] = 'webcodecs';
  /** Evidence pictures by time, drawn from the decode itself (see KeepPictures). */
  const pictures = new Map<number, OffscreenCanvas>();
  let frameDurationS: number | undefined;
  let result: AnalysisResult;
  let video: OpenVideo | undefined;
  try {
    try {
      const mp4 = await openMp4(body, timings);
      stepDone('open mp4');
      const facts = mp4.facts;
      const durationS = facts.declaredS ?? 0;
      const plan = steadyPlan({ durationS, fps: facts.fps });
      const common = {
        frameDurationS: facts.fps > 0 ? plan.stride / facts.fps : undefined,
        ...(job.requestedS !== undefined ? { requestedS: job.requestedS } : {}),
        ...(facts.declaredS !== undefined ? { declaredS: facts.declaredS } : {}),
        detectors: cheapDetectors,
        signal,
      };
      const progress = (t: number, frames: number) => say('decode', durationS ? t / durationS : 0, t, frames);
      frameDurationS = facts.fps > 0 ? 1 / facts.fps : undefined;
      const keep = { times: spreadTimes(durationS), width: EVIDENCE_W, into: pictures };
      result = await analyse(timedGrids(decodeMp4(mp4, { plan, signal, timings, keep, frameDurationS }), timings), { ...common, onProgress: progress });
      stepDone('decode pass');
      await drain(body); // the rest of the bytes (e.g. trailing boxes) for the seeking passes
      stepDone('rest of the bytes');
      // A second, dense pass only when the steady pass skipped frames (over 30 fps or very long clips).
      const windows = refineWindows(plan, [...changeTimes(result.findings), ...result.cuts], { durationS, fps: facts.fps });
      if (windows.length) {
        result = await analyse(decodeMp4(await openMp4(chunksOf(blob().stream())), { plan, windows, signal }), common);
        stepDone('dense pass');
      }
    } catch (e) {
      if (!(e instanceof CodecUnsupported) && !(e instanceof DemuxError && e.kind === 'not-mp4')) throw e;
      // Not an MP4 WebCodecs can take here: let the browser's own player decode it, slowly, by seeking.
      decoder = 'video-element';
      await drain(body);
      video = await openVideo(blob()).catch((err: unknown) => {
        throw err instanceof VideoUnplayable ? new AnalysisFailure(`${err.message}; download the video and run \`ava analyze <file>\` instead.`) : err;
      });
      const v = video;
      const fps = fallbackFps(v.durationS);
      result = await analyse(videoElementFrames(v, { fps, signal }), {
        frameDurationS: 1 / fps,
        declaredS: v.durationS,
        ...(job.requestedS !== undefined ? { requestedS: job.requestedS } : {}),
        signal,
        onProgress: (t, frames) => say('decode', v.durationS ? t / v.durationS : 0, t, frames),
      });
    }
  } catch (e) {
    video?.close();
    if (e instanceof DemuxError) {
      // Nothing decodable at all. A file cut before its header is the truncated failure, said plainly.
      throw new AnalysisFailure(e.kind === 'no-header' ? `The video file is incomplete or not a video (${e.message}).` : `The video could not be read: ${e.message}.`);
    }
    throw e;
  }

  // The heavy passes (and evidence the decode could not keep) need frames at chosen times: a <video> element over
  // the same bytes, opened only when one of them asks.
  let opened = video !== undefined;
  const seekable = async () => {
    if (!opened) {
      opened = true;
      const v0 = performance.now();
      video = await openVideo(blob()).catch(() => undefined);
      timings.span('open <video>', v0);
    }
    return video;
  };
  const findings: Finding[] = [...result.findings];
  let ocr: AnalysisRecord['ocr'] = 'skipped';
  let faces: AnalysisRecord['faces'] = 'skipped';
  try {
    const times = engineTimes(result.durationS);
    if (wantsText) {
      say('ocr', 0);
      const engine = (await seekable()) ? await loadOcrEngine() : undefined;
      ocr = engine ? 'ran' : 'unavailable';
      if (engine && video) {
        const readings: OcrReading[] = [];
        try {
          for (const [i, t] of times.entries()) {
            signal.throwIfAborted();
            const g = await video.grab(t, ENGINE_W);
            if (g) readings.push(await engine.read(rgbaOf(g)));
            say('ocr', (i + 1) / times.length, result.durationS, result.framesAnalysed);
          }
        } finally {
          await engine.close().catch(() => undefined);
        }
        findings.push(...textFindings(job.prompt!, readings));
        stepDone('ocr');
      }
    }
    if (job.faces) {
      say('faces', 0);
      const engine = (await seekable()) ? await loadFaceEngine() : undefined;
      faces = engine ? 'ran' : 'unavailable';
      if (engine && video) {
        const seen: FaceObservation[] = [];
        try {
          for (const [i, t] of times.entries()) {
            signal.throwIfAborted();
            const g = await video.grab(t, ENGINE_W);
            if (g) seen.push(...(await engine.faces(rgbaOf(g))));
            say('faces', (i + 1) / times.length, result.durationS, result.framesAnalysed);
          }
        } finally {
          await engine.close().catch(() => undefined);
        }
        findings.push(...identityFindings(seen, { cuts: result.cuts }));
        stepDone('faces');
      }
    }

    // Evidence: the frames the findings point at, as JPEGs the popup strip and the evidence bundle show.
    say('evidence', 0);
    // Plus a few frames spread over the clip, so the person can mark a moment no detector finds (anatomy).
    const shown = findings.flatMap((f) => f.evidence).slice(0, 16);
    const spread = spreadTimes(result.durationS).filter((t) => !shown.some((s) => Math.abs(s - t) < 0.2));
    const wanted = [...new Set([...shown, ...spread])].sort((a, b) => a - b).slice(0, 24);
    // Pictures the decode did not keep (the findings' moments, or a clip shorter than its header says): one more
    // decode that stops after the last of them; the <video> element only where that fails.
    const missing = wanted.filter((t) => !pictures.has(t));
    if (missing.length && decoder === 'webcodecs') {
      const p0 = performance.now();
      try {
        await drain(decodeMp4(await openMp4(chunksOf(blob().stream())), { keep: { times: missing, width: EVIDENCE_W, into: pictures }, frameDurationS, signal, timings }));
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
      const v = kept ? undefined : await seekable();
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
      say('evidence', (i + 1) / wanted.length, result.durationS, result.framesAnalysed);
    }
    stepDone('evidence');
    return {
      durationS: result.durationS,
      framesAnalysed: result.framesAnalysed,
      findings: findings.sort((a, b) => a.at[0] - b.at[0] || b.confidence - a.confidence).slice(0, 50),
      cuts: result.cuts.slice(0, 100),
      evidence,
      decoder,
      ocr,
      faces,
    };
  } finally {
    video?.close();
  }
}
