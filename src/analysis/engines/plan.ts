/**
 * Which frames the heavy engines (OCR, faces) look at. They cost 0.1-0.3 s a frame where the cheap detectors cost
 * microseconds, so they get a few evenly spread frames, not the steady sampling plan. Pure: the browser and the
 * CLI ask it for the same times.
 */

export interface EnginePlanOptions {
  /** Seconds between looked-at frames. */
  everyS?: number;
  /** At most this many frames, spread over the whole clip. */
  max?: number;
}

/** Frame times (seconds) for an OCR or face pass over a clip of `durationS`. */
export function engineTimes(durationS: number, opts: EnginePlanOptions = {}): number[] {
  if (!(durationS > 0) || !Number.isFinite(durationS)) return [];
  const every = opts.everyS ?? 0.5;
  const max = Math.max(1, opts.max ?? 16);
  const n = Math.max(1, Math.min(max, Math.floor(durationS / every)));
  const step = durationS / n;
  // The middle of each slice: never the first frame (often a fade-in) nor past the last decodable one.
  return Array.from({ length: n }, (_, i) => Math.round((i + 0.5) * step * 1000) / 1000);
}
