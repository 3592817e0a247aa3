import { describe, expect, it } from 'vitest';
import { lumaFailureKind } from '../../src/providers/luma.ts';
import { ParseError } from '../../src/providers/types.ts';
import { byId, loadFixture, parseFixture, provider } from './helpers.ts';

const L = (n: number) => `2b7e9d4c-1a3f-4c5e-9b8d-6f0a1e2d3c${n.toString(16).padStart(2, '0')}`;

describe('luma parsers', () => {
  it('a completed generation with its video asset', () => {
    const [g] = parseFixture('luma', 'api-generation-completed.json').generations;
    expect(g).toMatchObject({ id: L(1), status: 'succeeded', providerStatus: 'completed', prompt: 'Luma prompt 1', videoUrl: 'https://storage.cdn-luma.com/dream_machine/2b7e9d4c/video.mp4' });
  });

  it('a failed generation keeps failure_reason verbatim', () => {
    const [g] = parseFixture('luma', 'api-generation-failed-moderation.json').generations;
    expect(g).toMatchObject({ id: L(2), status: 'blocked', failureKind: 'moderation_input', message: 'Advanced prompt moderation failed', providerStatus: 'failed' });
  });

  it('maps every state and every documented failure_reason', () => {
    const r = parseFixture('luma', 'api-generations-list.json');
    expect(byId(r, L(3)).status).toBe('queued');
    expect(byId(r, L(4))).toMatchObject({ status: 'running', providerStatus: 'dreaming' });
    expect(byId(r, L(5))).toMatchObject({ status: 'blocked', failureKind: 'moderation_input', message: 'Contains blacklisted words' });
    expect(byId(r, L(6))).toMatchObject({ status: 'blocked', failureKind: 'moderation_input', message: 'Frame moderation failed' });
    expect(byId(r, L(7))).toMatchObject({ status: 'blocked', failureKind: 'moderation', message: 'Advanced moderation failed' });
    expect(byId(r, L(8))).toMatchObject({ status: 'blocked', failureKind: 'moderation_input', message: '400: failed to moderate image' });
    expect(byId(r, L(9))).toMatchObject({ status: 'failed', failureKind: 'generation_error', message: 'Prompt processing failed' });
    expect(byId(r, L(10))).toMatchObject({ status: 'failed', failureKind: 'generation_error' });
  });

  it('the newer failure_code values win over the text and stay in providerCode', () => {
    const r = parseFixture('luma', 'api-generations-failure-codes.json');
    expect(byId(r, L(11))).toMatchObject({ status: 'blocked', failureKind: 'moderation', providerCode: 'content_moderated' });
    expect(byId(r, L(12))).toMatchObject({ status: 'failed', failureKind: 'generation_error', providerCode: 'generation_failed' });
    expect(byId(r, L(13))).toMatchObject({ status: 'failed', failureKind: 'generation_error', providerCode: 'budget_exhausted' });
    expect(byId(r, L(14))).toMatchObject({ status: 'failed', failureKind: 'generation_error', providerCode: 'output_not_found' });
    expect(lumaFailureKind('toString', undefined)).toBe('generation_error');
  });

  it('an empty list is a known shape', () => {
    expect(parseFixture('luma', 'api-generations-empty.json')).toEqual({ generations: [], problems: [] });
  });

  it('a partial list keeps the good item and names the bad ones', () => {
    const r = parseFixture('luma', 'partial-generations-list.json');
    expect(r.generations.map((g) => g.id)).toEqual([L(15)]);
    expect(r.problems).toHaveLength(2);
    expect(r.problems.join('\n')).toMatch(/not-a-uuid[\s\S]*exploded/);
  });

  it('malformed bodies throw ParseError', () => {
    const p = provider('luma');
    expect(() => p.parseResponse('x', loadFixture('luma', 'malformed-unknown-shape.json'))).toThrow(/Luma: no generation objects/);
    expect(() => p.parseResponse('x', loadFixture('luma', 'malformed-array-of-numbers.json'))).toThrow(ParseError);
  });
});
