import { describe, expect, it } from 'vitest';
import { ParseError } from '../../src/providers/types.ts';
import { byId, loadFixture, parseFixture, provider } from './helpers.ts';

// 18-digit IDs exceed Number.MAX_SAFE_INTEGER: built as strings, as the app sends them.
const id = (n: number) => `3122456584934520${String(n).padStart(2, '0')}`;

describe('hailuo: web video statuses', () => {
  const r = () => parseFixture('hailuo', 'web-videos.json');

  // 1, 2, 5, 7, 11, 12 per public code (MeUtils); 0, 3 and 14 have no public evidence, so they are kept as unknown.
  it.each([
    [0, 'unknown', undefined],
    [1, 'running', undefined],
    [2, 'succeeded', undefined],
    [3, 'unknown', undefined],
    [5, 'failed', 'generation_error'],
    [7, 'blocked', 'moderation'],
    [11, 'queued', undefined],
    [12, 'running', undefined],
    [14, 'unknown', undefined],
  ])('status %i is %s (%s), kept verbatim', (n, status, kind) => {
    const g = byId(r(), id(n));
    expect(g).toMatchObject({ status, providerStatus: String(n) });
    expect(g.failureKind).toBe(kind);
  });

  it('keeps the message verbatim and carries canAppeal for moderated videos', () => {
    const res = r();
    expect(byId(res, id(7)).message).toBe('Content moderated [canAppeal: false]');
    // A failure (5) carries its message as it is; canAppeal belongs to moderation only.
    expect(byId(res, id(5)).message).toBe('This content may violate our community guidelines');
    expect(byId(res, id(3)).message).toBe('Generation failed, credits have been returned');
    expect(byId(res, id(1)).progress).toBeCloseTo(0.42);
    expect(byId(res, id(2))).toMatchObject({
      prompt: 'Hailuo prompt 2',
      videoUrl: 'https://cdn.hailuoai.video/moss/prod/2026-11-20/312245658493452002.mp4',
    });
  });

  it('an empty list is a known shape', () => {
    expect(parseFixture('hailuo', 'web-videos-empty.json')).toEqual({ generations: [], problems: [] });
  });
});

describe('hailuo: API query', () => {
  it.each([
    ['api-query-success.json', '106916112212032', 'succeeded', undefined, undefined],
    ['api-query-processing.json', '106916112212033', 'running', undefined, undefined],
    ['api-query-queueing.json', '106916112212036', 'queued', undefined, undefined],
    ['api-query-fail-1026.json', '106916112212034', 'blocked', 'moderation_input', '1026'],
    ['api-query-fail-1027.json', '106916112212035', 'blocked', 'moderation_output', '1027'],
    ['api-query-fail.json', '106916112212037', 'failed', 'generation_error', undefined],
  ])('%s', (file, taskId, status, kind, code) => {
    const [g] = parseFixture('hailuo', file).generations;
    expect(g).toMatchObject({ id: taskId, status });
    expect(g!.failureKind).toBe(kind);
    expect(g!.providerCode).toBe(code);
  });

  it('1026 keeps status_msg verbatim; file_id is a related ID', () => {
    expect(parseFixture('hailuo', 'api-query-fail-1026.json').generations[0]!.message).toBe('input new_sensitive');
    expect(parseFixture('hailuo', 'api-query-success.json').generations[0]!.relatedIds).toEqual(['205258526306433']);
  });
});

describe('hailuo: partial and malformed', () => {
  it('a submission refused with 1026 has no task_id: reported as a problem with the code', () => {
    const res = parseFixture('hailuo', 'partial-create-refused-1026.json');
    expect(res.generations).toEqual([]);
    expect(res.problems).toEqual([expect.stringContaining('1026: input new_sensitive')]);
  });

  it('an unknown status number is kept as unknown; an unreadable ID is reported', () => {
    const res = parseFixture('hailuo', 'partial-web-videos.json');
    expect(res.generations.map((g) => [g.id, g.status, g.providerStatus])).toEqual([
      [id(20), 'succeeded', '2'],
      [id(21), 'unknown', '42'],
    ]);
    expect(res.problems).toEqual([expect.stringContaining('not-numeric')]);
  });

  it('malformed bodies throw ParseError', () => {
    const p = provider('hailuo');
    expect(() => p.parseResponse('x', loadFixture('hailuo', 'malformed-unknown-shape.json'))).toThrow(/Hailuo: no API task/);
    expect(() => p.parseResponse('x', loadFixture('hailuo', 'malformed-number.json'))).toThrow(ParseError);
  });
});

describe('hailuo: the web app as public code shows it (2024 list, v4 assets, 2026 feed)', () => {
  const FEED_URL = 'https://hailuoai.video/api/feed/creation/my/batch';
  const V4_URL = 'https://hailuoai.video/v4/api/multimodal/video/processing';

  it('the feed and v4 URLs are ones the page tap offers to the parser', () => {
    for (const u of [FEED_URL, V4_URL])
      expect(
        provider('hailuo').apiUrls.some((re) => re.test(u)),
        u,
      ).toBe(true);
  });

  it('2024 list: 5 is a failed generation, 7 moderation, 11/12 waiting, an unknown number kept', () => {
    const r = parseFixture('hailuo', 'web-videos-2024.json', 'https://hailuoai.video/api/multimodal/video/processing?idList=1');
    const g = (n: number) => byId(r, `30498829204192${String(n).padStart(4, '0')}`);
    expect(g(5)).toMatchObject({ status: 'failed', failureKind: 'generation_error', providerCode: '5', message: '内容生成失败，请重试' });
    expect(g(7)).toMatchObject({ status: 'blocked', failureKind: 'moderation', providerCode: '7' });
    expect(g(7).message).toContain('[canAppeal: true]');
    expect([g(1).status, g(2).status, g(11).status, g(12).status]).toEqual(['running', 'succeeded', 'queued', 'running']);
    expect(g(99)).toMatchObject({ status: 'unknown', providerStatus: '99' });
    expect(g(2).videoUrl).toMatch(/304988292041920002\.mp4$/);
  });

  it('v4 assets are keyed by batchID, downloadURL is the clip; an asset without its own batchID takes its batch’s', () => {
    const r = parseFixture('hailuo', 'v4-batch-videos.json', V4_URL);
    expect(r.problems).toEqual([]);
    expect(byId(r, '469902511826763781')).toMatchObject({
      status: 'succeeded',
      videoUrl: 'https://cdn.hailuoai.video/moss/prod/2026-12-01-09/video/469902511826763781.mp4',
    });
    expect(byId(r, '469902511826763785')).toMatchObject({
      status: 'failed',
      failureKind: 'generation_error',
      message: '内容生成失败，请重试',
    });
  });

  it('2026 feed: commonInfo.id and status, feedMessage, mediaInfo.url, the model and prompt, the batch as a related ID', () => {
    const r = parseFixture('hailuo', 'feed-creation-batch.json', FEED_URL);
    expect(r.problems).toEqual([]);
    expect(r.generations.map((g) => g.status)).toEqual(['succeeded', 'failed', 'blocked', 'running', 'queued']);
    const ok = byId(r, '558130000000000001');
    expect(ok).toMatchObject({
      videoUrl: expect.stringMatching(/558130000000000001\.mp4$/),
      model: '23204',
      prompt: 'A red kite over wheat fields',
    });
    expect(ok.relatedIds).toEqual(['558120000000000001']);
    expect(byId(r, '558130000000000002')).toMatchObject({ failureKind: 'generation_error', providerCode: '5' });
    expect(byId(r, '558130000000000003')).toMatchObject({ failureKind: 'moderation', providerCode: '7' });
    expect(byId(r, '558130000000000004').createdAt).toBe('2025-12-01T09:00:00.000Z');
  });

  it('an empty feed page is a known shape', () => {
    expect(provider('hailuo').parseResponse(FEED_URL, { data: { batchFeeds: [], processing: false } })).toEqual({
      generations: [],
      problems: [],
    });
  });
});
