/**
 * The generic fallback on real-shaped bodies. The fixtures are the providers' own parser fixtures, read here as if no
 * parser knew them (the fallback must find the same generations by their ID-beside-status look alone); their own
 * provenance is in tests/fixtures/<provider>/provenance.json. The inline bodies reproduce shapes documented in
 * ../shared/real-shapes.md (sources named beside each), with values changed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fallbackGenerations } from '../../src/providers/fallback.ts';
import { decodeBody } from '../../src/providers/body.ts';
import { GenerationSchema } from '../../src/shared/generation.ts';

const fixture = (rel: string): unknown => JSON.parse(readFileSync(`tests/fixtures/${rel}`, 'utf8')) as unknown;
const brief = (list: ReturnType<typeof fallbackGenerations>) => list.map((g) => [g.id, g.status, g.providerStatus]);

describe('fallbackGenerations', () => {
  it('finds Runway web tasks and maps their words: FAILED, a safety FAILED, and unknown words kept raw', () => {
    const found = fallbackGenerations('runway', fixture('runway/web-tasks.json'));
    expect(brief(found)).toEqual([
      ['3f8a2c1e-5b7d-4e9f-8a1b-2c3d4e5f6a70', 'unknown', 'SUCCEEDED'],
      ['7c1e9b2a-4d6f-4a8b-9c0d-1e2f3a4b5c61', 'failed', 'FAILED'],
      ['a2b4c6d8-e0f1-4a3b-8c5d-7e9f0a1b2c32', 'blocked', 'FAILED'],
      ['d4e6f8a0-b2c4-4d6e-9f0a-1b2c3d4e5f93', 'unknown', 'RUNNING'],
      ['e5f7a9b1-c3d5-4e7f-8a9b-0c1d2e3f4a54', 'unknown', 'THROTTLED'],
    ]);
    expect(found[2]).toMatchObject({ providerCode: 'SAFETY.INPUT.TEXT', failureKind: 'moderation', viaFallback: true });
    expect(found[1]?.message).toMatch(/unexpected error/);
    // The artifacts inside a task are not generations of their own: a match is not searched further.
    expect(found.map((g) => g.id)).not.toContain('9b0c1d2e-3f4a-4b5c-8d6e-7f8091a2b3c4');
    for (const g of found) expect(GenerationSchema.safeParse(g).success).toBe(true);
  });

  it('reads a failure reason that names moderation as a block, a plain failure as failed', () => {
    expect(fallbackGenerations('luma', fixture('luma/api-generation-failed-moderation.json'))).toEqual([
      expect.objectContaining({
        id: '2b7e9d4c-1a3f-4c5e-9b8d-6f0a1e2d3c02',
        status: 'blocked',
        providerStatus: 'failed',
        message: 'Advanced prompt moderation failed',
      }),
    ]);
    expect(brief(fallbackGenerations('hailuo', fixture('hailuo/api-query-fail.json')))).toEqual([['106916112212037', 'failed', 'Fail']]);
    expect(brief(fallbackGenerations('higgsfield', fixture('higgsfield/webhook-nsfw.json')))).toEqual([
      ['d7e6c0f3-6699-4f6c-bb45-2ad7fd915806', 'blocked', 'nsfw'],
    ]);
  });

  it('keeps numeric statuses it cannot interpret as unknown, with the raw number (Kling web feed)', () => {
    const found = fallbackGenerations('kling', fixture('kling/web-task-list.json'));
    expect(found.length).toBeGreaterThan(3);
    expect(found.every((g) => g.status === 'unknown' && /^\d+$/.test(g.providerStatus ?? ''))).toBe(true);
    // The envelope's own `status: 200` has no ID beside it and is not a generation.
    expect(found.some((g) => g.providerStatus === '200')).toBe(false);
  });

  it('reads a Pika-style RSC stream as the tap forwards it (shape: andrewarrow/inspiredby2 pika/README.md)', () => {
    const rsc = [
      '0:["$@1",["build-id",null]]',
      '1:{"data":{"results":[{"id":"c0ffee00-1111-4222-8333-444455556666","promptText":"a red fox","videos":[',
    ].join('\n');
    // A stream line cut mid-JSON is skipped; a whole one is read.
    const row = '{"data":{"results":[{"id":"c0ffee00-1111-4222-8333-444455556666","status":"error","error":"Generation failed"}]}}';
    const whole = `${rsc.split('\n')[0]}\n1:${row}\n`;
    expect(fallbackGenerations('pika', decodeBody(rsc))).toEqual([]);
    expect(brief(fallbackGenerations('pika', decodeBody(whole)))).toEqual([['c0ffee00-1111-4222-8333-444455556666', 'failed', 'error']]);
  });

  it('finds Hailuo 2026 feed items by commonInfo {id, status} (shape: idx 69682612678)', () => {
    const feed = {
      data: { batchFeeds: [{ feeds: [{ commonInfo: { id: '4711000000000001', status: 5 }, feedMessage: { message: 'x' } }] }] },
    };
    expect(brief(fallbackGenerations('hailuo', feed))).toEqual([['4711000000000001', 'unknown', '5']]);
  });

  it('ignores people and plans, ID-less statuses, IDs that are sentences, and objects with neither status nor error', () => {
    const body = {
      user: { id: 'user_12345', status: 'active' },
      status: 'ok',
      items: [
        { id: 'not an id at all', status: 'failed' },
        { id: 'job_778899', title: 'x' },
        { id: 'job_778800', error: null, state: 'queued' },
      ],
    };
    expect(brief(fallbackGenerations('x', body))).toEqual([['job_778800', 'unknown', 'queued']]);
    expect(fallbackGenerations('x', 'a string')).toEqual([]);
    expect(fallbackGenerations('x', undefined)).toEqual([]);
  });

  it('is bounded on hostile input: deep nesting and huge lists', () => {
    let deep: unknown = { id: 'job_deep_1', status: 'failed' };
    for (let i = 0; i < 10_000; i++) deep = [deep];
    expect(fallbackGenerations('x', deep)).toEqual([]);
    const many = Array.from({ length: 5000 }, (_, i) => ({ id: `job_${100000 + i}`, status: 'failed' }));
    expect(fallbackGenerations('x', many)).toHaveLength(200);
  });

  it('an own-key check: __proto__ and constructor in the body reach no prototype', () => {
    const body = JSON.parse(
      '{"__proto__":{"id":"job_123456","status":"failed"},"constructor":{"id":"job_654321","state":"error"}}',
    ) as unknown;
    expect(brief(fallbackGenerations('x', body))).toEqual([
      ['job_123456', 'failed', 'failed'],
      ['job_654321', 'failed', 'error'],
    ]);
    expect(({} as Record<string, unknown>).status).toBeUndefined();
  });
});
