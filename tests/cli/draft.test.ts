import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { cliIo } from '../helpers/cli-io.ts';

describe('ava draft', () => {
  it('drafts a committed case file', async () => {
    const { fake, out } = cliIo();
    expect(await main(['draft', '--case', 'tests/fixtures/cli/case-sora.json'], fake)).toBe(0);
    const d = JSON.parse(out.join('\n')) as {
      channel: string;
      to: string | null;
      url: string;
      subject: string;
      body: string;
      warnings: { kind: string }[];
    };
    expect(d).toMatchObject({
      channel: 'help-center',
      to: null,
      url: 'https://help.openai.com/',
      subject: 'Sora 2 goodwill credit request — defective video — gen_01jsq5a7c9e2g4j6k8m0p3r5t7 and 1 more',
    });
    expect(d.body).toContain('- gen_01jsq9e1g3j6l8n0q2s4t7v9x1: status failed, code sora_error');
    expect(d.warnings.map((w) => w.kind)).toContain('closed');
    expect(d.body).toContain('Attached evidence: screenshot-1.jpg.');
  });

  it('a malformed case is a clear error and exit code 2', async () => {
    for (const [content, want] of [
      ['{not json', /not valid JSON/],
      ['{"provider":"sora","generations":[{"id":""}]}', /invalid case: generations\.0\.id/],
    ] as const) {
      const { fake, err } = cliIo({ 'case.json': content });
      expect(await main(['draft', '--case', 'case.json'], fake)).toBe(2);
      expect(err.join('\n')).toMatch(want);
    }
    const { fake, err } = cliIo();
    expect(await main(['draft'], fake)).toBe(2);
    expect(err.join('\n')).toMatch(/case file is required/);
  });
});
