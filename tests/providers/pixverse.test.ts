import { describe, expect, it } from 'vitest';
import { ParseError } from '../../src/providers/types.ts';
import { byId, loadFixture, parseFixture, provider } from './helpers.ts';

describe('pixverse parsers', () => {
  it.each([
    ['api-video-result-success.json', '315947621884101', 'succeeded', undefined],
    ['api-video-result-generating.json', '315947621884105', 'running', undefined],
    ['api-video-result-moderation.json', '315947621884107', 'blocked', 'moderation'],
    ['api-video-result-failed.json', '315947621884108', 'failed', 'generation_error'],
  ])('%s', (file, id, status, kind) => {
    const [g] = parseFixture('pixverse', file).generations;
    expect(g).toMatchObject({ id, status, providerStatus: id.slice(-1) });
    expect(g!.failureKind).toBe(kind);
    if (kind) expect(g!.providerCode).toBe(id.slice(-1));
  });

  it('the success carries its URL and prompt', () => {
    expect(parseFixture('pixverse', 'api-video-result-success.json').generations[0]).toMatchObject({
      prompt: 'PixVerse prompt 1',
      videoUrl: 'https://media.pixverse.ai/pixverse/mp4/media/web/ori/315947621884101.mp4',
    });
  });

  it('the web list uses video_id / video_status', () => {
    const r = parseFixture('pixverse', 'web-video-list.json');
    expect(r.generations.map((g) => [g.id, g.status])).toEqual([
      ['315947621884201', 'succeeded'],
      ['315947621884202', 'running'],
      ['315947621884203', 'blocked'],
      ['315947621884204', 'failed'],
    ]);
    expect(byId(r, '315947621884203').message).toBe('moderation failure');
  });

  it('an ErrCode without a video is reported verbatim', () => {
    const r = parseFixture('pixverse', 'api-error.json');
    expect(r.generations).toEqual([]);
    expect(r.problems).toEqual(['PixVerse API error 500054: Insufficient credits (no video in the response)']);
  });

  it('an unknown status is kept as unknown with the number; a bad id is reported', () => {
    const r = parseFixture('pixverse', 'partial-web-video-list.json');
    expect(r.generations.map((g) => [g.id, g.status, g.providerStatus])).toEqual([
      ['315947621884205', 'succeeded', '1'],
      ['315947621884206', 'unknown', '3'],
    ]);
    expect(r.problems).toEqual([expect.stringContaining('not-a-number')]);
  });

  it('malformed bodies throw ParseError', () => {
    const p = provider('pixverse');
    expect(() => p.parseResponse('x', loadFixture('pixverse', 'malformed-unknown-shape.json'))).toThrow(/PixVerse: no video objects/);
    expect(() => p.parseResponse('x', loadFixture('pixverse', 'malformed-array.json'))).toThrow(ParseError);
  });
});

describe('pixverse: the web app’s list and message poll (pixsim7 and the OpenAPI status text)', () => {
  const LIST = 'https://app-api.pixverse.ai/creative_platform/video/list/personal';
  const MESSAGE = 'https://app-api.pixverse.ai/creative_platform/account/message';
  const P = (n: number) => String(315947621884300 + n);

  it('9 is failed, 6 deleted, 7 moderation, 5 generating; 10 (contested) stays unknown with its number', () => {
    const r = parseFixture('pixverse', 'web-video-list-statuses.json', LIST);
    expect(r.problems).toEqual([]);
    const g = (n: number) => r.generations.find((x) => x.id === P(n))!;
    expect(g(1)).toMatchObject({
      status: 'succeeded',
      model: 'v5',
      durationS: 5,
      videoUrl: expect.stringMatching(/315947621884301\.mp4$/),
    });
    expect(g(2)).toMatchObject({ status: 'failed', failureKind: 'generation_error', providerCode: '9' });
    expect(g(3)).toMatchObject({ status: 'cancelled', providerStatus: '6', message: 'deleted' });
    expect(g(3).failureKind).toBeUndefined();
    expect(g(4)).toMatchObject({ status: 'unknown', providerStatus: '10' });
    expect(g(5)).toMatchObject({ status: 'blocked', failureKind: 'moderation', providerCode: '7' });
    expect(g(6)).toMatchObject({ status: 'running' });
  });

  it('the account/message poll is read without error: no generations, no problem', () => {
    expect(provider('pixverse').apiUrls.some((re) => re.test(MESSAGE))).toBe(true);
    expect(parseFixture('pixverse', 'web-account-message.json', MESSAGE)).toEqual({ generations: [], problems: [] });
  });

  it('the unverified FAQ is not stated as a fact', () => {
    const p = provider('pixverse');
    expect(p.policy.autoRefundOnFailure.value).toBe('unknown');
    expect(p.policy.summary.value).not.toMatch(/deducts no credits|not guaranteed/);
  });
});
