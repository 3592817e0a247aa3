/**
 * Memory of the analysis runner as clips get longer: the same synthetic clip at 10 s and at 40 s, full-size I420
 * frames through analyse() (the path the browser takes after WebCodecs), with the JS heap sampled while it runs.
 * The runner keeps a ring of grids and a few thumbnails, so the peak should not grow with the clip.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeFrames, probe } from '../src/cli/node/decode.ts';
import { analyse } from '../src/analysis/run.ts';
import { ffmpeg } from './bench-util.ts';

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** JS heap plus the ArrayBuffers outside it: the decoded frames live there (about 1.4 MB each at 720p). */
const used = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

async function peakHeapOf(clip: string): Promise<{ peak: number; frames: number }> {
  const facts = await probe(clip);
  // npm run bench passes --expose-gc, so both clips start from a collected heap.
  (globalThis as { gc?: () => void }).gc?.();
  const base = used();
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, used() - base)), 10);
  try {
    const r = await analyse(decodeFrames(clip, { native: { width: facts.width, height: facts.height }, fps: facts.fps }), {
      frameDurationS: 1 / facts.fps,
    });
    peak = Math.max(peak, used() - base);
    return { peak, frames: r.framesAnalysed };
  } finally {
    clearInterval(timer);
  }
}

export async function analysisMemory(): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'ava-bench-mem-'));
  try {
    const clips: Record<number, string> = {};
    for (const s of [10, 40]) {
      clips[s] = join(dir, `mem-${s}s.mp4`);
      await ffmpeg([
        '-f',
        'lavfi',
        '-i',
        `testsrc2=s=1280x720:r=24:d=${s}`,
        '-c:v',
        'libx264',
        '-preset',
        'ultrafast',
        '-pix_fmt',
        'yuv420p',
        '-y',
        clips[s]!,
      ]);
    }
    const short = await peakHeapOf(clips[10]!);
    const long = await peakHeapOf(clips[40]!);
    return [
      'analysis memory: growth of the JS heap plus ArrayBuffers while analysing full-size 720p I420 frames (Node, sampled every 10 ms)',
      `  10 s clip (${short.frames} frames): peak ${mb(short.peak)}`,
      `  40 s clip (${long.frames} frames): peak ${mb(long.peak)} = ${(long.peak / short.peak).toFixed(2)}x the 10 s clip, ${long.peak >= short.peak ? '+' : '-'}${mb(Math.abs(long.peak - short.peak))} (flat is about 1x; one 720p frame is 1.3 MB)`,
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
