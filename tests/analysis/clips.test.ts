/**
 * The committed clips (scripts/make-clips.ts) through the Node decode path: ffmpeg decodes, the same runner and
 * detectors as the extension judge. Known answers from manifest.json; no finding on the clean clips.
 * Needs ffmpeg/ffprobe on PATH; skipped with a notice outside CI when they are missing.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeFile, DecodeError } from '../../src/cli/node/decode.ts';
import { main } from '../../src/cli/main.ts';
import type { Io } from '../../src/cli/types.ts';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'clips');
interface Clip {
  file: string;
  requestedS?: number;
  prompt?: string;
  expect: { mode: string; at: [number, number] }[];
  cuts?: number[];
}
const manifest = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8')) as { clips: Clip[] };
const hasFfmpeg = !spawnSync('ffprobe', ['-version']).error;
if (!hasFfmpeg && !process.env.CI) console.warn('ffmpeg/ffprobe not installed: skipping the clip tests');
const tmp = mkdtempSync(join(tmpdir(), 'ava-clips-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const TOL = 0.75;

/** Runs `ava analyze ...` through the CLI's own entry point, capturing stdout and stderr. */
async function ava(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { out: (l) => (out += `${l}\n`), err: (l) => (err += `${l}\n`), lines: async function* () {}, readFile: async () => '' };
  const code = await main(['analyze', ...args], io);
  return { code, out, err };
}

// ffmpeg and the CLI run as processes here: a harness limit above Vitest's 5 s default for a busy machine (not a speed
// check; `npm run bench` measures the analysis).
describe.skipIf(!hasFfmpeg && !process.env.CI)('committed clips via ffmpeg', { timeout: 60_000 }, () => {
  it.each(manifest.clips.map((c) => [c.file, c] as const))('%s gives its known answer', async (_name, clip) => {
    const r = await analyzeFile(join(DIR, clip.file), clip.requestedS !== undefined ? { requestedS: clip.requestedS } : {});
    expect(r.findings.map((f) => f.mode).sort()).toEqual(clip.expect.map((e) => e.mode).sort());
    for (const e of clip.expect) {
      const f = r.findings.find((x) => x.mode === e.mode)!;
      expect(Math.abs(f.at[0] - e.at[0])).toBeLessThanOrEqual(TOL);
      expect(Math.abs(f.at[1] - e.at[1])).toBeLessThanOrEqual(TOL);
      expect(f.reasons.length).toBeGreaterThan(0);
    }
    if (clip.cuts) expect(r.cuts).toEqual(clip.cuts);
    else expect(r.cuts).toEqual([]);
  });

  it('a cut-off download is a truncated_output finding, not a crash', async () => {
    const whole = readFileSync(join(DIR, 'clean.mp4'));
    const cut = join(tmp, 'cut.mp4');
    writeFileSync(cut, whole.subarray(0, Math.floor(whole.length * 0.5)));
    const r = await analyzeFile(cut);
    const f = r.findings.find((x) => x.mode === 'truncated_output');
    expect(f?.reasons[0]).toMatch(/declares 6\.00 s but decodable frames stop at/);
    expect(r.durationS).toBeLessThan(5);
  });

  it('CLI: prints one JSON object in the documented shape and exits 0', async () => {
    const { code, out } = await ava(join(DIR, 'truncated.mp4'), '--prompt', 'A 6 second shot of two squares');
    expect(code).toBe(0);
    expect(out.trim().split('\n')).toHaveLength(1);
    const j = JSON.parse(out) as Record<string, unknown>;
    expect(Object.keys(j)).toEqual(['durationS', 'framesAnalysed', 'findings', 'cuts']);
    expect(j).toMatchObject({
      durationS: 3,
      framesAnalysed: 72,
      findings: [{ mode: 'truncated_output', term: 'Truncated Output', confidence: 0.9, at: [3, 6] }],
    });
  });

  it("CLI: maps terms to the provider's own where it has one", async () => {
    const { code, out } = await ava(join(DIR, 'black.mp4'), '--provider', 'sora');
    expect(code).toBe(0);
    expect((JSON.parse(out) as { findings: { mode: string; term: string }[] }).findings[0]?.mode).toBe('blank_output');
  });

  it('CLI: an unreadable file is a clear error and exit 2', async () => {
    const bad = join(tmp, 'not-a-video.mp4');
    writeFileSync(bad, 'hello, I am text');
    const unreadable = await ava(bad);
    expect(unreadable.code).toBe(2);
    expect(unreadable.err).toMatch(/^ava analyze: cannot read .*not-a-video\.mp4/);
    const missing = await ava(join(tmp, 'missing.mp4'));
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/cannot read .*missing\.mp4: .*No such file/);
    expect((await ava()).code).toBe(2);
    expect((await ava('x.mp4', '--provider', 'nope')).code).toBe(2);
  });
});

describe('without ffmpeg', { timeout: 60_000 }, () => {
  it('says to install ffmpeg and exits 2', async () => {
    const path = process.env.PATH;
    process.env.PATH = tmp;
    try {
      const r = await ava(join(DIR, 'clean.mp4'));
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/install ffmpeg/);
      await expect(analyzeFile(join(DIR, 'clean.mp4'))).rejects.toBeInstanceOf(DecodeError);
    } finally {
      process.env.PATH = path;
    }
  });
});
