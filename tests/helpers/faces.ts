/**
 * Frames with real faces for the face-engine tests (Vitest and e2e). AVA commits no face images (none with a clear
 * licence was on this machine); this reads demo/sample1.jpg of the pinned @vladmandic/face-api npm package in
 * node_modules, a 1920x1280 photo of three people that the package ships for its own demos, in place: it is neither
 * copied nor committed. ffmpeg crops each face, rescales it and places it on a 640x360 frame, as a face moves in a
 * video. Needs ffmpeg on PATH.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { RgbaFrame } from '../../src/analysis/engines/pixels.ts';

export const FACE_PHOTO = join(dirname(createRequire(import.meta.url).resolve('@vladmandic/face-api/package.json')), 'demo', 'sample1.jpg');
const PHOTO_W = 1920;
const PHOTO_H = 1280;

export type Box = { x: number; y: number; w: number; h: number };

export function decodeRgba(file: string, vf: string, width: number, height: number, t = 0): RgbaFrame {
  const r = spawnSync('ffmpeg', ['-v', 'error', '-i', file, '-vf', vf, '-f', 'rawvideo', '-pix_fmt', 'rgba', 'pipe:1'], {
    maxBuffer: 1 << 28,
  });
  if (r.status !== 0) throw new Error(`ffmpeg: ${r.stderr.toString()}`);
  return { t, width, height, rgba: new Uint8Array(r.stdout) };
}

/** The whole photo at 1280x854. */
export const photoFrame = () => decodeRgba(FACE_PHOTO, 'scale=1280:854', 1280, 854);

export interface Placement {
  t: number;
  /** Crop side as a multiple of the face box. */
  margin: number;
  /** Crop centre offset, in face-box widths/heights. */
  dx?: number;
  dy?: number;
  /** Side of the face square in the frame, px, and where it goes. */
  size: number;
  px: number;
  py: number;
}

/** One 640x360 frame showing the face in `box` (fractions of the photo, as the engine reports boxes). */
export function faceFrame(box: Box, o: Placement): RgbaFrame {
  const side = Math.round(Math.max(box.w * PHOTO_W, box.h * PHOTO_H) * o.margin);
  const cx = (box.x + box.w / 2 + (o.dx ?? 0) * box.w) * PHOTO_W;
  const cy = (box.y + box.h / 2 + (o.dy ?? 0) * box.h) * PHOTO_H;
  const x = Math.max(0, Math.min(PHOTO_W - side, Math.round(cx - side / 2)));
  const y = Math.max(0, Math.min(PHOTO_H - side, Math.round(cy - side / 2)));
  return decodeRgba(
    FACE_PHOTO,
    `crop=${side}:${side}:${x}:${y},scale=${o.size}:${o.size},pad=640:360:${o.px}:${o.py}:color=0x808080`,
    640,
    360,
    o.t,
  );
}
