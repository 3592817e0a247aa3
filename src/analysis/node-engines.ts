/**
 * Node-only: the OCR and face passes for the CLI, tests and bench. ffmpeg decodes the few frames the engine plan
 * asks for (engines/plan.ts) as RGBA, at most 720p wide, and the same engine modules the extension uses read them;
 * the same pure detectors (textFindings, identityFindings) judge. Never imported by extension code.
 */
import { spawn } from 'node:child_process';
import { identityFindings, type FaceObservation } from './detectors/identity.ts';
import { requestedTexts, textFindings, type OcrReading } from './detectors/text.ts';
import type { Finding } from './detectors/types.ts';
import type { RgbaFrame } from './engines/pixels.ts';
import { engineTimes, type EnginePlanOptions } from './engines/plan.ts';
import { DecodeError, probe, type ClipFacts } from './node-decode.ts';

/** Engine frames are downscaled to this width at most: 720p is what the engines were measured on. */
export const ENGINE_MAX_WIDTH = 1280;

export function engineSize(facts: Pick<ClipFacts, 'width' | 'height'>, maxWidth = ENGINE_MAX_WIDTH): { width: number; height: number } {
  if (facts.width <= maxWidth) return { width: facts.width, height: facts.height };
  return { width: maxWidth, height: Math.max(2, Math.round((facts.height * maxWidth) / facts.width / 2) * 2) };
}

/**
 * The first frame at or after each of `times`, as RGBA, in one ffmpeg pass (a select expression, so the clip is
 * decoded once and only the chosen frames are converted). Frames carry their real timestamps (showinfo).
 */
export async function* rgbaFramesAt(file: string, times: readonly number[], facts?: ClipFacts, maxWidth = ENGINE_MAX_WIDTH): AsyncGenerator<RgbaFrame> {
  if (!times.length) return;
  const f = facts ?? (await probe(file));
  const { width, height } = engineSize(f, maxWidth);
  const pick = times.map((t) => `gte(t\\,${t.toFixed(3)})*lt(prev_pts*TB\\,${t.toFixed(3)})`).join('+');
  const vf = `select='${pick}',${width !== f.width ? `scale=${width}:${height}:flags=area,` : ''}showinfo`;
  const p = spawn('ffmpeg', ['-hide_banner', '-nostats', '-v', 'info', '-i', file, '-map', '0:v:0', '-vf', vf, '-vsync', 'passthrough',
    '-f', 'rawvideo', '-pix_fmt', 'rgba', 'pipe:1'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const stamps: number[] = [];
  let errTail = '';
  p.stderr.on('data', (d: Buffer) => {
    const lines = (errTail + d.toString()).split('\n');
    errTail = lines.pop() ?? '';
    for (const line of lines) {
      const m = /showinfo.*\spts_time:\s*(-?[\d.e+-]+)/.exec(line);
      if (m) stamps.push(Number(m[1]));
    }
  });
  const exited = new Promise<number>((resolve, reject) => {
    p.on('error', (e: NodeJS.ErrnoException) => reject(e.code === 'ENOENT' ? new DecodeError('ffmpeg-missing', 'ffmpeg not found on PATH: install ffmpeg') : e));
    p.on('close', (code) => resolve(code ?? 1));
  });
  exited.catch(() => {});
  const size = width * height * 4;
  let cur = new Uint8Array(size);
  let filled = 0;
  let n = 0;
  try {
    // Reading the stream with for-await applies backpressure: ffmpeg waits while an engine reads a frame.
    for await (const chunk of p.stdout as AsyncIterable<Buffer>) {
      let off = 0;
      while (off < chunk.length) {
        const k = Math.min(size - filled, chunk.length - off);
        cur.set(chunk.subarray(off, off + k), filled);
        filled += k;
        off += k;
        if (filled === size) {
          // showinfo writes its line before the frame goes out; the requested time is the fallback.
          yield { t: stamps[n] ?? times[Math.min(n, times.length - 1)]!, width, height, rgba: cur };
          n++;
          cur = new Uint8Array(size);
          filled = 0;
        }
      }
    }
    const code = await exited;
    if (code !== 0 && n === 0) throw new DecodeError('unreadable', `cannot decode ${file} (ffmpeg exit ${code})`);
  } finally {
    if (p.exitCode === null) p.kill('SIGKILL');
  }
}

export interface EnginePassOptions extends EnginePlanOptions {
  facts?: ClipFacts;
  signal?: AbortSignal;
}

/** OCR pass: only when the prompt quotes text; reads the planned frames and compares with what was asked for. */
export async function ocrPass(file: string, prompt: string, durationS: number, opts: EnginePassOptions = {}): Promise<{ findings: Finding[]; readings: OcrReading[] }> {
  if (!requestedTexts(prompt).length) return { findings: [], readings: [] };
  const [{ loadOcr }, { nodeOcrAssets }] = await Promise.all([import('./engines/ocr.ts'), import('./engines/node-assets.ts')]);
  const ocr = await loadOcr({ assets: nodeOcrAssets() });
  const readings: OcrReading[] = [];
  try {
    for await (const f of rgbaFramesAt(file, engineTimes(durationS, opts), opts.facts)) {
      opts.signal?.throwIfAborted();
      readings.push(await ocr.read(f));
    }
  } finally {
    await ocr.close();
  }
  return { findings: textFindings(prompt, readings), readings };
}

/** Face pass: descriptors of every face in the planned frames, compared within each shot (cuts from the cheap pass). */
export async function facePass(file: string, durationS: number, cuts: readonly number[], opts: EnginePassOptions = {}): Promise<{ findings: Finding[]; observations: FaceObservation[] }> {
  const [{ loadFace }, { nodeFaceOptions }] = await Promise.all([import('./engines/face.ts'), import('./engines/node-assets.ts')]);
  const face = await loadFace(nodeFaceOptions());
  const observations: FaceObservation[] = [];
  try {
    for await (const f of rgbaFramesAt(file, engineTimes(durationS, opts), opts.facts)) {
      opts.signal?.throwIfAborted();
      observations.push(...(await face.faces(f)));
    }
  } finally {
    await face.close();
  }
  return { findings: identityFindings(observations, { cuts }), observations };
}
