import { clock } from './names.ts';

/**
 * Images for the evidence bundle, in an extension page (OffscreenCanvas and createImageBitmap; not in the service
 * worker's reach for blob URLs, not in Node). Frames are kept as small JPEGs; the bundle promises PNG, so they are
 * re-encoded here, and the contact sheet is drawn straight onto a canvas: no DOM to lay out, no page styles, the same
 * pixels every time (html2canvas was not needed for a grid of images and two lines of text each).
 */

export function dataUrlBytes(dataUrl: string): { mime: string; bytes: Uint8Array } {
  const m = /^data:([a-z]+\/[a-z0-9.+-]+)?(;base64)?,(.*)$/is.exec(dataUrl);
  if (!m) throw new Error('not a data: URL');
  const mime = m[1] ?? 'text/plain';
  if (!m[2]) return { mime, bytes: new TextEncoder().encode(decodeURIComponent(m[3]!)) };
  const bin = atob(m[3]!);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return { mime, bytes };
}

async function bitmapOf(dataUrl: string): Promise<ImageBitmap> {
  const { mime, bytes } = dataUrlBytes(dataUrl);
  return createImageBitmap(new Blob([bytes as BlobPart], { type: mime }));
}

async function pngOf(canvas: OffscreenCanvas): Promise<Uint8Array> {
  return new Uint8Array(await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer());
}

/** A stored image as PNG bytes: PNGs as they are, anything else decoded and re-encoded. */
export async function toPng(dataUrl: string): Promise<Uint8Array> {
  const { mime, bytes } = dataUrlBytes(dataUrl);
  if (mime === 'image/png') return bytes;
  const bmp = await bitmapOf(dataUrl);
  try {
    const c = new OffscreenCanvas(bmp.width, bmp.height);
    c.getContext('2d')!.drawImage(bmp, 0, 0);
    return await pngOf(c);
  } finally {
    bmp.close();
  }
}

export interface SheetFrame {
  dataUrl: string;
  t: number;
  /** What was found at this moment (technical terms); empty = nothing specific. */
  found: readonly string[];
}

const CELL_W = 320;
const IMG_H = 180;
const LABEL_H = 44;
const GAP = 12;
const HEAD_H = 52;

function ellipsis(ctx: OffscreenCanvasRenderingContext2D, text: string, max: number): string {
  if (ctx.measureText(text).width <= max) return text;
  let s = text;
  while (s.length > 1 && ctx.measureText(`${s}…`).width > max) s = s.slice(0, -1);
  return `${s}…`;
}

/** Frames in a grid (up to 4 across), each with its time and what was found then, under a title line. */
export async function contactSheet(frames: readonly SheetFrame[], title: string, subtitle: string): Promise<Uint8Array> {
  const cols = Math.min(4, Math.max(1, frames.length));
  const rows = Math.ceil(frames.length / cols);
  const width = GAP + cols * (CELL_W + GAP);
  const height = HEAD_H + rows * (IMG_H + LABEL_H + GAP) + GAP;
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#111827';
  ctx.textBaseline = 'top';
  ctx.font = 'bold 16px sans-serif';
  ctx.fillText(ellipsis(ctx, title, width - 2 * GAP), GAP, 10);
  ctx.font = '13px sans-serif';
  ctx.fillStyle = '#4b5563';
  ctx.fillText(ellipsis(ctx, subtitle, width - 2 * GAP), GAP, 31);
  for (const [i, f] of frames.entries()) {
    const x = GAP + (i % cols) * (CELL_W + GAP);
    const y = HEAD_H + Math.floor(i / cols) * (IMG_H + LABEL_H + GAP);
    ctx.fillStyle = '#111827';
    ctx.fillRect(x, y, CELL_W, IMG_H);
    const bmp = await bitmapOf(f.dataUrl);
    try {
      // Fit inside the cell, keeping the frame's aspect ratio.
      const s = Math.min(CELL_W / bmp.width, IMG_H / bmp.height);
      const w = Math.round(bmp.width * s);
      const h = Math.round(bmp.height * s);
      ctx.drawImage(bmp, x + (CELL_W - w) / 2, y + (IMG_H - h) / 2, w, h);
    } finally {
      bmp.close();
    }
    ctx.fillStyle = '#111827';
    ctx.font = 'bold 14px sans-serif';
    ctx.fillText(clock(f.t), x, y + IMG_H + 6);
    ctx.font = '12px sans-serif';
    ctx.fillStyle = f.found.length ? '#b42318' : '#4b5563';
    ctx.fillText(ellipsis(ctx, f.found.join('; ') || '—', CELL_W), x, y + IMG_H + 25);
  }
  return pngOf(canvas);
}
