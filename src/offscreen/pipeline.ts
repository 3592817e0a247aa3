/**
 * One analysis job in the offscreen document: fetch the video's bytes and run the analysis job (src/analysis/job.ts,
 * the same recipe as `ava analyze`) over this document's decoder: WebCodecs for MP4, else a <video> element over the
 * same bytes; then keep evidence frames as small JPEGs in IndexedDB. Every failure the person can do something
 * about becomes a plain message (AnalysisFailure); a cut file is a finding, not an error.
 */
import { jobFraction, type Phase } from '../analysis/browser-glue.ts';
import type { RgbaFrame } from '../analysis/engines/pixels.ts';
import { type Frame, type Grid, toGrid } from '../analysis/frames.ts';
import { type ClipDecoder, type JobOptions, type JobOutcome, runAnalysisJob, wantsOcr } from '../analysis/job.ts';
import { DemuxError } from '../analysis/mp4-demux.ts';
import type { AnalysisJob, AnalysisRecord } from '../analysis/record.ts';
import { wording } from '../shared/i18n.ts';
import { AnalysisFailure, chunksOf, drain, fetchBytes, teeBody } from './bytes.ts';
import { loadFaceEngine, loadOcrEngine } from './engines.ts';
import { EVIDENCE_W, keepEvidence, spreadTimes } from './evidence-frames.ts';
import { JobTimings } from './timings.ts';
import { type OpenVideo, openVideo, VideoUnplayable, videoElementFrames } from './video-element.ts';
import { CodecUnsupported, decodeMp4, type OpenedMp4, openMp4 } from './webcodecs.ts';

export type Report = (phase: Phase, fraction: number, t: number, frames: number) => void;

/**
 * The <video> fallback seeks frame by frame. The player does not say the frame rate; 24 frames/s is what most
 * generators render (a 6 Hz flicker needs more than 12 to be seen), capped so a long video costs at most 1,800 seeks.
 */
const fallbackFps = (durationS: number) => Math.max(2, Math.min(24, 1800 / Math.max(durationS, 1)));

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

/** OCR and faces read frames at up to this width (720p): text and faces need the detail. */
const ENGINE_W = 1280;

const rgbaOf = (g: { t: number; width: number; height: number; canvas: OffscreenCanvas }): RgbaFrame => ({
  t: g.t,
  width: g.width,
  height: g.height,
  rgba: g.canvas.getContext('2d', { willReadFrequently: true })!.getImageData(0, 0, g.width, g.height).data,
});

/** The engines read frames at chosen times through a <video> element over the job's bytes, opened on first use. */
function framesAtFrom(seekable: () => Promise<OpenVideo | undefined>): ClipDecoder['framesAt'] {
  return async (times) => {
    const video = await seekable();
    if (!video) return undefined;
    return (async function* () {
      for (const t of times) {
        const g = await video.grab(t, ENGINE_W);
        if (g) yield rgbaOf(g);
      }
    })();
  };
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

async function timedJob(
  job: AnalysisJob,
  signal: AbortSignal,
  report: Report,
  timings: JobTimings,
): Promise<Omit<AnalysisRecord, 'finishedAt' | 'error'>> {
  let step = performance.now();
  /** Close one whole step's measure and start the next. */
  const stepDone = (name: string) => {
    timings.span(name, step);
    step = performance.now();
  };
  const heavy = { ocr: wantsOcr(job), faces: job.faces };
  let seen = { t: 0, frames: 0 };
  const say = (phase: Phase, within: number, t = seen.t, frames = seen.frames) =>
    report(phase, jobFraction(phase, within, heavy), t, frames);

  say('fetch', 0);
  const res = await fetchBytes(job.videoUrl, signal);
  stepDone('fetch headers');
  const total = Number(res.headers.get('content-length')) || 0;
  const parts: Uint8Array[] = [];
  const body = teeBody(res, parts, (n) => total && say('fetch', n / total));
  const blob = () => new Blob(parts as BlobPart[], { type: res.headers.get('content-type') ?? 'video/mp4' });

  // The engines (and evidence the decode could not keep) need frames at chosen times: a <video> element over the
  // same bytes, opened only when one of them asks.
  let video: OpenVideo | undefined;
  let opened = false;
  const seekable = async () => {
    if (!opened) {
      opened = true;
      const v0 = performance.now();
      video = await openVideo(blob()).catch(() => undefined);
      timings.span('open <video>', v0);
    }
    return video;
  };
  const options: JobOptions = {
    ...(job.requestedS !== undefined ? { requestedS: job.requestedS } : {}),
    ...(job.prompt ? { prompt: job.prompt } : {}),
    faces: job.faces,
    signal,
    onEngineFrame: (pass, done, of) => say(pass, done / of),
    onStep: (name, state) => {
      if (state === 'end') stepDone(name);
      else if (name === 'ocr' || name === 'faces') say(name, 0);
    },
  };
  const engines = { ocr: loadOcrEngine, faces: loadFaceEngine };

  let decoder: AnalysisRecord['decoder'] = 'webcodecs';
  /** Evidence pictures by time, drawn from the decode itself (see KeepPictures). */
  const pictures = new Map<number, OffscreenCanvas>();
  let frameDurationS: number | undefined;
  let outcome: JobOutcome;
  try {
    try {
      const mp4 = await openMp4(body, timings);
      stepDone('open mp4');
      frameDurationS = mp4.facts.fps > 0 ? 1 / mp4.facts.fps : undefined;
      const mp4Decoder = webCodecsDecoder(mp4, { body, blob, seekable, signal, timings, pictures, frameDurationS });
      const durationS = mp4Decoder.info.durationS;
      outcome = await runAnalysisJob(mp4Decoder, engines, {
        ...options,
        onProgress: (t, frames) => {
          seen = { t, frames };
          say('decode', durationS ? t / durationS : 0, t, frames);
        },
      });
    } catch (e) {
      if (!(e instanceof CodecUnsupported) && !(e instanceof DemuxError && e.kind === 'not-mp4')) throw e;
      // Not an MP4 WebCodecs can take here: let the browser's own player decode it, slowly, by seeking.
      decoder = 'video-element';
      await drain(body);
      const v = await openVideo(blob()).catch((err: unknown) => {
        throw err instanceof VideoUnplayable ? new AnalysisFailure(wording('err_video_unplayable')) : err;
      });
      video = v;
      opened = true;
      outcome = await runAnalysisJob(videoElementDecoder(v, seekable, signal), engines, {
        ...options,
        onProgress: (t, frames) => {
          seen = { t, frames };
          say('decode', v.durationS ? t / v.durationS : 0, t, frames);
        },
      });
    }
  } catch (e) {
    video?.close();
    if (e instanceof DemuxError) {
      // Nothing decodable at all. A file cut before its header is the truncated failure, said plainly.
      throw new AnalysisFailure(wording(e.kind === 'no-header' ? 'err_video_incomplete' : 'err_video_unreadable', e.message));
    }
    throw e;
  }

  const { result, findings, ocr, faces } = outcome;
  try {
    say('evidence', 0, result.durationS, result.framesAnalysed);
    const evidence = await keepEvidence({
      job,
      result,
      findings,
      pictures,
      decoder,
      frameDurationS,
      blob,
      seekable,
      signal,
      timings,
      onFrame: (done, of) => say('evidence', done / of, result.durationS, result.framesAnalysed),
    });
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

interface Mp4Context {
  body: AsyncIterable<Uint8Array>;
  blob: () => Blob;
  seekable: () => Promise<OpenVideo | undefined>;
  signal: AbortSignal;
  timings: JobTimings;
  pictures: Map<number, OffscreenCanvas>;
  frameDurationS: number | undefined;
}

/**
 * WebCodecs over the MP4: the first pass decodes while the bytes arrive (and draws the evidence pictures as it
 * goes); a dense pass decodes the kept bytes again.
 */
function webCodecsDecoder(mp4: OpenedMp4, c: Mp4Context): ClipDecoder {
  const facts = mp4.facts;
  const durationS = facts.declaredS ?? 0;
  let first = true;
  return {
    info: { durationS, fps: facts.fps, ...(facts.declaredS !== undefined ? { declaredS: facts.declaredS } : {}) },
    frames(plan, windows) {
      if (first && !windows) {
        first = false;
        const keep = { times: spreadTimes(durationS), width: EVIDENCE_W, into: c.pictures };
        return (async function* () {
          yield* timedGrids(
            decodeMp4(mp4, { plan, signal: c.signal, timings: c.timings, keep, frameDurationS: c.frameDurationS }),
            c.timings,
          );
          await drain(c.body); // the rest of the bytes (e.g. trailing boxes) for the seeking passes
        })();
      }
      return (async function* () {
        yield* decodeMp4(await openMp4(chunksOf(c.blob().stream())), { plan, ...(windows ? { windows } : {}), signal: c.signal });
      })();
    },
    framesAt: framesAtFrom(c.seekable),
  };
}

/** The browser's own player, seeked frame by frame at a rate the clip's length allows. */
function videoElementDecoder(v: OpenVideo, seekable: () => Promise<OpenVideo | undefined>, signal: AbortSignal): ClipDecoder {
  const fps = fallbackFps(v.durationS);
  return {
    info: { durationS: v.durationS, fps, declaredS: v.durationS },
    frames: () => videoElementFrames(v, { fps, signal }),
    framesAt: framesAtFrom(seekable),
  };
}
