/**
 * Frame pixels in the shapes the engines take. Pure, shared by Node and the browser.
 */

export interface RgbaFrame {
  t: number;
  width: number;
  height: number;
  /** width * height * 4 bytes, row-major RGBA (VideoFrame.copyTo with format 'RGBA', or ffmpeg -pix_fmt rgba). */
  rgba: Uint8Array | Uint8ClampedArray;
}

export function checkRgba(f: RgbaFrame): void {
  if (!(f.width > 0 && f.height > 0) || f.rgba.length < f.width * f.height * 4) {
    throw new RangeError(`frame at ${f.t}s: ${f.rgba.length} bytes is not ${f.width}x${f.height} RGBA`);
  }
}

/**
 * A binary PGM (P5) image of the frame's luma. Tesseract reads it directly (leptonica), works on grey anyway,
 * and a quarter of the RGBA bytes is what crosses to its worker. BT.601 weights, integer maths.
 */
export function toPgm(f: RgbaFrame): Uint8Array {
  checkRgba(f);
  const head = new TextEncoder().encode(`P5\n${f.width} ${f.height}\n255\n`);
  const n = f.width * f.height;
  const out = new Uint8Array(head.length + n);
  out.set(head);
  const px = f.rgba;
  for (let i = 0, s = 0, d = head.length; i < n; i++, s += 4, d++) out[d] = (px[s]! * 77 + px[s + 1]! * 150 + px[s + 2]! * 29) >> 8;
  return out;
}
