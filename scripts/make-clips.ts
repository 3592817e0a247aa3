/**
 * Makes the small test clips in tests/fixtures/clips/ with ffmpeg, plus manifest.json with the known answers.
 * The clips are committed (CI does not need to run this); this script documents exactly how each was made and
 * remakes them: `node --import tsx scripts/make-clips.ts` (needs ffmpeg with libx264, geq and drawtext).
 *
 * Every clip is the same synthetic scene (textured background, a red square and a yellow square moving smoothly)
 * with one failure added by a filter, 320x180, 24 fps, H.264 yuv420p, moov atom first (so a cut-off copy still
 * declares its full duration, like a partial download).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const OUT = join(import.meta.dirname, '..', 'tests', 'fixtures', 'clips');
const FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf';
const D = 6;

/** Background + moving objects. `red` is the red square's x expression (the jump clip changes it). */
function scene(label: string, opts: { red?: string; pattern?: 'a' | 'b'; d?: number } = {}): string {
  const d = opts.d ?? D;
  const bg =
    opts.pattern === 'b'
      ? `r='60+50*sin(Y/5)':g='150+20*cos(X/13)':b='90+40*cos((X+Y)/9)'`
      : `r='70+40*sin(X/11)':g='90+30*cos(Y/9)':b='150+20*sin((X+Y)/15)'`;
  const red = opts.red ?? '40+30*t';
  const yellowY = opts.pattern === 'b' ? '20+18*t' : '40+10*t';
  return [
    `color=c=black:s=320x180:r=24:d=${d},format=gbrp,geq=${bg}[bg${label}]`,
    `color=c=0xe03c28:s=40x40:r=24:d=${d}[o1${label}]`,
    `color=c=0xf0e040:s=24x24:r=24:d=${d}[o2${label}]`,
    `[bg${label}][o1${label}]overlay=x='${red}':y='70+20*sin(t)'[a${label}]`,
    `[a${label}][o2${label}]overlay=x='260-25*t':y='${yellowY}',format=yuv420p[${label}]`,
  ].join(';');
}

const sign = (word: string) =>
  `drawbox=x=110:y=120:w=100:h=44:color=0x202020:t=fill,drawtext=fontfile=${FONT}:text=${word}:fontsize=30:fontcolor=white:x=122:y=128`;

interface Expect {
  mode: string;
  /** Approximate [start, end] seconds; tests allow a tolerance. */
  at: [number, number];
}

interface Clip {
  file: string;
  what: string;
  graph: string;
  requestedS?: number;
  prompt?: string;
  expect: Expect[];
  cuts?: number[];
}

const CLIPS: Clip[] = [
  { file: 'clean.mp4', what: 'two squares moving smoothly; no failure', graph: `${scene('v')}`, expect: [] },
  {
    file: 'flicker.mp4',
    what: 'brightness oscillates at 6 Hz between 2 s and 4 s',
    graph: `${scene('s')};[s]eq=brightness='0.12*sin(2*PI*6*t)*between(t,2,4)':eval=frame[v]`,
    expect: [{ mode: 'color', at: [2, 4] }],
  },
  {
    // Not MP4, so the extension's mp4box + WebCodecs path declines it and its <video> element fallback decodes it.
    file: 'flicker.webm',
    what: 'the flicker clip as VP9 in WebM (for the browser fallback decoder)',
    graph: `${scene('s')};[s]eq=brightness='0.12*sin(2*PI*6*t)*between(t,2,4)':eval=frame[v]`,
    expect: [{ mode: 'color', at: [2, 4] }],
  },
  {
    file: 'drift.mp4',
    what: 'a warm tint grows steadily from 1 s to the end (R up, B down 8 levels per second)',
    graph: `${scene('s')};[s]format=gbrp,geq=r='clip(r(X,Y)+max(0,T-1)*8,0,255)':g='g(X,Y)':b='clip(b(X,Y)-max(0,T-1)*8,0,255)',format=yuv420p[v]`,
    expect: [{ mode: 'color', at: [1, 6] }],
  },
  {
    file: 'black.mp4',
    what: 'the picture is black from 2.0 s to 2.5 s',
    graph: `${scene('s')};[s]drawbox=x=0:y=0:w=iw:h=ih:color=black:t=fill:enable='between(t,2,2.499)'[v]`,
    expect: [{ mode: 'blank_output', at: [2, 2.5] }],
    cuts: [2, 2.5],
  },
  {
    file: 'frozen.mp4',
    what: 'frames 48-95 (2.0 s to 4.0 s) repeat frame 48',
    graph: `${scene('s')};[s]split[x][y];[x][y]freezeframes=first=48:last=95:replace=48[v]`,
    expect: [{ mode: 'blank_output', at: [2, 4] }],
  },
  {
    file: 'truncated.mp4',
    what: 'the clean scene, only 3 s long where 6 s were requested',
    graph: `${scene('v', { d: 3 })}`,
    requestedS: 6,
    prompt: 'A 6 second shot of two squares sliding across a patterned wall',
    expect: [{ mode: 'truncated_output', at: [3, 6] }],
  },
  {
    file: 'jump.mp4',
    what: 'the red square teleports 110 px to the right at 3.0 s, within the same shot',
    graph: `${scene('v', { red: '30+20*t+if(gte(t,3),110,0)' })}`,
    expect: [{ mode: 'physics', at: [2.958, 3] }],
  },
  {
    file: 'scene-cut.mp4',
    what: 'a clean clip with a real cut at 3.0 s to a different scene; must not be reported as physics',
    graph: `${scene('p', { d: 3 })};${scene('q', { d: 3, pattern: 'b', red: '200-30*t' })};[p][q]concat=n=2:v=1:a=0[v]`,
    expect: [],
    cuts: [3],
  },
  {
    file: 'text-open.mp4',
    what: 'a sign reading OPEN, as the prompt asks (for the OCR pass; no cheap finding)',
    graph: `${scene('s')};[s]${sign('OPEN')}[v]`,
    prompt: 'A shop window with a sign that says "OPEN"',
    expect: [],
  },
  {
    file: 'text-opne.mp4',
    what: 'a sign reading OPNE where the prompt asks for OPEN (for the OCR pass; no cheap finding)',
    graph: `${scene('s')};[s]${sign('OPNE')}[v]`,
    prompt: 'A shop window with a sign that says "OPEN"',
    expect: [],
  },
];

function make(c: Clip): void {
  const codec = c.file.endsWith('.webm')
    ? ['-c:v', 'libvpx-vp9', '-b:v', '0', '-crf', '40', '-deadline', 'good', '-cpu-used', '4', '-row-mt', '1']
    : ['-c:v', 'libx264', '-preset', 'slow', '-crf', '28', '-movflags', '+faststart'];
  const args = [
    '-y',
    '-v',
    'error',
    '-filter_complex',
    c.graph,
    '-map',
    '[v]',
    ...codec,
    '-pix_fmt',
    'yuv420p',
    '-g',
    '48',
    '-an',
    join(OUT, c.file),
  ];
  const r = spawnSync('ffmpeg', args, { encoding: 'utf8' });
  if (r.error) throw new Error(`ffmpeg not found (install ffmpeg): ${r.error.message}`);
  if (r.status !== 0) throw new Error(`ffmpeg failed for ${c.file}: ${r.stderr}`);
}

mkdirSync(OUT, { recursive: true });
let total = 0;
for (const c of CLIPS) {
  make(c);
  const size = statSync(join(OUT, c.file)).size;
  total += size;
  console.log(`${c.file.padEnd(16)} ${(size / 1024).toFixed(1).padStart(6)} KB  ${c.what}`);
}
const manifest = {
  note: 'Known answers for the clips made by scripts/make-clips.ts. "at" is approximate; tests allow a tolerance.',
  clips: CLIPS.map(({ graph: _g, ...rest }) => rest),
};
writeFileSync(join(OUT, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`total ${(total / 1024).toFixed(1)} KB`);
