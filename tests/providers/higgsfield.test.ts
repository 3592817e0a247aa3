import { describe, expect, it } from 'vitest';
import { ParseError } from '../../src/providers/types.ts';
import { loadFixture, parseFixture, provider } from './helpers.ts';

const H = (n: number) => `d7e6c0f3-6699-4f6c-bb45-2ad7fd9158${n.toString(16).padStart(2, '0')}`;

describe('higgsfield parsers', () => {
  it.each([
    ['api-status-queued.json', 1, 'queued', undefined],
    ['api-status-in-progress.json', 2, 'running', undefined],
    ['api-status-completed-video.json', 3, 'succeeded', undefined],
    ['api-status-completed-image.json', 4, 'succeeded', undefined],
    ['api-status-failed.json', 5, 'failed', 'generation_error'],
    ['webhook-nsfw.json', 6, 'blocked', 'moderation'],
    ['api-status-canceled.json', 7, 'cancelled', undefined],
  ])('%s', (file, n, status, kind) => {
    const [g] = parseFixture('higgsfield', file).generations;
    expect(g).toMatchObject({ id: H(n), status });
    expect(g!.failureKind).toBe(kind);
    if (kind) expect(g!.providerCode).toBe(g!.providerStatus);
  });

  it('keeps the error text and the output URL', () => {
    expect(parseFixture('higgsfield', 'api-status-failed.json').generations[0]!.message).toBe('Generation failed');
    expect(parseFixture('higgsfield', 'api-status-completed-video.json').generations[0]!.videoUrl).toMatch(/hf_20261120_video\.mp4$/);
    expect(parseFixture('higgsfield', 'api-status-completed-image.json').generations[0]!.videoUrl).toMatch(/hf_20261120_image\.png$/);
  });

  it('a partial list keeps the good request and names the bad ones', () => {
    const r = parseFixture('higgsfield', 'partial-requests.json');
    expect(r.generations.map((g) => [g.id, g.status])).toEqual([
      [H(8), 'succeeded'],
      [H(9), 'unknown'],
    ]);
    expect(r.generations[1]!.providerStatus).toBe('exploded');
    expect(r.problems).toEqual([expect.stringContaining('oops')]);
  });

  it('malformed bodies throw ParseError', () => {
    const p = provider('higgsfield');
    expect(() => p.parseResponse('x', loadFixture('higgsfield', 'malformed-unknown-shape.json'))).toThrow(
      /Higgsfield: no request .* or job .* objects/,
    );
    expect(() => p.parseResponse('x', loadFixture('higgsfield', 'malformed-boolean.json'))).toThrow(ParseError);
  });
});

describe('higgsfield: the web app’s jobs on fnf.higgsfield.ai', () => {
  const STATUS = 'https://fnf.higgsfield.ai/jobs/3c5e7a9b-1d2f-4a6b-8c0d-2e4f6a8b0c01/status';
  const JOB = 'https://fnf.higgsfield.ai/jobs/3c5e7a9b-1d2f-4a6b-8c0d-2e4f6a8b0c11';
  const J = (n: number) => `3c5e7a9b-1d2f-4a6b-8c0d-2e4f6a8b0c${n}`;

  it('the jobs URLs are ones the page tap offers to the parser', () => {
    for (const u of [STATUS, JOB, 'https://fnf.higgsfield.ai/jobs/v2/seedance1_5']) {
      expect(
        provider('higgsfield').apiUrls.some((re) => re.test(u)),
        u,
      ).toBe(true);
    }
  });

  it('a status poll {id, status, job_set_type} is a generation keyed by id', () => {
    expect(parseFixture('higgsfield', 'web-job-status.json', STATUS).generations).toEqual([
      expect.objectContaining({
        id: '3c5e7a9b-1d2f-4a6b-8c0d-2e4f6a8b0c01',
        status: 'running',
        providerStatus: 'in_progress',
        model: 'seedance1_5',
      }),
    ]);
  });

  it('jobs: completed with result_url, failed, nsfw, in_progress, queued', () => {
    const r = parseFixture('higgsfield', 'web-jobs.json', JOB);
    expect(r.problems).toEqual([]);
    expect(r.generations.map((g) => [g.id, g.status, g.failureKind, g.providerCode])).toEqual([
      [J(11), 'succeeded', undefined, undefined],
      [J(12), 'failed', 'generation_error', 'failed'],
      [J(13), 'blocked', 'moderation', 'nsfw'],
      [J(14), 'running', undefined, undefined],
      [J(15), 'queued', undefined, undefined],
    ]);
    expect(r.generations[0]).toMatchObject({ videoUrl: 'https://media.ava.demo/higgsfield/3c5e7a9b-0c11.mp4', model: 'kling3_0' });
    expect(r.generations[3]!.createdAt).toBe('2026-11-20T09:00:00.000Z');
    expect(r.generations[1]!.prompt).toBe('Bullet-time orbit around a dancer in a neon alley');
  });

  it('a submit answer names jobs without a status yet: nothing to record, no error', () => {
    expect(parseFixture('higgsfield', 'web-job-submit.json', 'https://fnf.higgsfield.ai/jobs/v2/seedance1_5')).toEqual({
      generations: [],
      problems: [],
    });
  });

  it('a bare {id, status} elsewhere is not taken for a job', () => {
    expect(() => provider('higgsfield').parseResponse('https://higgsfield.ai/api/v1/me', { id: J(99), status: 'active' })).toThrow(
      ParseError,
    );
  });

  it('the refund facts cite the consumer help and the API docs', () => {
    const p = provider('higgsfield');
    expect(p.policy.refundCitation!.source.ref).toMatch(/generation-is-stuck-or-failed/);
    expect(p.policy.summary.value).toContain('Failed, Credits refunded');
  });
});
