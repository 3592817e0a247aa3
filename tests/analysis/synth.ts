/**
 * Synthetic clips generated in code: a textured background and a moving square, with switchable failures. Fast
 * (no ffmpeg) and exact, so detector thresholds are tested against known answers.
 */
import type { Frame } from '../../src/analysis/frames.ts';

export interface SynthSpec {
  w?: number;
  h?: number;
  fps?: number;
  durationS?: number;
  /** Object centre in frame fractions at time t, or null for no object. */
  path?: (t: number) => { x: number; y: number } | null;
  /** Multiplier on every channel at time t (flicker). */
  gain?: (t: number) => number;
  /** Added to R, G, B at time t (tint drift). */
  tint?: (t: number) => [number, number, number];
  /** Frame is pure black at time t. */
  black?: (t: number) => boolean;
  /** Frames in [a, b) repeat the frame at a. */
  freeze?: [number, number];
  /** From this time on the background is a different scene. */
  cutAt?: number;
}

const clamp = (v: number) => (v < 0 ? 0 : v > 255 ? 255 : v);

export const smooth = (t: number) => ({ x: 0.2 + 0.1 * t, y: 0.5 + 0.1 * Math.sin(t) });

export function* synth(spec: SynthSpec = {}): Generator<Frame> {
  const w = spec.w ?? 160;
  const h = spec.h ?? 90;
  const fps = spec.fps ?? 24;
  const n = Math.round((spec.durationS ?? 4) * fps);
  const path = spec.path ?? smooth;
  for (let i = 0; i < n; i++) {
    const t = i / fps;
    const src = spec.freeze && t >= spec.freeze[0] && t < spec.freeze[1] ? spec.freeze[0] : t;
    const data = new Uint8Array(w * h * 3);
    if (!spec.black?.(t)) {
      const g = spec.gain?.(src) ?? 1;
      const tint = spec.tint?.(src) ?? [0, 0, 0];
      const second = spec.cutAt !== undefined && src >= spec.cutAt;
      const obj = path(src);
      const half = 0.08 * w;
      for (let y = 0; y < h; y++) {
        for (let x = 0; x < w; x++) {
          let r: number, gg: number, b: number;
          if (obj && Math.abs(x - obj.x * w) < half && Math.abs(y - obj.y * h) < half) [r, gg, b] = [230, 60, 40];
          else if (second) [r, gg, b] = [60 + 50 * Math.sin(y / 5), 150, 90 + 40 * Math.cos((x + y) / 9)];
          else [r, gg, b] = [70 + 40 * Math.sin(x / 7), 90 + 30 * Math.cos(y / 6), 160];
          const o = (y * w + x) * 3;
          data[o] = clamp(r * g + tint[0]);
          data[o + 1] = clamp(gg * g + tint[1]);
          data[o + 2] = clamp(b * g + tint[2]);
        }
      }
    }
    yield { t, width: w, height: h, format: 'rgb', data };
  }
}
