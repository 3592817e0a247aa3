/**
 * WebCodecs decode: MP4 bytes (as they arrive) -> demux (mp4box, src/analysis/mp4-demux.ts) -> VideoDecoder ->
 * VideoFrame.copyTo() in the decoder's own layout (I420/NV12) -> Frame for the runner. Memory stays flat: input is
 * pulled only while the decoder's queue is short, at most a few decoded frames exist at once, each is closed as
 * soon as it is copied (or skipped), and one copy buffer is reused (the runner downsamples a frame before it asks
 * for the next one).
 */
import { colourOf, gridFormat, shownAt } from '../analysis/browser-glue.ts';
import { type Frame, toPicture } from '../analysis/frames.ts';
import { type DemuxedChunk, Mp4Demuxer, type VideoTrackFacts } from '../analysis/mp4-demux.ts';
import { type SamplingPlan, type Window, wants } from '../analysis/sampling.ts';
import type { JobTimings } from './timings.ts';

export class CodecUnsupported extends Error {
  override name = 'CodecUnsupported';
}

/** An MP4 whose header has been read: its facts, and the rest of the stream ready to decode. */
export interface OpenedMp4 {
  facts: VideoTrackFacts;
  config: VideoDecoderConfig;
  /** Chunks demuxed so far; `pull()` adds more, false at the end of the bytes. */
  pending: DemuxedChunk[];
  pull: () => Promise<boolean>;
  ended: () => boolean;
}

/** Read until the movie header; throws DemuxError (not MP4, no header) or CodecUnsupported. */
export async function openMp4(bytes: AsyncIterable<Uint8Array>, timings?: JobTimings): Promise<OpenedMp4> {
  const pending: DemuxedChunk[] = [];
  let facts: VideoTrackFacts | undefined;
  const demux = new Mp4Demuxer({ track: (t) => (facts = t), chunks: (c) => pending.push(...c) });
  const it = bytes[Symbol.asyncIterator]();
  let done = false;
  const pull = async () => {
    if (done) return false;
    let t = performance.now();
    const r = await it.next();
    timings?.add('bytes wait', performance.now() - t);
    t = performance.now();
    if (r.done) {
      done = true;
      demux.end();
      timings?.add('demux', performance.now() - t);
      return false;
    }
    demux.push(r.value);
    timings?.add('demux', performance.now() - t);
    return true;
  };
  while (!facts && (await pull()));
  if (!facts) demux.end(); // throws the reason (empty, cut before the header, not an MP4)
  const f = facts!;
  if (typeof VideoDecoder !== 'function') throw new CodecUnsupported('this browser has no WebCodecs VideoDecoder');
  const config: VideoDecoderConfig = {
    codec: f.codec,
    codedWidth: f.width,
    codedHeight: f.height,
    ...(f.description ? { description: f.description } : {}),
  };
  const support = await VideoDecoder.isConfigSupported(config).catch(() => ({ supported: false }));
  if (!support.supported) throw new CodecUnsupported(`WebCodecs cannot decode ${f.codec} here`);
  return { facts: f, config, pending, pull, ended: () => done };
}

/** Pictures to keep while decoding: the frame shown at each time, drawn `width` wide (never upscaled). */
export interface KeepPictures {
  times: readonly number[];
  width: number;
  /** Filled by time as the frames go by; times past the last decodable frame stay missing. */
  into: Map<number, OffscreenCanvas>;
}

export interface DecodeOptions {
  /** Frames to hand to the runner; without a plan none are (a pass that only keeps pictures, ending after the last). */
  plan?: SamplingPlan;
  windows?: readonly Window[];
  signal?: AbortSignal;
  /** Frames that are not in the plan still count (they were decoded); for the progress bar. */
  onDecoded?: (t: number) => void;
  /**
   * Evidence pictures taken from the decode itself: a <video> seek to each of them costs a decode from the
   * previous keyframe (often seconds into the clip), which made evidence cost more than the whole analysis.
   */
  keep?: KeepPictures;
  /** Frame duration when the stream does not give one. */
  frameDurationS?: number;
  timings?: JobTimings;
}

function picture(f: VideoFrame, maxW: number): OffscreenCanvas {
  // The same size <video> grabs use (video-element.ts), so both kinds of evidence look alike.
  const scale = Math.min(1, maxW / f.displayWidth);
  const c = new OffscreenCanvas(Math.max(2, Math.round(f.displayWidth * scale)), Math.max(2, Math.round(f.displayHeight * scale)));
  c.getContext('2d')!.drawImage(f, 0, 0, c.width, c.height);
  return c;
}

/** The same picture from the bytes already copied for the runner: no GPU round trip (see toPicture). */
function pictureOf(frame: Frame, maxW: number): OffscreenCanvas {
  const p = toPicture(frame, maxW);
  const c = new OffscreenCanvas(p.width, p.height);
  c.getContext('2d')!.putImageData(new ImageData(p.rgba, p.width, p.height), 0, 0);
  return c;
}

/** Frames wanted by the plan, in presentation order, with times from the first frame shown. */
export async function* decodeMp4(src: OpenedMp4, opts: DecodeOptions): AsyncGenerator<Frame> {
  const ready: VideoFrame[] = [];
  let failed: DOMException | undefined;
  let wake: (() => void) | undefined;
  const poke = () => {
    wake?.();
    wake = undefined;
  };
  const decoder = new VideoDecoder({
    output: (f) => {
      ready.push(f);
      poke();
    },
    error: (e) => {
      failed = e;
      poke();
    },
  });
  decoder.addEventListener('dequeue', poke);
  decoder.configure(src.config);
  let buf = new Uint8Array(0);
  let index = 0;
  let t0: number | undefined;
  let flushed = false;
  let small: OffscreenCanvas | undefined;
  try {
    for (;;) {
      opts.signal?.throwIfAborted();
      // A decode error mid-stream (corrupt or cut data) ends the decodable part: what came before is analysed,
      // and the truncated detector compares it with the declared duration.
      if (failed) break;
      while (ready.length < 3 && decoder.decodeQueueSize < 6 && (src.pending.length || !src.ended())) {
        if (!src.pending.length) {
          await src.pull();
          continue;
        }
        const c = src.pending.shift()!;
        decoder.decode(
          new EncodedVideoChunk({ type: c.key ? 'key' : 'delta', timestamp: c.timestampUs, duration: c.durationUs, data: c.data }),
        );
      }
      const f = ready.shift();
      if (f) {
        try {
          t0 ??= f.timestamp;
          const t = (f.timestamp - t0) / 1e6;
          opts.onDecoded?.(t);
          const keep = opts.keep;
          const durS = f.duration ? f.duration / 1e6 : (opts.frameDurationS ?? 0);
          const keepAt = keep ? shownAt(keep.times, t, durS).filter((at) => !keep.into.has(at)) : [];
          const planned = !!opts.plan && wants(opts.plan, opts.windows ?? [], index++, t);
          const format = gridFormat(f.format);
          if ((planned || keepAt.length) && format) {
            // One copy serves both: the runner's frame and the evidence pictures drawn from it.
            const rect = f.visibleRect ?? { x: 0, y: 0, width: f.displayWidth, height: f.displayHeight };
            const size = f.allocationSize({ rect });
            if (buf.length < size) buf = new Uint8Array(size);
            const c0 = performance.now();
            const layout = await f.copyTo(buf, { rect });
            opts.timings?.add('copyTo', performance.now() - c0);
            const frame: Frame = {
              t,
              width: rect.width,
              height: rect.height,
              format,
              data: buf.subarray(0, size),
              layout,
              ...colourOf(f.colorSpace),
            };
            if (keep && keepAt.length) {
              const k0 = performance.now();
              const pic = pictureOf(frame, keep.width);
              for (const at of keepAt) keep.into.set(at, pic);
              opts.timings?.add('evidence pictures', performance.now() - k0);
            }
            if (planned) yield frame;
          } else if (planned || keepAt.length) {
            // Layouts toGrid does not read: let the canvas draw (and scale) the frame instead.
            if (keep) for (const at of keepAt) keep.into.set(at, picture(f, keep.width));
            if (planned) {
              small ??= new OffscreenCanvas(128, 72);
              const ctx = small.getContext('2d', { willReadFrequently: true })!;
              ctx.drawImage(f, 0, 0, 128, 72);
              yield { t, width: 128, height: 72, format: 'rgba', data: ctx.getImageData(0, 0, 128, 72).data };
            }
          }
          // A pass that only keeps pictures ends once the last one is behind it.
          if (keep && !opts.plan && keep.times.every((at) => keep.into.has(at) || at < t)) break;
        } finally {
          f.close();
        }
        continue;
      }
      if (src.ended() && !src.pending.length) {
        if (!flushed) {
          flushed = true;
          await decoder.flush().catch(() => undefined);
          continue;
        }
        break;
      }
      const w0 = performance.now();
      await new Promise<void>((r) => (wake = r));
      opts.timings?.add('decoder wait', performance.now() - w0);
    }
  } finally {
    for (const f of ready.splice(0)) f.close();
    if (decoder.state !== 'closed') decoder.close();
  }
}
