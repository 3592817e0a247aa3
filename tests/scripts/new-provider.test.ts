import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { registerIn, scaffold } from '../../scripts/new-provider.ts';

const root = mkdtempSync(path.join(tmpdir(), 'ava-scaffold-'));
cpSync('src', path.join(root, 'src'), { recursive: true });
cpSync('demo/sites.ts', path.join(root, 'demo/sites.ts'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('npm run new:provider', () => {
  it('writes every piece of a provider once, and registers it', async () => {
    const wrote = scaffold(root, 'vidu-test', 'www.vidu-test.example');
    expect(wrote.map((f) => path.relative(root, f)).sort()).toEqual([
      'demo/sites.ts',
      'demo/sites/www.vidu-test.example/_spa.html',
      'src/providers/capture.ts',
      'src/providers/index.ts',
      'src/providers/vidu-test.ts',
      'tests/fixtures/vidu-test/provenance.json',
      'tests/providers/vidu-test.test.ts',
    ]);
    expect(scaffold(root, 'vidu-test', 'www.vidu-test.example')).toEqual([]);
    const { PROVIDERS } = (await import(path.join(root, 'src/providers/index.ts'))) as typeof import('../../src/providers/index.ts');
    const { CAPTURES } = (await import(path.join(root, 'src/providers/capture.ts'))) as typeof import('../../src/providers/capture.ts');
    const p = PROVIDERS.at(-1)!;
    expect(p.id).toBe('vidu-test');
    expect(CAPTURES.at(-1)?.id).toBe('vidu-test');
    expect(p.parseResponse).toBe(CAPTURES.at(-1)?.parseResponse);
    expect(p.matches).toEqual(['https://www.vidu-test.example/*']);
    // Placeholders say what they are, at the lowest confidence.
    expect(p.policy.summary.source).toMatchObject({ confidence: 'L', ref: expect.stringContaining('to be sourced') });
    expect(p.parseResponse('https://x/', { id: 1, status: 'failed' })).toEqual({ generations: [], problems: [] });
    expect(readFileSync(path.join(root, 'demo/sites.ts'), 'utf8')).toContain("provider: 'vidu-test'");
    expect(JSON.parse(readFileSync(path.join(root, 'tests/fixtures/vidu-test/provenance.json'), 'utf8'))).toMatchObject({ fixtures: {} });
  });

  it('refuses ids and hosts that are not plain', () => {
    expect(() => scaffold(root, 'Bad Id', 'x.example')).toThrow(/provider id/);
    expect(() => scaffold(root, 'okid', 'https://x.example/')).toThrow(/hostname/);
  });

  it('keeps a list broken over lines broken over lines', () => {
    const index =
      "import type { ProviderDefinition } from './types.ts';\nexport const PROVIDERS: readonly ProviderDefinition[] = [\n  a,\n  b,\n];\n";
    expect(registerIn(index, 'c')).toContain('[\n  a,\n  b,\n  c,\n];');
  });

  it('adds the import and the registry entry without touching the rest', () => {
    const index =
      "import { a } from './a.ts';\nimport type { ProviderDefinition } from './types.ts';\nexport const PROVIDERS: readonly ProviderDefinition[] = [a];\n";
    expect(registerIn(index, 'new-one')).toBe(
      "import { a } from './a.ts';\nimport { newOne } from './new-one.ts';\nimport type { ProviderDefinition } from './types.ts';\nexport const PROVIDERS: readonly ProviderDefinition[] = [a, newOne];\n",
    );
  });
});
