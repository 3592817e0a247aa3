/**
 * One analysis job in the offscreen document: fetch the video's bytes, decode (WebCodecs, else a <video> element),
 * run the same cheap detectors as `ava analyze`, then the heavy passes only when needed (OCR when the prompt quotes
 * text, faces when asked), then keep evidence frames as small JPEGs in IndexedDB. Every failure the person can do
 * something about becomes a plain message (AnalysisFailure); a cut file is a finding, not an error.
 */
import { jobFraction, type Phase } from '../analysis/browser-glue.ts';
import { engineTimes } from '../analysis/engines/plan.ts';
import { DemuxError } from '../analysis/mp4-demux.ts';
import type { AnalysisJob, AnalysisRecord } from '../analysis/record.ts';
import { type Frame, type Grid, toGrid } from '../analysis/frames.ts';
import { analyse, type AnalysisResult } from '../analysis/run.ts';
import { changeTimes, refineWindows, steadyPlan } from '../analysis/sampling.ts';
import { cheapDetectors, type Finding } from '../analysis/detectors/index.ts';
import { requestedTexts } from '../analysis/detectors/text.ts';
import { AnalysisFailure, chunksOf, drain, fetchBytes, teeBody } from './bytes.ts';
import { EVIDENCE_W, keepEvidence, spreadTimes } from './evidence-frames.ts';
import { facePass, ocrPass, type PassContext } from './heavy-passes.ts';
import { openVideo, type OpenVideo, videoElementFrames, VideoUnplayable } from './video-element.ts';
import { JobTimings } from './timings.ts';
import { CodecUnsupported, decodeMp4, openMp4 } from './webcodecs.ts';
import { wording } from '../shared/i18n.ts';

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
        throw err instanceof VideoUnplayable ? new AnalysisFailure(wording('err_video_unplayable')) : err;
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
      throw new AnalysisFailure(wording(e.kind === 'no-header' ? 'err_video_incomplete' : 'err_video_unreadable', e.message));
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
    const pass = (phase: Phase): PassContext => ({
      seekable,
      times: engineTimes(result.durationS),
      signal,
      onFrame: (done, of) => say(phase, done / of, result.durationS, result.framesAnalysed),
    });
    if (wantsText) {
      say('ocr', 0);
      const r = await ocrPass(pass('ocr'), job.prompt!);
      ocr = r.run;
      findings.push(...r.findings);
      stepDone('ocr');
    }
    if (job.faces) {
      say('faces', 0);
      const r = await facePass(pass('faces'), result.cuts);
      faces = r.run;
      findings.push(...r.findings);
      stepDone('faces');
    }
    say('evidence', 0);
    const evidence = await keepEvidence({
      job, result, findings, pictures, decoder, frameDurationS, blob, seekable, signal, timings,
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
