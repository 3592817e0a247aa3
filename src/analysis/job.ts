/**
 * The analysis job, written once for the browser and the CLI: a steady pass over the clip with the cheap detectors,
 * a dense second pass around what it found (only when the steady pass skipped frames), then the heavy engines on a
 * few spread frames, only when needed (OCR when the prompt quotes text, faces when asked). The caller supplies only
 * what differs: a decoder (WebCodecs or a <video> element in src/offscreen/, ffmpeg for the CLI) and the engine
 * loaders. Pure: no chrome, no Node.
 */
import { cheapDetectors, type Finding } from './detectors/index.ts';
import { type FaceEngine, type FaceObservation, identityFindings } from './detectors/identity.ts';
import { type OcrEngine, type OcrReading, requestedTexts, textFindings } from './detectors/text.ts';
import { engineTimes } from './engines/plan.ts';
import type { RgbaFrame } from './engines/pixels.ts';
import type { Frame, Grid } from './frames.ts';
import { type AnalysisResult, analyse } from './run.ts';
import { changeTimes, refineWindows, type SamplingPlan, steadyPlan, type Window } from './sampling.ts';

export interface ClipInfo {
  /** Best known duration (0 when unknown). */
  durationS: number;
  /** Frames per second the decoder delivers at most (0 when unknown). */
  fps: number;
  /** Duration the container declares, if it declares one (a longer declaration than the frames is a finding). */
  declaredS?: number;
}

export interface ClipDecoder {
  info: ClipInfo;
  /** One pass: every `plan.stride`-th frame, plus every frame inside `windows` when given (the dense pass). */
  frames(plan: SamplingPlan, windows?: readonly Window[]): AsyncIterable<Frame | Grid>;
  /** Full-colour frames at these moments for the engines; undefined when this clip cannot be read at chosen times. */
  framesAt(times: readonly number[]): Promise<AsyncIterable<RgbaFrame> | undefined>;
}

export type Closable<T> = T & { close(): Promise<void> };

/** Engine loaders; each answers undefined when its engine cannot start here (the pass is then 'unavailable'). */
export interface EngineLoaders {
  ocr: () => Promise<Closable<OcrEngine> | undefined>;
  faces: () => Promise<Closable<FaceEngine> | undefined>;
}

export type EngineRun = 'ran' | 'skipped' | 'unavailable';
export type JobStep = 'decode pass' | 'dense pass' | 'ocr' | 'faces';

export interface JobOptions {
  requestedS?: number;
  /** The generation's prompt: quoted text in it ("OPEN") turns on the OCR pass. */
  prompt?: string;
  /** false: no OCR even when the prompt quotes text. */
  ocr?: boolean;
  /** true: also compare faces across frames. */
  faces?: boolean;
  signal?: AbortSignal;
  /** The steady pass's progress: seconds into the clip, frames analysed. */
  onProgress?: (t: number, frames: number) => void;
  /** An engine pass's progress: frames read of frames planned. */
  onEngineFrame?: (pass: 'ocr' | 'faces', done: number, of: number) => void;
  /** Called as each step starts and again when it ends (timings, the progress bar's phase). */
  onStep?: (step: JobStep, state: 'start' | 'end') => void;
}

export interface JobOutcome {
  result: AnalysisResult;
  /** The cheap detectors' findings followed by the engines'. */
  findings: Finding[];
  ocr: EngineRun;
  faces: EngineRun;
}

/** Does this job read text? Only when the prompt quotes some and OCR was not turned off. */
export const wantsOcr = (opts: Pick<JobOptions, 'prompt' | 'ocr'>): boolean =>
  opts.ocr !== false && !!opts.prompt && requestedTexts(opts.prompt).length > 0;

async function overFrames<E, R>(
  decoder: ClipDecoder,
  times: readonly number[],
  load: () => Promise<Closable<E> | undefined>,
  read: (engine: E, frame: RgbaFrame) => Promise<R[]>,
  opts: JobOptions,
  pass: 'ocr' | 'faces',
): Promise<{ run: EngineRun; out: R[] }> {
  const frames = await decoder.framesAt(times);
  const engine = frames ? await load() : undefined;
  if (!engine || !frames) return { run: 'unavailable', out: [] };
  const out: R[] = [];
  let done = 0;
  try {
    for await (const f of frames) {
      opts.signal?.throwIfAborted();
      out.push(...(await read(engine, f)));
      opts.onEngineFrame?.(pass, ++done, times.length);
    }
  } finally {
    await engine.close().catch(() => undefined);
  }
  return { run: 'ran', out };
}

export async function runAnalysisJob(decoder: ClipDecoder, engines: EngineLoaders, opts: JobOptions = {}): Promise<JobOutcome> {
  const { info } = decoder;
  const step = async <T>(name: JobStep, work: () => Promise<T>): Promise<T> => {
    opts.onStep?.(name, 'start');
    const out = await work();
    opts.onStep?.(name, 'end');
    return out;
  };
  const plan = steadyPlan({ durationS: info.durationS, fps: info.fps });
  const common = {
    frameDurationS: info.fps > 0 ? plan.stride / info.fps : undefined,
    detectors: cheapDetectors,
    ...(opts.requestedS !== undefined ? { requestedS: opts.requestedS } : {}),
    ...(info.declaredS !== undefined ? { declaredS: info.declaredS } : {}),
    ...(opts.signal ? { signal: opts.signal } : {}),
  };
  let result = await step('decode pass', () =>
    analyse(decoder.frames(plan), { ...common, ...(opts.onProgress ? { onProgress: opts.onProgress } : {}) }),
  );
  // A second, dense pass only when the steady pass skipped frames (over 30 fps or very long clips).
  const windows = refineWindows(plan, [...changeTimes(result.findings), ...result.cuts], info);
  if (windows.length) result = await step('dense pass', () => analyse(decoder.frames(plan, windows), common));

  const findings: Finding[] = [...result.findings];
  const times = engineTimes(result.durationS);
  let ocr: EngineRun = 'skipped';
  let faces: EngineRun = 'skipped';
  if (wantsOcr(opts)) {
    const r = await step('ocr', () =>
      overFrames<OcrEngine, OcrReading>(decoder, times, engines.ocr, async (e, f) => [await e.read(f)], opts, 'ocr'),
    );
    ocr = r.run;
    if (r.run === 'ran') findings.push(...textFindings(opts.prompt!, r.out));
  }
  if (opts.faces) {
    const r = await step('faces', () =>
      overFrames<FaceEngine, FaceObservation>(decoder, times, engines.faces, (e, f) => e.faces(f), opts, 'faces'),
    );
    faces = r.run;
    if (r.run === 'ran') findings.push(...identityFindings(r.out, { cuts: result.cuts }));
  }
  return { result, findings, ocr, faces };
}
