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
      prompt: 'PixVerse prompt 1', videoUrl: 'https://media.pixverse.ai/pixverse/mp4/media/web/ori/315947621884101.mp4',
    });
  });

  it('the web list uses video_id / video_status', () => {
    const r = parseFixture('pixverse', 'web-video-list.json');
    expect(r.generations.map((g) => [g.id, g.status])).toEqual([
      ['315947621884201', 'succeeded'], ['315947621884202', 'running'], ['315947621884203', 'blocked'], ['315947621884204', 'failed'],
    ]);
    expect(byId(r, '315947621884203').message).toBe('moderation failure');
  });

  it('an ErrCode without a video is reported verbatim', () => {
    const r = parseFixture('pixverse', 'api-error.json');
    expect(r.generations).toEqual([]);
    expect(r.problems).toEqual(['PixVerse API error 500054: Insufficient credits (no video in the response)']);
  });

  it('an unknown status is reported', () => {
    const r = parseFixture('pixverse', 'partial-web-video-list.json');
    expect(r.generations.map((g) => g.id)).toEqual(['315947621884205']);
    expect(r.problems).toEqual([expect.stringContaining('status 3 not recognised')]);
  });

  it('malformed bodies throw ParseError', () => {
    const p = provider('pixverse');
    expect(() => p.parseResponse('x', loadFixture('pixverse', 'malformed-unknown-shape.json'))).toThrow(/PixVerse: no video objects/);
    expect(() => p.parseResponse('x', loadFixture('pixverse', 'malformed-array.json'))).toThrow(ParseError);
  });
});
