import { describe, expect, it } from 'vitest';
import { gridFromRgb, toGrid, toPicture, type Frame } from '../../src/analysis/frames.ts';
import { rgbToLab } from '../../src/analysis/lab.ts';

/** A 128x72 test image: left half red, right half a horizontal grey ramp. */
function image(): Uint8Array {
  const w = 128;
  const h = 72;
  const rgb = new Uint8Array(w * h * 3);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      const o = (y * w + x) * 3;
      const v = x < 64 ? [200, 40, 30] : [x * 2, x * 2, x * 2];
      rgb.set(v, o);
    }
  return rgb;
}

/** RGB -> limited-range BT.601 Y'CbCr, the inverse of what toGrid applies for SD frames. */
function yuv(r: number, g: number, b: number): [number, number, number] {
  const y = 0.299 * r + 0.587 * g + 0.114 * b;
  return [16 + (219 / 255) * y, 128 + (224 / 255) * ((b - y) / 1.772), 128 + (224 / 255) * ((r - y) / 1.402)];
}

function asFormats(rgb: Uint8Array, w: number, h: number): Frame[] {
  const rgba = new Uint8Array(w * h * 4);
  const Y = new Uint8Array(w * h);
  const cw = w / 2;
  const U = new Uint8Array(cw * (h / 2));
  const V = new Uint8Array(cw * (h / 2));
  for (let i = 0; i < w * h; i++) {
    rgba.set([rgb[i * 3]!, rgb[i * 3 + 1]!, rgb[i * 3 + 2]!, 255], i * 4);
    Y[i] = Math.round(yuv(rgb[i * 3]!, rgb[i * 3 + 1]!, rgb[i * 3 + 2]!)[0]);
  }
  for (let y = 0; y < h / 2; y++)
    for (let x = 0; x < cw; x++) {
      const i = (2 * y * w + 2 * x) * 3;
      const [, u, v] = yuv(rgb[i]!, rgb[i + 1]!, rgb[i + 2]!);
      U[y * cw + x] = Math.round(u);
      V[y * cw + x] = Math.round(v);
    }
  const nv = new Uint8Array(cw * (h / 2) * 2);
  for (let i = 0; i < U.length; i++) nv.set([U[i]!, V[i]!], i * 2);
  // i420 with padded rows (stride 160) as VideoFrame.copyTo may return, to prove the layout is honoured.
  const stride = 160;
  const padded = new Uint8Array(stride * h + 2 * (stride / 2) * (h / 2));
  for (let y = 0; y < h; y++) padded.set(Y.subarray(y * w, y * w + w), y * stride);
  for (let y = 0; y < h / 2; y++) {
    padded.set(U.subarray(y * cw, y * cw + cw), stride * h + y * (stride / 2));
    padded.set(V.subarray(y * cw, y * cw + cw), stride * h + (stride / 2) * (h / 2) + y * (stride / 2));
  }
  const base = { t: 0, width: w, height: h };
  return [
    { ...base, format: 'rgb', data: rgb },
    { ...base, format: 'rgba', data: rgba },
    { ...base, format: 'nv12', data: Uint8Array.from([...Y, ...nv]), matrix: 'bt601' },
    {
      ...base,
      format: 'i420',
      data: padded,
      matrix: 'bt601',
      layout: [
        { offset: 0, stride },
        { offset: stride * h, stride: stride / 2 },
        { offset: stride * h + (stride / 2) * (h / 2), stride: stride / 2 },
      ],
    },
  ];
}

describe('Lab conversion', () => {
  it('matches reference values for white, black and sRGB red', () => {
    const white = rgbToLab(255, 255, 255);
    expect(white[0]).toBeCloseTo(100, 1);
    expect(Math.abs(white[1]!) + Math.abs(white[2]!)).toBeLessThan(0.05);
    expect(rgbToLab(0, 0, 0)[0]).toBeCloseTo(0, 3);
    const red = rgbToLab(255, 0, 0);
    expect(red[0]).toBeCloseTo(53.24, 1);
    expect(red[1]).toBeCloseTo(80.09, 0);
    expect(red[2]).toBeCloseTo(67.2, 0);
  });
});

describe('toGrid', () => {
  it('gives the same Lab grid from RGB, RGBA, NV12 and padded I420 input', () => {
    const [rgb, ...others] = asFormats(image(), 128, 72).map((f) => toGrid(f));
    for (const g of others) {
      let worst = 0;
      for (let i = 0; i < g.L.length; i++)
        worst = Math.max(worst, Math.abs(g.L[i]! - rgb!.L[i]!), Math.abs(g.A[i]! - rgb!.A[i]!), Math.abs(g.B[i]! - rgb!.B[i]!));
      // YUV rounding and 4:2:0 chroma cost about a unit of ΔE, far below any detector threshold.
      expect(worst).toBeLessThan(2.5);
    }
  });

  it('box-averages every source pixel into a 64x36 grid', () => {
    const g = toGrid(asFormats(image(), 128, 72)[0]!);
    expect([g.w, g.h, g.L.length]).toEqual([64, 36, 2304]);
    const red = rgbToLab(200, 40, 30);
    expect(g.L[0]).toBeCloseTo(red[0]!, 3);
    // Cell 32 of a row averages source columns 64 and 65: grey 129.
    expect(g.rgb[32 * 3]).toBe(129);
  });

  it('rejects a buffer too small for its declared size', () => {
    expect(() => toGrid({ t: 1, width: 100, height: 100, format: 'rgba', data: new Uint8Array(10) })).toThrow(/needs 40000 bytes/);
  });

  it('builds grids from cell colours for tests', () => {
    const g = gridFromRgb(0.5, 2, 1, [255, 255, 255, 0, 0, 0]);
    expect(g.L[0]).toBeCloseTo(100, 1);
    expect(g.L[1]).toBeCloseTo(0, 3);
  });
});

describe('large frames', () => {
  it('read sparsely still give each cell its mean (720p luma cells are 20x20 px)', () => {
    const w = 1280;
    const h = 720;
    const data = new Uint8Array(w * h * 4);
    for (let y = 0; y < h; y++)
      for (let x = 0; x < w; x++) data.set([(x * 7 + y) % 256, (y * 3) % 256, ((x ^ y) * 5) % 256, 255], (y * w + x) * 4);
    const g = toGrid({ t: 0, width: w, height: h, format: 'rgba', data });
    // Exact means of cell (5, 7) for comparison.
    let r = 0;
    let gg = 0;
    let b = 0;
    for (let y = 7 * 20; y < 8 * 20; y++)
      for (let x = 5 * 20; x < 6 * 20; x++) {
        const o = (y * w + x) * 4;
        r += data[o]!;
        gg += data[o + 1]!;
        b += data[o + 2]!;
      }
    const exact = rgbToLab(r / 400, gg / 400, b / 400);
    const c = 7 * 64 + 5;
    expect(Math.abs(g.L[c]! - exact[0]!)).toBeLessThan(3);
    expect(Math.abs(g.A[c]! - exact[1]!)).toBeLessThan(5);
  });
});

describe('toPicture (evidence images drawn from the copied bytes)', () => {
  it('gives the same picture from RGB and padded I420: red on the left, the grey ramp on the right', () => {
    const [rgb, , , i420] = asFormats(image(), 128, 72);
    for (const f of [rgb!, i420!]) {
      const p = toPicture(f, 64);
      expect([p.width, p.height, p.rgba.length]).toEqual([64, 36, 64 * 36 * 4]);
      const px = (x: number, y: number) => [...p.rgba.subarray((y * 64 + x) * 4, (y * 64 + x) * 4 + 4)];
      const [r, g, b, a] = px(3, 10);
      // YUV rounding and 4:2:0 chroma move a channel by a few levels at most.
      expect(Math.abs(r! - 200) + Math.abs(g! - 40) + Math.abs(b! - 30)).toBeLessThan(12);
      expect(a).toBe(255);
      // Output column 40 averages source columns 80 and 81: grey 161.
      const grey = px(40, 20);
      for (const c of grey.slice(0, 3)) expect(Math.abs(c! - 161)).toBeLessThan(4);
    }
  });

  it('draws 4:2:0 chroma at full picture width: every pixel has its colour, none goes green', () => {
    const i420 = asFormats(image(), 128, 72)[3]!;
    const p = toPicture(i420, 128);
    expect([p.width, p.height]).toEqual([128, 72]);
    for (const x of [0, 1, 2, 3, 30, 31, 62, 63]) {
      const o = (5 * 128 + x) * 4;
      const [r, g, b] = [p.rgba[o]!, p.rgba[o + 1]!, p.rgba[o + 2]!];
      expect(Math.abs(r - 200) + Math.abs(g - 40) + Math.abs(b - 30), `x=${x}: ${r},${g},${b}`).toBeLessThan(12);
    }
  });

  it('never upscales and keeps the aspect ratio', () => {
    const f = asFormats(image(), 128, 72)[0]!;
    expect(toPicture(f, 320)).toMatchObject({ width: 128, height: 72 });
    expect(toPicture(f, 32)).toMatchObject({ width: 32, height: 18 });
  });
});
