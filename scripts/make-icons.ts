/**
 * Writes AVA's toolbar icons (a rounded square with a check-arrow) as PNGs with no image library: the icons are
 * committed, this script documents how they were made and can remake them.
 */
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

export function png(size: number, pixel: (x: number, y: number) => [number, number, number, number]): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) raw.set(pixel(x, y), y * (size * 4 + 1) + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function icon(size: number): Buffer {
  const r = size * 0.22;
  return png(size, (x, y) => {
    const u = (x + 0.5) / size;
    const v = (y + 0.5) / size;
    const cx = Math.min(Math.max(x + 0.5, r), size - r);
    const cy = Math.min(Math.max(y + 0.5, r), size - r);
    const inside = Math.hypot(x + 0.5 - cx, y + 0.5 - cy) <= r;
    if (!inside) return [0, 0, 0, 0];
    // A check mark: two strokes, the short one down-right then the long one up-right.
    const d1 = Math.abs(v - 0.52 - (u - 0.25)) / Math.SQRT2;
    const d2 = Math.abs(v - 0.72 + (u - 0.45)) / Math.SQRT2;
    const stroke = 0.07;
    const onCheck = (d1 < stroke && u >= 0.22 && u <= 0.47) || (d2 < stroke && u >= 0.43 && u <= 0.8);
    return onCheck ? [255, 255, 255, 255] : [91, 61, 245, 255];
  });
}

for (const size of [16, 32, 48, 128]) writeFileSync(`public/icons/${size}.png`, icon(size));
console.log('icons written to public/icons');
