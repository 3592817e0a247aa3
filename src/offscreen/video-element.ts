/**
 * A <video> element over the fetched bytes (a blob: URL, so the canvas is never tainted). Two uses: the decode
 * fallback where WebCodecs cannot decode the codec or the container is not MP4 (WebM, ...), and grabbing a few
 * full frames at given times (OCR, faces, evidence JPEGs). Seeking is slow and only approximately frame-exact, which
 * is why it is the fallback and not the main path.
 */
import type { Frame } from '../analysis/frames.ts';

export class VideoUnplayable extends Error {
  override name = 'VideoUnplayable';
}

/** A seek that never completes means the bytes there are missing (a cut file): give up on that time. */
const SEEK_GIVE_UP_MS = 5000;

export interface OpenVideo {
  durationS: number;
  width: number;
  height: number;
  /** Draw the frame at `t` scaled to at most `maxW` wide; undefined if the seek failed (no data there). */
  grab(t: number, maxW: number): Promise<{ t: number; width: number; height: number; canvas: OffscreenCanvas } | undefined>;
  close(): void;
}

function once(v: HTMLVideoElement, ok: string, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const done = (r: boolean) => {
      clearTimeout(timer);
      v.removeEventListener(ok, yes);
      v.removeEventListener('error', no);
      resolve(r);
    };
    const yes = () => done(true);
    const no = () => done(false);
    const timer = setTimeout(() => done(false), ms);
    v.addEventListener(ok, yes);
    v.addEventListener('error', no);
  });
}

export async function openVideo(blob: Blob): Promise<OpenVideo> {
  const url = URL.createObjectURL(blob);
  const v = document.createElement('video');
  v.muted = true;
  v.preload = 'auto';
  v.src = url;
  const close = () => {
    v.removeAttribute('src');
    v.load();
    URL.revokeObjectURL(url);
  };
  if (!(await once(v, 'loadeddata', 15_000)) || !v.videoWidth) {
    close();
    throw new VideoUnplayable('this browser cannot play this video format');
  }
  // Files written by MediaRecorder (WebM) often declare no duration; seeking past the end makes the player find it.
  if (!Number.isFinite(v.duration)) {
    const known = once(v, 'durationchange', SEEK_GIVE_UP_MS);
    v.currentTime = 1e9;
    await known;
    v.currentTime = 0;
  }
  const canvases = new Map<string, OffscreenCanvas>();
  return {
    durationS: Number.isFinite(v.duration) ? v.duration : 0,
    width: v.videoWidth,
    height: v.videoHeight,
    async grab(t, maxW) {
      const scale = Math.min(1, maxW / v.videoWidth);
      const w = Math.max(2, Math.round(v.videoWidth * scale));
      const h = Math.max(2, Math.round(v.videoHeight * scale));
      const key = `${w}x${h}`;
      let c = canvases.get(key);
      if (!c) canvases.set(key, (c = new OffscreenCanvas(w, h)));
      if (Math.abs(v.currentTime - t) > 1e-4 || v.readyState < 2) {
        const seeked = once(v, 'seeked', SEEK_GIVE_UP_MS);
        v.currentTime = t;
        if (!(await seeked)) return undefined;
      }
      c.getContext('2d', { willReadFrequently: true })!.drawImage(v, 0, 0, w, h);
      return { t, width: w, height: h, canvas: c };
    },
    close,
  };
}

/** Fallback decode: seek through the clip at a modest steady rate and hand small RGBA frames to the runner. */
export async function* videoElementFrames(video: OpenVideo, opts: { fps: number; signal?: AbortSignal }): AsyncGenerator<Frame> {
  const step = 1 / opts.fps;
  for (let i = 0; i * step < video.durationS; i++) {
    opts.signal?.throwIfAborted();
    const g = await video.grab(i * step, 128);
    if (!g) break; // no data from here on: the truncated detector compares with the declared duration
    const data = g.canvas.getContext('2d', { willReadFrequently: true })!.getImageData(0, 0, g.width, g.height).data;
    yield { t: i * step, width: g.width, height: g.height, format: 'rgba', data };
  }
}
