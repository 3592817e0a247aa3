/**
 * The pure decisions of the browser analysis path, kept apart from WebCodecs and the DOM so Node tests cover them:
 * how a decoded VideoFrame's pixel layout maps onto the runner's Frame, how much of the job is done, when a
 * progress report is worth sending, and what to tell the person when the video cannot be fetched.
 */
import type { PixelFormat } from './frames.ts';
import { type Wording, wording } from '../shared/i18n.ts';

/** VideoFrame.format values whose planes toGrid reads directly (no conversion, no canvas). */
export function gridFormat(videoFormat: string | null | undefined): PixelFormat | undefined {
  switch (videoFormat) {
    case 'I420':
    case 'I420A': // the alpha plane comes fourth and is ignored
      return 'i420';
    case 'NV12':
      return 'nv12';
    case 'RGBA':
      return 'rgba';
    case 'RGBX':
      return 'rgbx';
    default:
      // BGRA/BGRX, 4:2:2/4:4:4 and high bit depth: the caller draws the frame onto a small canvas instead.
      return undefined;
  }
}

/** VideoColorSpace -> the YUV matrix and range toGrid uses; unknown tags keep toGrid's own default. */
export function colourOf(cs: { matrix?: string | null; fullRange?: boolean | null } | undefined): {
  matrix?: 'bt601' | 'bt709';
  fullRange?: boolean;
} {
  const m = cs?.matrix;
  const matrix = m === 'bt709' ? 'bt709' : m === 'smpte170m' || m === 'bt470bg' ? 'bt601' : undefined;
  return { ...(matrix ? { matrix } : {}), ...(typeof cs?.fullRange === 'boolean' ? { fullRange: cs.fullRange } : {}) };
}

/**
 * Which of `times` (seconds, as findings give them: rounded to the millisecond) a frame shows when it is on screen
 * from `frameT` for `durS`. Half a millisecond of slack either side so a rounded time lands on its own frame and
 * not the one before; without a duration the frame shows only the times that round to it.
 */
export function shownAt(times: readonly number[], frameT: number, durS: number): number[] {
  const from = frameT - 0.0005;
  const to = frameT + Math.max(durS, 0.001) - 0.0005;
  return times.filter((t) => t >= from && t < to);
}

export type Phase = 'queued' | 'fetch' | 'decode' | 'ocr' | 'faces' | 'evidence';

/**
 * Share of the whole job at a point in a phase. Decoding dominates; the heavy passes, when they run, get their own
 * slices so the bar keeps moving while OCR reads frames.
 */
export function jobFraction(phase: Phase, within: number, heavy: { ocr: boolean; faces: boolean }): number {
  const slices: [Phase, number][] = [
    ['fetch', 0.03],
    ['decode', 0.82],
    ['ocr', heavy.ocr ? 0.08 : 0],
    ['faces', heavy.faces ? 0.05 : 0],
    ['evidence', 0.05],
  ];
  const total = slices.reduce((s, [, w]) => s + w, 0);
  let before = 0;
  for (const [p, w] of slices) {
    if (p === phase) return Math.min(1, (before + w * Math.max(0, Math.min(1, within))) / total);
    before += w;
  }
  return 0;
}

/** Report progress when the phase changes or the bar moved by a visible step: a handful of messages per job. */
export function progressStepper(step = 0.02): (phase: Phase, fraction: number) => boolean {
  let lastPhase: Phase | undefined;
  let last = -1;
  return (phase, fraction) => {
    if (phase !== lastPhase || fraction - last >= step || (fraction >= 1 && last < 1)) {
      lastPhase = phase;
      last = fraction;
      return true;
    }
    return false;
  };
}

/** Why the video could not be fetched, for the person, with what to do instead (worded by the worker). */
export function fetchFailure(failure: { status: number } | { network: true } | { empty: true }, host: string): Wording {
  if ('empty' in failure) return wording('err_fetch_empty', host);
  if ('network' in failure) return wording('err_fetch_network', host);
  const s = failure.status;
  if (s === 401 || s === 403) return wording('err_fetch_refused', host, s);
  if (s === 404 || s === 410) return wording('err_fetch_gone', host, s);
  return wording('err_fetch_status', host, s);
}
