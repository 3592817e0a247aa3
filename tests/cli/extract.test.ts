/**
 * `ava extract`: the provider chosen from the response URL by the same apiUrls matching the content script uses, the
 * body decoded as the page tap forwards it, unknown statuses kept, fallback finds marked. Bodies are the providers'
 * committed fixtures (provenance in tests/fixtures/<provider>/provenance.json) or written inline below.
 */
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { cliIo } from '../helpers/cli-io.ts';
import { providerForApiUrl, PROVIDERS } from '../../src/providers/index.ts';

function io(files: Record<string, string> = {}) {
  const r = cliIo(files);
  return { ...r, rows: () => JSON.parse(r.out.join('\n')) as Record<string, unknown>[] };
}

const RUNWAY_TASKS = 'https://api.runwayml.com/v1/tasks?teamId=1';

describe('ava extract --url', () => {
  it('picks the provider from the URL, as the content script does', async () => {
    const { fake, rows } = io();
    expect(await main(['extract', '--url', RUNWAY_TASKS, 'tests/fixtures/runway/web-tasks.json'], fake)).toBe(0);
    expect(rows().map((r) => r.id)).toContain('7c1e9b2a-4d6f-4a8b-9c0d-1e2f3a4b5c61');
    expect(rows().every((r) => r.viaFallback === false)).toBe(true);
    // The same URL through --provider gives the same rows.
    const again = io();
    expect(await main(['extract', '--provider', 'runway', '--url', RUNWAY_TASKS, 'tests/fixtures/runway/web-tasks.json'], again.fake)).toBe(
      0,
    );
    expect(again.rows()).toEqual(rows());
  });

  it('exits 3 when no provider watches the URL, 2 when --provider disagrees with it', async () => {
    const none = io();
    expect(await main(['extract', '--url', 'https://example.com/api/jobs', 'tests/fixtures/runway/web-tasks.json'], none.fake)).toBe(3);
    expect(none.err.join('\n')).toMatch(/no provider watches URL https:\/\/example\.com\/api\/jobs/);
    const clash = io();
    expect(await main(['extract', '--provider', 'sora', '--url', RUNWAY_TASKS, 'tests/fixtures/runway/web-tasks.json'], clash.fake)).toBe(
      2,
    );
    expect(clash.err.join('\n')).toMatch(/--provider sora does not watch .*runway/);
    expect(await main(['extract', 'tests/fixtures/runway/web-tasks.json'], io().fake)).toBe(2);
  });

  it('reads a stream body (RSC rows) and keeps what the parser does not know via the fallback, marked', async () => {
    const url = RUNWAY_TASKS;
    const rsc = '0:["$@1",["b",null]]\n1:{"jobs_v9":[{"job_id":"job_5566778899","state":"errored","prompt":"a fox"}]}\n';
    const { fake, rows, err } = io({ 'body.txt': rsc });
    expect(await main(['extract', '--url', url, 'body.txt'], fake)).toBe(0);
    expect(rows()).toEqual([
      {
        id: 'job_5566778899',
        status: 'failed',
        providerStatus: 'errored',
        failureKind: 'generation_error',
        providerCode: null,
        message: null,
        prompt: 'a fox',
        viaFallback: true,
      },
    ]);
    expect(err.join('\n')).toMatch(/generic fallback/);
  });

  it('exits 2 on a body that is no JSON at all', async () => {
    const { fake, err } = io({ 'page.html': '<html><body>hello</body></html>' });
    expect(await main(['extract', '--url', RUNWAY_TASKS, 'page.html'], fake)).toBe(2);
    expect(err.join('\n')).toMatch(/not valid JSON/);
  });
});

describe('providerForApiUrl', () => {
  it('every provider watches its own API URLs first: a URL one provider watches is not claimed by an earlier one', () => {
    for (const p of PROVIDERS) {
      for (const re of p.apiUrls) {
        const owner = PROVIDERS.find((q) => q.apiUrls.includes(re));
        expect(owner?.id).toBe(p.id);
      }
    }
    expect(providerForApiUrl(RUNWAY_TASKS)?.id).toBe('runway');
    expect(providerForApiUrl('https://example.com/v1/tasks')).toBeUndefined();
  });
});
