import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const ava = (args: string[], input?: string) => {
  const r = spawnSync(process.execPath, ['bin/ava.mjs', ...args], { cwd: root, input, encoding: 'utf8', timeout: 30_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

// Each case starts Node with tsx once or twice (about 2 s each on a quiet 2-core machine); Vitest's 5 s default is
// too tight when the machine is busy. A harness limit, not a speed check: the bench measures the classifier.
describe('ava CLI (node bin/ava.mjs)', { timeout: 60_000 }, () => {
  it('classify prints exactly one JSON object with the provider terms', () => {
    const r = ava(['classify', '--provider', 'sora', 'six fingers and the sign is gibberish']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    const out = JSON.parse(r.stdout);
    expect(out.needsDetail).toBe(false);
    expect(out.findings.map((f: { term: string }) => f.term).sort()).toEqual(['Anatomical Topology Failure', 'Text Rendering Failure']);
    expect(out.findings[0].reasons.length).toBeGreaterThan(0);
    const vague = JSON.parse(ava(['classify', '--provider', 'runway', 'looked broken']).stdout);
    expect(vague).toMatchObject({ findings: [], needsDetail: true });
    expect(typeof vague.followUp).toBe('string');
  });

  it('classify --jsonl answers one line per input line, in order, with errors for bad lines', () => {
    const input = ['{"text":"the colours flicker"}', 'not json', '{"nope":1}', '{"text":"the dog turns into a cat"}'].join('\n');
    const r = ava(['classify', '--provider', 'sora', '--jsonl'], `${input}\n`);
    expect(r.code).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[0].findings[0].mode).toBe('color');
    expect(lines[1].error).toMatch(/line 2/);
    expect(lines[2].error).toMatch(/text/);
    expect(lines[3].findings[0].term).toBe('Identity Coherence Failure');
  });

  it('--help documents every registered command', () => {
    const r = ava(['--help']);
    expect(r.code).toBe(0);
    for (const name of ['classify', 'extract']) expect(r.stdout).toContain(`ava ${name} --provider`);
  });

  it('exits 2 with a clear message on an unknown provider or bad usage', () => {
    const bad = ava(['classify', '--provider', 'nope', 'hands']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown provider "nope"/);
    expect(ava(['classify', '--provider', 'sora']).code).toBe(2);
    expect(ava(['frobnicate']).code).toBe(2);
  });

  it('extract prints the generations in a saved response, and exits 2 on a malformed one', () => {
    const r = ava(['extract', '--provider', 'sora', 'tests/fixtures/cli/sora-videos.json']);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout);
    expect(rows[0]).toMatchObject({
      viaFallback: false,
      id: 'video_68d7512d07848190b3e45da0ecbebcde004da08e1e0678d5',
      status: 'blocked',
      failureKind: 'moderation',
      providerCode: 'moderation_blocked',
      message: 'Your request was blocked by our moderation system.',
      prompt: 'A barista pours latte art in a sunny cafe',
    });
    expect(rows[1]).toMatchObject({ status: 'succeeded', failureKind: null });
    const malformed = ava(['extract', '--provider', 'sora', 'tests/fixtures/cli/malformed.json']);
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toMatch(/not valid JSON/);
    const rejected = ava(['extract', '--provider', 'sora', 'tests/fixtures/cli/not-a-response.json']);
    expect(rejected.code).toBe(2);
    expect(rejected.stderr).toMatch(/Sora: expected/);
  });
});
