/**
 * MP4 bytes in, encoded video chunks out: the glue between mp4box (the demuxer) and a decoder. Pure (no DOM, no
 * WebCodecs types), so it runs in Node tests on the committed clips and in the offscreen document. Bytes are pushed
 * as they arrive from the network; chunks come out in decode order with presentation timestamps in microseconds,
 * the shape `new EncodedVideoChunk()` takes.
 */
import { createFile, DataStream, Endianness, MP4BoxBuffer, type ISOFile, type Movie, type Sample } from 'mp4box';

export interface VideoTrackFacts {
  trackId: number;
  /** RFC 6381 codec string ("avc1.64000d"), what VideoDecoder.configure() wants. */
  codec: string;
  width: number;
  height: number;
  /** The codec configuration record (avcC/hvcC/vpcC/av1C body), VideoDecoderConfig.description. */
  description?: Uint8Array;
  /** Duration the header declares; decodable frames ending earlier means a cut-off file. */
  declaredS?: number;
  /** Frames per second from the header (sample count over duration); 0 when unknown. */
  fps: number;
  samples: number;
}

export interface DemuxedChunk {
  key: boolean;
  /** Presentation time, microseconds from the track's start. */
  timestampUs: number;
  durationUs: number;
  data: Uint8Array;
}

/** Box types an MP4/MOV file can start with. */
const TOP_BOXES = new Set(['ftyp', 'styp', 'moov', 'mdat', 'free', 'skip', 'wide', 'pnot', 'uuid']);

export class DemuxError extends Error {
  override name = 'DemuxError';
  constructor(
    readonly kind: 'not-mp4' | 'no-video' | 'no-header',
    message: string,
  ) {
    super(message);
  }
}

/** The configuration box of a sample entry, without its 8-byte box header, as WebCodecs expects. */
function codecDescription(file: ISOFile, trackId: number): Uint8Array | undefined {
  const trak = file.getTrackById(trackId) as unknown as { mdia?: { minf?: { stbl?: { stsd?: { entries?: unknown[] } } } } } | undefined;
  for (const entry of trak?.mdia?.minf?.stbl?.stsd?.entries ?? []) {
    const e = entry as Record<string, { write?: (s: DataStream) => void } | undefined>;
    const box = e.avcC ?? e.hvcC ?? e.vpcC ?? e.av1C;
    if (box?.write) {
      const s = new DataStream(undefined, 0, Endianness.BIG_ENDIAN);
      box.write(s);
      return new Uint8Array(s.buffer, 8);
    }
  }
  return undefined;
}

/**
 * Push bytes in file order; `onTrack` fires once when the header (moov) is read, `onChunks` as samples become
 * complete. Samples handed out are released inside mp4box, so parsed input does not pile up behind them.
 */
export class Mp4Demuxer {
  private file: ISOFile;
  private offset = 0;
  private track?: VideoTrackFacts;
  private error?: DemuxError;
  /** Chunks handed out so far (the caller can compare with `track.samples` to see a cut-off file). */
  chunks = 0;

  constructor(private readonly on: { track: (t: VideoTrackFacts) => void; chunks: (c: DemuxedChunk[]) => void }) {
    this.file = createFile();
    this.file.onError = (_module: string, message: string) => {
      this.error ??= new DemuxError('not-mp4', `not a readable MP4 file (${message})`);
    };
    this.file.onReady = (info: Movie) => this.ready(info);
    this.file.onSamples = (id: number, _user: unknown, samples: Sample[]) => this.samples(id, samples);
  }

  get facts(): VideoTrackFacts | undefined {
    return this.track;
  }

  private ready(info: Movie): void {
    const v = info.videoTracks[0];
    if (!v) {
      this.error = new DemuxError('no-video', 'the file has no video track');
      return;
    }
    const durationS =
      v.timescale > 0 && v.duration > 0
        ? v.duration / v.timescale
        : info.timescale > 0 && info.duration > 0
          ? info.duration / info.timescale
          : undefined;
    const description = codecDescription(this.file, v.id);
    this.track = {
      trackId: v.id,
      codec: v.codec,
      width: v.video?.width ?? v.track_width,
      height: v.video?.height ?? v.track_height,
      ...(description ? { description } : {}),
      ...(durationS ? { declaredS: durationS } : {}),
      fps: durationS && v.nb_samples > 0 ? v.nb_samples / durationS : 0,
      samples: v.nb_samples,
    };
    this.on.track(this.track);
    this.file.setExtractionOptions(v.id, undefined, { nbSamples: 32 });
    this.file.start();
  }

  private samples(id: number, samples: Sample[]): void {
    const out: DemuxedChunk[] = [];
    for (const s of samples) {
      if (!s.data) continue;
      out.push({
        key: s.is_sync,
        timestampUs: Math.round((s.cts * 1e6) / s.timescale),
        durationUs: Math.round((s.duration * 1e6) / s.timescale),
        data: s.data,
      });
    }
    const last = samples[samples.length - 1];
    // The chunk owns its bytes now; let mp4box drop the sample and the input buffers it no longer needs.
    if (last) this.file.releaseUsedSamples(id, last.number + 1);
    this.chunks += out.length;
    if (out.length) this.on.chunks(out);
  }

  /** Append the next bytes of the file. Throws a DemuxError once the data is known not to be a usable MP4. */
  push(bytes: Uint8Array): void {
    if (this.error) throw this.error;
    // ISO BMFF starts with a box: 4 size bytes, then a type. Anything else (WebM, an HTML error page) is another
    // format, which the caller can hand to the browser's own player instead.
    if (this.offset === 0 && bytes.length >= 8 && !TOP_BOXES.has(String.fromCharCode(...bytes.subarray(4, 8)))) {
      this.error = new DemuxError('not-mp4', 'the file is not an MP4 (ISO BMFF) file');
      throw this.error;
    }
    const copy = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes.buffer : bytes.slice().buffer;
    this.file.appendBuffer(MP4BoxBuffer.fromArrayBuffer(copy, this.offset));
    this.offset += bytes.byteLength;
    if (this.error) throw this.error;
  }

  /** No more bytes: hand out whatever complete samples remain. Throws if the header never arrived. */
  end(): void {
    if (this.error) throw this.error;
    this.file.flush();
    if (this.error) throw this.error;
    if (!this.track) {
      throw new DemuxError(
        'no-header',
        this.offset === 0 ? 'the file is empty' : `no MP4 movie header in ${this.offset} bytes: the file is cut off or not an MP4`,
      );
    }
  }
}

/** Whole-buffer convenience (tests, small files): facts and every chunk. */
export function demuxAll(bytes: Uint8Array, pieceSize = 64 * 1024): { facts: VideoTrackFacts; chunks: DemuxedChunk[] } {
  const chunks: DemuxedChunk[] = [];
  let facts: VideoTrackFacts | undefined;
  const d = new Mp4Demuxer({ track: (t) => (facts = t), chunks: (c) => chunks.push(...c) });
  for (let i = 0; i < bytes.length; i += pieceSize) d.push(bytes.subarray(i, i + pieceSize));
  d.end();
  return { facts: facts!, chunks };
}
