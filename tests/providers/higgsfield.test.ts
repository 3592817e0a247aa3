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
    expect(r.generations.map((g) => g.id)).toEqual([H(8)]);
    expect(r.problems).toHaveLength(2);
  });

  it('malformed bodies throw ParseError', () => {
    const p = provider('higgsfield');
    expect(() => p.parseResponse('x', loadFixture('higgsfield', 'malformed-unknown-shape.json'))).toThrow(/Higgsfield: no request objects/);
    expect(() => p.parseResponse('x', loadFixture('higgsfield', 'malformed-boolean.json'))).toThrow(ParseError);
  });
});
