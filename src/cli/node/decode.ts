/**
 * Node-only decode path for the CLI, tests and bench: ffprobe for the clip's facts, ffmpeg for small rgb24 frames,
 * fed to the same analysis job the browser runs (src/analysis/job.ts). Never imported by extension code (it spawns processes).
 * Needs `ffmpeg` and `ffprobe` on PATH (Debian/Ubuntu: apt-get install ffmpeg).
 */
import { spawn } from 'node:child_process';
import type { Frame } from '../../analysis/frames.ts';
import { type ClipDecoder, type JobOptions, runAnalysisJob } from '../../analysis/job.ts';
import type { AnalysisResult } from '../../analysis/run.ts';
import type { SamplingPlan, Window } from '../../analysis/sampling.ts';

export class DecodeError extends Error {
  override name = 'DecodeError';
  constructor(
    readonly kind: 'ffmpeg-missing' | 'unreadable' | 'no-video',
    message: string,
  ) {
    super(message);
  }
}

export interface ClipFacts {
  width: number;
  height: number;
  fps: number;
  codec: string;
  /** Duration the container declares (stream, else format), if any. */
  declaredS?: number;
}

const MISSING = 'ffmpeg/ffprobe not found on PATH: install ffmpeg (e.g. `sudo apt-get install ffmpeg` or `brew install ffmpeg`)';

function run(cmd: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const p = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    p.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    p.on('error', (e: NodeJS.ErrnoException) => reject(e.code === 'ENOENT' ? new DecodeError('ffmpeg-missing', MISSING) : e));
    p.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

const rate = (s: unknown): number => {
  const [n, d] = String(s ?? '')
    .split('/')
    .map(Number);
  return n && d ? n / d : 0;
};

export async function probe(file: string): Promise<ClipFacts> {
  const r = await run('ffprobe', [
    '-v',
    'error',
    '-select_streams',
    'v:0',
    '-show_entries',
    'stream=width,height,avg_frame_rate,r_frame_rate,duration,codec_name:format=duration',
    '-of',
    'json',
    file,
  ]);
  if (r.code !== 0) throw new DecodeError('unreadable', `cannot read ${file}: ${r.stderr.trim().split('\n').pop() || 'ffprobe failed'}`);
  const j = JSON.parse(r.stdout) as { streams?: Record<string, unknown>[]; format?: { duration?: string } };
  const s = j.streams?.[0];
  if (!s) throw new DecodeError('no-video', `${file} has no video stream`);
  const declared = Number(s.duration ?? j.format?.duration);
  return {
    width: Number(s.width),
    height: Number(s.height),
    fps: rate(s.avg_frame_rate) || rate(s.r_frame_rate) || 30,
    codec: String(s.codec_name ?? 'unknown'),
    ...(Number.isFinite(declared) && declared > 0 ? { declaredS: declared } : {}),
  };
}

export interface DecodeOptions {
  /** Output size ffmpeg scales to; a multiple of the 64x36 grid so toGrid's box average stays exact. */
  width?: number;
  height?: number;
  plan?: SamplingPlan;
  windows?: readonly Window[];
  fps?: number;
  /**
   * Hand over full-size I420 frames instead (no ffmpeg scaling), as VideoFrame.copyTo() does in the browser, so
   * the bench can measure the JS downsampling the extension will pay. Needs the clip's size.
   */
  native?: { width: number; height: number };
}

/** ffmpeg select expression for the plan: every stride-th frame plus everything inside the dense windows. */
export function selectExpr(plan: SamplingPlan | undefined, windows: readonly Window[] = []): string | undefined {
  const parts = [
    ...(plan && plan.stride > 1 ? [`not(mod(n\\,${plan.stride}))`] : []),
    ...windows.map((w) => `between(t\\,${w.start.toFixed(3)}\\,${w.end.toFixed(3)})`),
  ];
  return plan && plan.stride > 1 ? `select='${parts.join('+')}'` : undefined;
}

/**
 * ffmpeg decoding the first video stream of `file` through the filter `vf` to raw frames of `pixFmt` on stdout, with
 * showinfo's timestamps on stderr: the one ffmpeg command line of the CLI's decode passes and its engine frames.
 */
export function spawnRawVideo(file: string, vf: string, pixFmt: 'rgb24' | 'yuv420p' | 'rgba') {
  const args = ['-hide_banner', '-nostats', '-v', 'info', '-i', file, '-map', '0:v:0', '-vf', vf, '-vsync', 'passthrough'];
  return spawn('ffmpeg', [...args, '-f', 'rawvideo', '-pix_fmt', pixFmt, 'pipe:1'], { stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Frames as ffmpeg decodes them, with their real timestamps (read from showinfo), at most a few buffered. */
export async function* decodeFrames(file: string, opts: DecodeOptions = {}): AsyncGenerator<Frame> {
  const w = opts.native?.width ?? opts.width ?? 128;
  const h = opts.native?.height ?? opts.height ?? 72;
  const select = selectExpr(opts.plan, opts.windows);
  const vf = [...(select ? [select] : []), ...(opts.native ? [] : [`scale=${w}:${h}:flags=area`]), 'showinfo'].join(',');
  const p = spawnRawVideo(file, vf, opts.native ? 'yuv420p' : 'rgb24');
  const size = opts.native ? w * h + 2 * Math.ceil(w / 2) * Math.ceil(h / 2) : w * h * 3;
  const frames: Uint8Array[] = [];
  const times: number[] = [];
  const tail: string[] = [];
  let errLine = '';
  let done = false;
  let failure: Error | undefined;
  let exitCode = 0;
  let wake: (() => void) | undefined;
  const poke = () => {
    wake?.();
    wake = undefined;
  };

  // Assemble frames straight into their own buffers: concatenating pipe chunks would copy a 720p frame ~20 times.
  let cur = new Uint8Array(size);
  let filled = 0;
  p.stdout.on('data', (d: Buffer) => {
    let off = 0;
    while (off < d.length) {
      const n = Math.min(size - filled, d.length - off);
      cur.set(d.subarray(off, off + n), filled);
      filled += n;
      off += n;
      if (filled === size) {
        frames.push(cur);
        cur = new Uint8Array(size);
        filled = 0;
      }
    }
    // Backpressure: the runner is the bottleneck on big frames; do not let decoded frames pile up in memory.
    if (frames.length > 8) p.stdout.pause();
    poke();
  });
  p.stderr.on('data', (d: Buffer) => {
    const lines = (errLine + d.toString()).split('\n');
    errLine = lines.pop() ?? '';
    for (const line of lines) {
      const m = /showinfo.*\spts_time:\s*(-?[\d.e+-]+)/.exec(line);
      if (m) times.push(Number(m[1]));
      else if (line.trim()) tail.push(line.trim()) > 20 && tail.shift();
    }
    poke();
  });
  p.on('error', (e: NodeJS.ErrnoException) => {
    failure = e.code === 'ENOENT' ? new DecodeError('ffmpeg-missing', MISSING) : e;
    done = true;
    poke();
  });
  p.on('close', (code) => {
    exitCode = code ?? 1;
    done = true;
    poke();
  });

  let n = 0;
  let lastT = -1;
  const step = 1 / (opts.fps || 30);
  try {
    for (;;) {
      if (failure) throw failure;
      if (frames.length && (times.length || done)) {
        const data = frames.shift()!;
        if (frames.length <= 2) p.stdout.resume();
        // A frame whose showinfo line never came (very last frames on a crash): continue the timeline.
        const t = times.length ? times.shift()! : lastT + step;
        lastT = t;
        n++;
        yield { t, width: w, height: h, format: opts.native ? 'i420' : 'rgb', data };
        continue;
      }
      if (done) break;
      await new Promise<void>((r) => (wake = r));
    }
    if (exitCode !== 0 && n === 0)
      throw new DecodeError('unreadable', `cannot decode ${file}: ${tail.slice(-3).join(' | ') || `ffmpeg exit ${exitCode}`}`);
  } finally {
    if (!done) p.kill('SIGKILL');
  }
}

export type AnalyzeFileOptions = Pick<JobOptions, 'requestedS' | 'signal' | 'prompt' | 'ocr' | 'faces'>;

/** The clip as the job's decoder: ffmpeg scales each pass's frames; the engines get RGBA frames at chosen times. */
export function ffmpegDecoder(file: string, facts: ClipFacts): ClipDecoder {
  return {
    info: { durationS: facts.declaredS ?? 0, fps: facts.fps, ...(facts.declaredS !== undefined ? { declaredS: facts.declaredS } : {}) },
    frames: (plan, windows) => decodeFrames(file, { plan, ...(windows ? { windows } : {}), fps: facts.fps }),
    framesAt: async (times) => (await import('./engine-frames.ts')).rgbaFramesAt(file, times, facts),
  };
}

/** `ava analyze`: the analysis job (src/analysis/job.ts) over ffmpeg's frames, with the engines from node_modules. */
export async function analyzeFile(file: string, opts: AnalyzeFileOptions = {}): Promise<AnalysisResult & { facts: ClipFacts }> {
  const facts = await probe(file);
  const { nodeEngines } = await import('./engine-frames.ts');
  const job = await runAnalysisJob(ffmpegDecoder(file, facts), nodeEngines, opts);
  return { ...job.result, findings: job.findings, facts };
}
