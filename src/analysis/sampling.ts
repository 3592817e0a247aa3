/**
 * Which frames to analyse. Pure: the decode paths (WebCodecs, ffmpeg) ask it, so both sample the same frames.
 * A steady stride bounds the work for long or high-frame-rate clips; a second, targeted pass then analyses every
 * frame in short windows around the changes the first pass found (cuts, jumps, flicker), so a one-frame event is
 * timed exactly even when the steady pass skipped frames.
 */

export interface ClipMeta {
  durationS: number;
  fps: number;
}

export interface SamplingOptions {
  /** Analyse up to this many frames per second in the steady pass (every frame of 24-30 fps clips by default). */
  maxFps?: number;
  /** Cap on steady-pass frames, so an hour-long upload costs minutes, not hours. */
  maxFrames?: number;
  /** Half-width (seconds) of the dense window around each change. */
  around?: number;
}

export interface SamplingPlan {
  /** Analyse frame n of the decode order when n % stride === 0 (or it falls in a dense window). */
  stride: number;
  /** Effective steady sampling rate. */
  fps: number;
  frames: number;
}

export function steadyPlan(meta: ClipMeta, opts: SamplingOptions = {}): SamplingPlan {
  const fps = meta.fps > 0 && Number.isFinite(meta.fps) ? meta.fps : 30;
  const maxFps = opts.maxFps ?? 30;
  const maxFrames = opts.maxFrames ?? 1800;
  const total = Math.max(1, Math.round(meta.durationS * fps));
  const stride = Math.max(1, Math.ceil(fps / maxFps), Math.ceil(total / maxFrames));
  return { stride, fps: fps / stride, frames: Math.ceil(total / stride) };
}

export interface Window {
  start: number;
  end: number;
}

/** Merged, clamped windows around change times; empty when the steady pass already saw every frame. */
export function refineWindows(plan: SamplingPlan, changes: readonly number[], meta: ClipMeta, opts: SamplingOptions = {}): Window[] {
  if (plan.stride === 1) return [];
  const half = opts.around ?? Math.max(0.25, (2 * plan.stride) / (meta.fps || 30));
  const sorted = changes.filter((t) => Number.isFinite(t) && t >= 0 && t <= meta.durationS).sort((a, b) => a - b);
  const out: Window[] = [];
  for (const t of sorted) {
    const w = { start: Math.max(0, t - half), end: Math.min(meta.durationS, t + half) };
    const last = out[out.length - 1];
    if (last && w.start <= last.end) last.end = Math.max(last.end, w.end);
    else out.push(w);
  }
  return out;
}

/** The per-frame decision both decode paths use: steady stride, plus everything inside a dense window. */
export function wants(plan: SamplingPlan, windows: readonly Window[], frameIndex: number, t: number): boolean {
  if (frameIndex % plan.stride === 0) return true;
  return windows.some((w) => t >= w.start && t <= w.end);
}

/** Change times worth a dense look: finding boundaries and evidence frames (cuts are added by the caller). */
export function changeTimes(findings: readonly { at: [number, number]; evidence: number[] }[]): number[] {
  return [...new Set(findings.flatMap((f) => [...f.at, ...f.evidence]))];
}
