/** Small helpers the bench sections share. ffmpeg is used only to make clips and to time its bare decode. */
import { spawn } from 'node:child_process';

export function ffmpeg(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const p = spawn('ffmpeg', ['-hide_banner', '-v', 'error', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    p.stderr.on('data', (d: Buffer) => (err += d.toString()));
    p.on('error', reject);
    p.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`ffmpeg ${args.join(' ')}: ${err}`))));
  });
}

/**
 * The bench's 10 s 720p H.264 clip. testsrc2 has motion, gradients and text: a fair stand-in for decode cost. Encoded
 * once per run, not timed. `faststart` puts the index first, as a web server would serve it to the extension.
 */
export function encodeTestClip(path: string, opts: { faststart?: boolean } = {}): Promise<void> {
  const base = ['-f', 'lavfi', '-i', 'testsrc2=s=1280x720:r=30:d=10', '-c:v', 'libx264', '-preset', 'veryfast', '-crf', '23'];
  return ffmpeg([...base, '-pix_fmt', 'yuv420p', ...(opts.faststart ? ['-movflags', '+faststart'] : []), '-y', path]);
}
