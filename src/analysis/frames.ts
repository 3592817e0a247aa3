/**
 * The frame model. Every decode path (WebCodecs `VideoFrame.copyTo()` in the browser, ffmpeg rawvideo in Node)
 * hands over a `Frame` in whatever pixel layout it has; `toGrid` box-averages it down to a small fixed grid in CIE
 * Lab, and every detector works on that grid only. So both paths run the same detector code on the same numbers,
 * and the per-frame cost after downsampling does not depend on the video's resolution.
 */
import { rgbToLab } from './lab.ts';

/** Pixel layouts we accept. i420/nv12 are what hardware and software decoders hand out without a conversion. */
export type PixelFormat = 'rgba' | 'rgbx' | 'rgb' | 'i420' | 'nv12';

/** Where each plane starts and its bytes per row, as `VideoFrame.copyTo()` returns them. */
export interface PlaneLayout {
  offset: number;
  stride: number;
}

export interface Frame {
  /** Presentation time in seconds from the start of the clip. */
  t: number;
  width: number;
  height: number;
  format: PixelFormat;
  data: Uint8Array | Uint8ClampedArray;
  /** Plane layout; defaults to tightly packed planes. */
  layout?: readonly PlaneLayout[];
  /** YUV matrix; defaults to BT.709 for HD (height >= 720) and BT.601 below, as encoders usually tag them. */
  matrix?: 'bt601' | 'bt709';
  /** YUV range; limited (16..235) unless told otherwise, the H.264 default. */
  fullRange?: boolean;
}

/** A frame downsampled to `w` x `h` cells: Lab per cell plus the sRGB bytes kept for evidence thumbnails. */
export interface Grid {
  t: number;
  w: number;
  h: number;
  L: Float32Array;
  A: Float32Array;
  B: Float32Array;
  rgb: Uint8Array;
}

/** 64x36 keeps 16:9 cells square and is small enough that every per-frame step is well under a millisecond. */
export const GRID_W = 64;
export const GRID_H = 36;

/** Minimum samples per cell side before large planes are read sparsely (see accumulate). */
const SAMPLES = 5;

/**
 * Each cell's source span, as [start0, end0, start1, end1, ...]: cell c covers [start, end). Downsampling gives
 * adjacent spans that cover every source index once; where there are more cells than source samples (a 4:2:0 chroma
 * plane drawn at full picture width) each cell reads the sample under its centre. Cached per size pair.
 */
const edgeCache = new Map<string, Int32Array>();
function cellEdges(size: number, cells: number): Int32Array {
  const key = `${size}/${cells}`;
  let e = edgeCache.get(key);
  if (!e) {
    e = new Int32Array(cells * 2);
    for (let c = 0; c < cells; c++) {
      // More cells than samples: each cell takes the one sample under its centre.
      const start = cells > size ? Math.floor(((c + 0.5) * size) / cells) : Math.ceil((c * size) / cells);
      e[c * 2] = start;
      e[c * 2 + 1] = cells > size ? start + 1 : Math.ceil(((c + 1) * size) / cells);
    }
    edgeCache.set(key, e);
    if (edgeCache.size > 64) edgeCache.delete(edgeCache.keys().next().value ?? key);
  }
  return e;
}

interface PlaneSpec {
  offset: number;
  stride: number;
  pw: number;
  ph: number;
  /** Bytes per sample group (4 for RGBA, 2 for NV12 chroma, 1 for a planar channel). */
  step: number;
  /** Which of the three output channels the first 1..3 bytes of each group go to. */
  into: 0 | 1 | 2;
  take: 1 | 2 | 3;
}

/**
 * Averages one plane into `out` (3 values per cell). The hot path (a 720p frame is ~1.4 MB per call): the inner
 * loop sums one cell's span of one row into locals, so there is no per-pixel lookup or array write.
 */
function accumulate(d: Uint8Array, p: PlaneSpec, gw: number, gh: number, out: Float64Array): void {
  const xs = cellEdges(p.pw, gw);
  const ys = cellEdges(p.ph, gh);
  const { take, stride, offset } = p;
  // Large frames: read every k-th row and column so each cell still averages >= SAMPLES^2 values. A cell of a
  // 720p luma plane is 20x20 px; 5x5 samples (every 4th row and column) give nearly the same mean at 1/16 of the
  // reads, and the same positions every frame, so frame-to-frame comparisons stay consistent.
  const ky = Math.max(1, Math.floor(p.ph / gh / SAMPLES));
  const kx = Math.max(1, Math.floor(p.pw / gw / SAMPLES));
  if (p.step === 1 && take === 1) return accumulateSingle(d, offset, stride, xs, ys, kx, ky, out, p.into);
  const step = p.step * kx;
  const acc = new Float64Array(gw * 3);
  for (let cy = 0; cy < gh; cy++) {
    acc.fill(0);
    const y0 = ys[cy * 2]!;
    const y1 = ys[cy * 2 + 1]!;
    for (let y = y0; y < y1; y += ky) {
      const row = offset + y * stride;
      for (let cx = 0; cx < gw; cx++) {
        const end = row + xs[cx * 2 + 1]! * p.step;
        let s0 = 0;
        let s1 = 0;
        let s2 = 0;
        if (take === 1) for (let i = row + xs[cx * 2]! * p.step; i < end; i += step) s0 += d[i]!;
        else if (take === 2)
          for (let i = row + xs[cx * 2]! * p.step; i < end; i += step) {
            s0 += d[i]!;
            s1 += d[i + 1]!;
          }
        else
          for (let i = row + xs[cx * 2]! * p.step; i < end; i += step) {
            s0 += d[i]!;
            s1 += d[i + 1]!;
            s2 += d[i + 2]!;
          }
        acc[cx * 3] = acc[cx * 3]! + s0;
        acc[cx * 3 + 1] = acc[cx * 3 + 1]! + s1;
        acc[cx * 3 + 2] = acc[cx * 3 + 2]! + s2;
      }
    }
    const rows = Math.ceil((y1 - y0) / ky);
    for (let cx = 0; cx < gw; cx++) {
      const n = rows * Math.ceil((xs[cx * 2 + 1]! - xs[cx * 2]!) / kx) || 1;
      const c = (cy * gw + cx) * 3 + p.into;
      for (let k = 0; k < take; k++) out[c + k] = acc[cx * 3 + k]! / n;
    }
  }
}

/**
 * `accumulate` for a one-channel plane (I420's Y, U and V; NV12's Y), the browser's usual case: the same samples and
 * sums (integers, so exact in any order), with one running total per cell instead of three. About 2.5x faster, which
 * matters because this runs on the thread that also feeds the decoder.
 */
function accumulateSingle(
  d: Uint8Array,
  offset: number,
  stride: number,
  xs: Int32Array,
  ys: Int32Array,
  kx: number,
  ky: number,
  out: Float64Array,
  into: number,
): void {
  const gw = xs.length / 2;
  const gh = ys.length / 2;
  const acc = new Int32Array(gw);
  for (let cy = 0; cy < gh; cy++) {
    acc.fill(0);
    const y0 = ys[cy * 2]!;
    const y1 = ys[cy * 2 + 1]!;
    for (let y = y0; y < y1; y += ky) {
      const row = offset + y * stride;
      for (let cx = 0; cx < gw; cx++) {
        const end = row + xs[cx * 2 + 1]!;
        let s = 0;
        for (let i = row + xs[cx * 2]!; i < end; i += kx) s += d[i]!;
        acc[cx] = acc[cx]! + s;
      }
    }
    const rows = Math.ceil((y1 - y0) / ky);
    for (let cx = 0; cx < gw; cx++)
      out[(cy * gw + cx) * 3 + into] = acc[cx]! / (rows * Math.ceil((xs[cx * 2 + 1]! - xs[cx * 2]!) / kx) || 1);
  }
}

function planes(f: Frame): PlaneSpec[] {
  const { width: w, height: h } = f;
  const cw = Math.ceil(w / 2);
  const ch = Math.ceil(h / 2);
  const lay = (i: number, offset: number, stride: number): PlaneLayout => f.layout?.[i] ?? { offset, stride };
  switch (f.format) {
    case 'rgba':
    case 'rgbx': {
      const l = lay(0, 0, w * 4);
      return [{ ...l, pw: w, ph: h, step: 4, into: 0, take: 3 }];
    }
    case 'rgb': {
      const l = lay(0, 0, w * 3);
      return [{ ...l, pw: w, ph: h, step: 3, into: 0, take: 3 }];
    }
    case 'i420': {
      const y = lay(0, 0, w);
      const u = lay(1, w * h, cw);
      const v = lay(2, w * h + cw * ch, cw);
      return [
        { ...y, pw: w, ph: h, step: 1, into: 0, take: 1 },
        { ...u, pw: cw, ph: ch, step: 1, into: 1, take: 1 },
        { ...v, pw: cw, ph: ch, step: 1, into: 2, take: 1 },
      ];
    }
    case 'nv12': {
      const y = lay(0, 0, w);
      const uv = lay(1, w * h, cw * 2);
      return [
        { ...y, pw: w, ph: h, step: 1, into: 0, take: 1 },
        { ...uv, pw: cw, ph: ch, step: 2, into: 1, take: 2 },
      ];
    }
  }
}

/** Y'CbCr cell averages -> R'G'B'. Averaging before converting is exact because the conversion is linear. */
function yuvToRgb(cells: Float64Array, f: Frame): void {
  const hd = (f.matrix ?? (f.height >= 720 ? 'bt709' : 'bt601')) === 'bt709';
  const [cr, cgb, cgr, cb] = hd ? [1.5748, 0.1873, 0.4681, 1.8556] : [1.402, 0.344136, 0.714136, 1.772];
  const ys = f.fullRange ? 1 : 255 / 219;
  const cs = f.fullRange ? 1 : 255 / 224;
  const y0 = f.fullRange ? 0 : 16;
  for (let i = 0; i < cells.length; i += 3) {
    const y = (cells[i]! - y0) * ys;
    const u = (cells[i + 1]! - 128) * cs;
    const v = (cells[i + 2]! - 128) * cs;
    cells[i] = y + cr * v;
    cells[i + 1] = y - cgb * u - cgr * v;
    cells[i + 2] = y + cb * u;
  }
}

/** Downsample any accepted frame to a `gw` x `gh` Lab grid (box average; sparse rows/columns on large frames). */
export function toGrid(f: Frame, gw = GRID_W, gh = GRID_H): Grid {
  return gridFromRgb(f.t, gw, gh, cellRgb(f, gw, gh));
}

/**
 * Any accepted frame box-averaged to `gw` x `gh` cells of R'G'B' (0..255, three per cell). toGrid's first half; also
 * how the browser draws a small evidence picture from the bytes it already copied, at a fraction of the cost of
 * drawing the VideoFrame on a canvas (a GPU round trip, slow where there is no GPU).
 */
export function cellRgb(f: Frame, gw: number, gh: number): Float64Array {
  if (f.width < 1 || f.height < 1) throw new RangeError(`frame at ${f.t}s has no pixels (${f.width}x${f.height})`);
  const cells = new Float64Array(gw * gh * 3);
  // One concrete array type keeps the hot loop monomorphic (Uint8ClampedArray comes from canvas ImageData).
  const bytes = f.data instanceof Uint8Array ? f.data : new Uint8Array(f.data.buffer, f.data.byteOffset, f.data.length);
  for (const p of planes(f)) {
    const need = p.offset + (p.ph - 1) * p.stride + p.pw * p.step;
    if (f.data.length < need)
      throw new RangeError(`frame at ${f.t}s: ${f.format} ${f.width}x${f.height} needs ${need} bytes, got ${f.data.length}`);
    accumulate(bytes, p, gw, gh, cells);
  }
  if (f.format === 'i420' || f.format === 'nv12') yuvToRgb(cells, f);
  return cells;
}

/** A frame as an RGBA picture at most `maxW` wide (never upscaled), aspect kept, for evidence images. */
export function toPicture(f: Frame, maxW: number): { width: number; height: number; rgba: Uint8ClampedArray<ArrayBuffer> } {
  const width = Math.max(1, Math.min(f.width, Math.round(maxW)));
  const height = Math.max(1, Math.round((f.height * width) / f.width));
  const cells = cellRgb(f, width, height);
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let i = 0, j = 0; i < cells.length; i += 3, j += 4) {
    rgba[j] = cells[i]!; // Uint8ClampedArray rounds and clamps
    rgba[j + 1] = cells[i + 1]!;
    rgba[j + 2] = cells[i + 2]!;
    rgba[j + 3] = 255;
  }
  return { width, height, rgba };
}

/** Cell RGB averages (0..255, 3 per cell) -> Grid. Exported so tests can build grids cell by cell. */
export function gridFromRgb(t: number, w: number, h: number, cells: ArrayLike<number>): Grid {
  const n = w * h;
  const g: Grid = { t, w, h, L: new Float32Array(n), A: new Float32Array(n), B: new Float32Array(n), rgb: new Uint8Array(n * 3) };
  const lab = [0, 0, 0];
  for (let c = 0; c < n; c++) {
    const r = cells[c * 3]!;
    const gr = cells[c * 3 + 1]!;
    const b = cells[c * 3 + 2]!;
    rgbToLab(r, gr, b, lab);
    g.L[c] = lab[0]!;
    g.A[c] = lab[1]!;
    g.B[c] = lab[2]!;
    g.rgb[c * 3] = Math.max(0, Math.min(255, Math.round(r)));
    g.rgb[c * 3 + 1] = Math.max(0, Math.min(255, Math.round(gr)));
    g.rgb[c * 3 + 2] = Math.max(0, Math.min(255, Math.round(b)));
  }
  return g;
}
