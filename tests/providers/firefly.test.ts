import { describe, expect, it } from 'vitest';
import { fireflyJobIdFromUrl } from '../../src/providers/firefly.ts';
import { ParseError } from '../../src/providers/types.ts';
import { loadFixture, parseFixture, provider } from './helpers.ts';

const F = (n: number) => `9f1c2e3d-4b5a-4c6d-8e7f-0a1b2c3d4e${n.toString(16).padStart(2, '0')}`;
const POLL = (id: string) => `https://firefly-epo851211.adobe.io/jobs/result/${id}`;

describe('firefly: the web app’s status poll (the job ID is only in the URL)', () => {
  it('COMPLETED with a presigned video is succeeded under the ID from the poll URL', () => {
    const [g] = parseFixture('firefly', 'web-poll-completed.json', POLL(F(1))).generations;
    expect(g).toMatchObject({
      id: F(1),
      status: 'succeeded',
      providerStatus: 'COMPLETED',
      videoUrl: 'https://media.ava.demo/clips/clean.mp4',
    });
  });

  it.each([
    ['web-poll-running.json', 'running', undefined],
    ['web-poll-failed.json', 'failed', 'generation_error'],
  ])('%s is %s (%s)', (name, status, kind) => {
    const [g] = parseFixture('firefly', name, `https://firefly-epo851211.adobe.io/v2/status/${F(2)}`).generations;
    expect(g).toMatchObject({ id: F(2), status });
    expect(g!.failureKind).toBe(kind);
  });

  it('the same answer under a URL naming no job is reported, not invented', () => {
    const r = parseFixture('firefly', 'partial-poll-no-id.json', 'https://firefly-3p.ff.adobe.io/v2/3p-videos/generate-async');
    expect(r.generations).toEqual([]);
    expect(r.problems).toEqual([expect.stringContaining('no job ID')]);
  });

  it('the submit answer’s result link names the new job (queued)', () => {
    const [g] = parseFixture('firefly', 'submit-links.json').generations;
    expect(g).toMatchObject({ id: F(1), status: 'queued' });
  });

  it.each([
    ['https://firefly-epo851211.adobe.io/jobs/result/abc12345-x', 'abc12345-x'],
    ['https://bks-epo8512.adobe.io/v2/jobs/result/abc12345?host=firefly-epo851211.adobe.io', 'abc12345'],
    ['https://firefly-api.adobe.io/v3/status/urn:firefly:jobs:abc123def456', 'urn:firefly:jobs:abc123def456'],
    ['https://firefly-epo851211.adobe.io/jobs/result/', undefined],
    ['not a url', undefined],
  ])('job ID from %s', (u, id) => {
    expect(fireflyJobIdFromUrl(u)).toBe(id);
  });

  it('the poll links, the submit and the balance are among apiUrls; other Adobe hosts are not', () => {
    const accepts = (u: string) => provider('firefly').apiUrls.some((re) => re.test(u));
    for (const u of [
      POLL(F(1)),
      'https://bks-epo8512.adobe.io/v2/jobs/result/abc12345?host=x',
      'https://firefly-epo851211.adobe.io/v2/status/abc12345',
      'https://firefly-3p.ff.adobe.io/v2/3p-videos/generate-async',
      'https://firefly.adobe.io/v1/credits',
    ])
      expect(accepts(u), u).toBe(true);
    for (const u of [
      'https://firefly-epo851211.adobe.io/jobs/result/',
      'https://ims-na1.adobelogin.com/ims/profile/v1',
      'https://firefly-epo1.adobe.io.evil.example/status/x1234567',
    ]) {
      expect(accepts(u), u).toBe(false);
    }
  });
});

describe('firefly: Services API answers (for ava extract)', () => {
  it('succeeded, with jobId, dates and the video URL', () => {
    const [g] = parseFixture('firefly', 'services-status-succeeded.json').generations;
    expect(g).toMatchObject({
      id: 'f54e0fcb-260b-47c3-b520-de0d17dc2b67',
      status: 'succeeded',
      createdAt: '2026-12-01T10:00:00.000Z',
      videoUrl: 'https://media.ava.demo/clips/clean.mp4',
    });
  });

  it('failed, with the error code and message verbatim', () => {
    const [g] = parseFixture('firefly', 'services-status-failed.json').generations;
    expect(g).toMatchObject({
      status: 'failed',
      failureKind: 'generation_error',
      providerCode: 'internal_error',
      message: 'An internal error occurred',
    });
  });

  it('a refused request (error_code) is a problem; an unknown object is a ParseError', () => {
    expect(parseFixture('firefly', 'refused-under-load.json').problems).toEqual([
      'Firefly refused the request (timeout_error): system under load',
    ]);
    expect(() => provider('firefly').parseResponse('x', loadFixture('firefly', 'malformed-unknown.json'))).toThrow(ParseError);
  });

  it('a saved list of status answers: each carries its own ID; a moderation text is a block', () => {
    const r = parseFixture('firefly', 'demo-jobs.json');
    expect(r.generations.map((g) => [g.id, g.status, g.failureKind])).toEqual([
      [F(0x21), 'succeeded', undefined],
      [F(0x22), 'failed', 'generation_error'],
      [F(0x23), 'blocked', 'moderation'],
      [F(0x24), 'running', undefined],
    ]);
  });
});

describe('firefly: generative credits balance', () => {
  it('reads total.quota.available from the credits answer, and only there', () => {
    const p = provider('firefly');
    const body = loadFixture('firefly', 'credits.json');
    expect(p.parseBalance!('https://firefly.adobe.io/v1/credits', body)).toEqual([
      { kind: 'balance', amount: 2750, unit: 'generative credits', field: 'total.quota.available' },
    ]);
    expect(p.parseBalance!('https://firefly-3p.ff.adobe.io/v2/3p-videos/generate-async', body)).toEqual([]);
    expect(parseFixture('firefly', 'credits.json')).toEqual({ generations: [], problems: [] });
  });

  it('asks without citing a policy: no refund statement was found', () => {
    expect(provider('firefly').policy.refundCitation).toBeUndefined();
    expect(provider('firefly').policy.autoRefundOnFailure.value).toBe('unknown');
  });
});
