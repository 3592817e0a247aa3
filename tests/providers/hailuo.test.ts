import { describe, expect, it } from 'vitest';
import { ParseError } from '../../src/providers/types.ts';
import { byId, loadFixture, parseFixture, provider } from './helpers.ts';

// 18-digit IDs exceed Number.MAX_SAFE_INTEGER: built as strings, as the app sends them.
const id = (n: number) => `3122456584934520${String(n).padStart(2, '0')}`;

describe('hailuo: web video statuses', () => {
  const r = () => parseFixture('hailuo', 'web-videos.json');

  it.each([
    [0, 'queued', undefined],
    [1, 'running', undefined],
    [2, 'succeeded', undefined],
    [3, 'failed', 'generation_error'],
    [5, 'blocked', 'moderation'],
    [7, 'blocked', 'moderation'],
    [11, 'queued', undefined],
    [12, 'running', undefined],
    [14, 'blocked', 'moderation'],
  ])('status %i is %s (%s), kept verbatim', (n, status, kind) => {
    const g = byId(r(), id(n));
    expect(g).toMatchObject({ status, providerStatus: String(n) });
    expect(g.failureKind).toBe(kind);
  });

  it('keeps the message verbatim and carries canAppeal for moderated videos', () => {
    const res = r();
    expect(byId(res, id(5)).message).toBe('This content may violate our community guidelines [canAppeal: true]');
    expect(byId(res, id(7)).message).toBe('Content moderated [canAppeal: false]');
    expect(byId(res, id(3)).message).toBe('Generation failed, credits have been returned');
    expect(byId(res, id(1)).progress).toBeCloseTo(0.42);
    expect(byId(res, id(2))).toMatchObject({ prompt: 'Hailuo prompt 2', videoUrl: 'https://cdn.hailuoai.video/moss/prod/2026-11-20/312245658493452002.mp4' });
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

  it('unknown status numbers and IDs are reported, the rest kept', () => {
    const res = parseFixture('hailuo', 'partial-web-videos.json');
    expect(res.generations.map((g) => g.id)).toEqual([id(20)]);
    expect(res.problems).toHaveLength(2);
  });

  it('malformed bodies throw ParseError', () => {
    const p = provider('hailuo');
    expect(() => p.parseResponse('x', loadFixture('hailuo', 'malformed-unknown-shape.json'))).toThrow(/Hailuo: no API task/);
    expect(() => p.parseResponse('x', loadFixture('hailuo', 'malformed-number.json'))).toThrow(ParseError);
  });
});
