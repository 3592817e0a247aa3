/**
 * Node-only: the frames the heavy engines read (OCR, faces) for the CLI, tests and bench. ffmpeg decodes the few
 * frames the job asks for as RGBA, at most 720p wide; the same engine modules the extension uses read them
 * (src/analysis/job.ts runs the passes). Never imported by extension code.
 */
import type { RgbaFrame } from '../../analysis/engines/pixels.ts';
import type { EngineLoaders } from '../../analysis/job.ts';
import { type ClipFacts, DecodeError, probe, spawnRawVideo } from './decode.ts';

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
export async function* rgbaFramesAt(
  file: string,
  times: readonly number[],
  facts?: ClipFacts,
  maxWidth = ENGINE_MAX_WIDTH,
): AsyncGenerator<RgbaFrame> {
  if (!times.length) return;
  const f = facts ?? (await probe(file));
  const { width, height } = engineSize(f, maxWidth);
  const pick = times.map((t) => `gte(t\\,${t.toFixed(3)})*lt(prev_pts*TB\\,${t.toFixed(3)})`).join('+');
  const vf = `select='${pick}',${width !== f.width ? `scale=${width}:${height}:flags=area,` : ''}showinfo`;
  const p = spawnRawVideo(file, vf, 'rgba');
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
    p.on('error', (e: NodeJS.ErrnoException) =>
      reject(e.code === 'ENOENT' ? new DecodeError('ffmpeg-missing', 'ffmpeg not found on PATH: install ffmpeg') : e),
    );
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

/** The engines from node_modules, loaded only when a pass needs them. */
export const nodeEngines: EngineLoaders = {
  async ocr() {
    const [{ loadOcr }, { nodeOcrAssets }] = await Promise.all([import('../../analysis/engines/ocr.ts'), import('./engine-assets.ts')]);
    return loadOcr({ assets: nodeOcrAssets() });
  },
  async faces() {
    const [{ loadFace }, { nodeFaceOptions }] = await Promise.all([import('../../analysis/engines/face.ts'), import('./engine-assets.ts')]);
    return loadFace(nodeFaceOptions());
  },
};
