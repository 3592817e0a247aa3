import { describe, expect, it } from 'vitest';
import { lumaFailureKind } from '../../src/providers/luma.ts';
import { ParseError } from '../../src/providers/types.ts';
import { byId, loadFixture, parseFixture, provider } from './helpers.ts';

const L = (n: number) => `2b7e9d4c-1a3f-4c5e-9b8d-6f0a1e2d3c${n.toString(16).padStart(2, '0')}`;

describe('luma parsers', () => {
  it('a completed generation with its video asset', () => {
    const [g] = parseFixture('luma', 'api-generation-completed.json').generations;
    expect(g).toMatchObject({
      id: L(1),
      status: 'succeeded',
      providerStatus: 'completed',
      prompt: 'Luma prompt 1',
      videoUrl: 'https://storage.cdn-luma.com/dream_machine/2b7e9d4c/video.mp4',
    });
  });

  it('a failed generation keeps failure_reason verbatim', () => {
    const [g] = parseFixture('luma', 'api-generation-failed-moderation.json').generations;
    expect(g).toMatchObject({
      id: L(2),
      status: 'blocked',
      failureKind: 'moderation_input',
      message: 'Advanced prompt moderation failed',
      providerStatus: 'failed',
    });
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
    // An unknown state word is kept (unknown, the word verbatim); only the unreadable id is dropped.
    expect(r.generations.map((g) => [g.id, g.status, g.providerStatus])).toEqual([
      [L(15), 'succeeded', 'completed'],
      [L(16), 'unknown', 'exploded'],
    ]);
    expect(r.problems).toEqual([expect.stringContaining('not-a-uuid')]);
  });

  it('malformed bodies throw ParseError', () => {
    const p = provider('luma');
    expect(() => p.parseResponse('x', loadFixture('luma', 'malformed-unknown-shape.json'))).toThrow(/Luma: no generation objects/);
    expect(() => p.parseResponse('x', loadFixture('luma', 'malformed-array-of-numbers.json'))).toThrow(ParseError);
  });
});

describe('luma: the web app’s 2024 list (LumaDreamCreator, Luma-API)', () => {
  const WEB = 'https://internal-api.virginia.labs.lumalabs.ai/api/photon/v1/user/generations/?offset=0&limit=10';
  const W = (n: number) => `8c2f6a1e-4b3d-4e5f-9a7b-1c2d3e4f5a0${n}`;

  it('the web list URL is one the page tap offers to the parser', () => {
    expect(provider('luma').apiUrls.some((re) => re.test(WEB))).toBe(true);
  });

  it('pending, processing, completed and failed, with video.url for the finished one', () => {
    const r = parseFixture('luma', 'web-generations-2024.json', WEB);
    expect(r.problems).toEqual([]);
    expect(r.generations.map((g) => [g.id, g.status, g.providerStatus])).toEqual([
      [W(1), 'queued', 'pending'],
      [W(2), 'running', 'processing'],
      [W(3), 'succeeded', 'completed'],
      [W(4), 'failed', 'failed'],
    ]);
    expect(r.generations[2]!.videoUrl).toBe('https://storage.cdn-luma.com/lit_lite_inference_v1.6-xl/8c2f6a1e-5a03/watermarked_video0.mp4');
    // The web shape has no failure reason: a failed generation is a generation error, with no invented message.
    expect(r.generations[3]).toMatchObject({ failureKind: 'generation_error' });
    expect(r.generations[3]!.message).toBeUndefined();
    expect(r.generations[0]!.prompt).toBe('A lighthouse beam sweeping over a stormy sea');
  });

  it('an empty web list is an empty page, not an error', () => {
    expect(provider('luma').parseResponse(WEB, [])).toEqual({ generations: [], problems: [] });
  });
});
