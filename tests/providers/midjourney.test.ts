// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { midjourneyFailureKind } from '../../src/providers/midjourney.ts';
import { ParseError } from '../../src/providers/types.ts';
import { byId, loadFixture, parseFixture, provider } from './helpers.ts';

const U = (n: number) => `3f6b2c1d-8e9a-4b7c-9d0e-1f2a3b4c5d${n.toString(16).padStart(2, '0')}`;

describe('midjourney: submit-jobs', () => {
  it('a video job just submitted is queued, its parent image job a related ID', () => {
    const [g] = parseFixture('midjourney', 'submit-jobs-video.json').generations;
    expect(g).toMatchObject({ id: U(1), status: 'queued', providerStatus: 'queued', relatedIds: ['8c1d2e3f-4a5b-4c6d-9e0f-1a2b3c4d5e6f'] });
  });

  it('a refused submission has no job ID: a problem with Midjourney’s own words', () => {
    const r = parseFixture('midjourney', 'submit-jobs-refused.json');
    expect(r.generations).toEqual([]);
    expect(r.problems).toEqual(['Midjourney refused a job (banned_prompt): Banned prompt detected']);
  });
});

describe('midjourney: the job list', () => {
  it('keeps video jobs only; a listed job without a status is finished, with its CDN video', () => {
    const r = parseFixture('midjourney', 'imagine-list.json');
    expect(r.generations.map((g) => g.id)).toEqual([U(2), U(3)]);
    expect(byId(r, U(2))).toMatchObject({
      status: 'succeeded',
      prompt: 'a lantern floating over a lake --video 1',
      model: 'vid_1.1_i2v_render_b_joint_video',
      videoUrl: `https://cdn.midjourney.com/video/${U(2)}/0.mp4`,
      createdAt: '2026-02-21T10:00:00.000Z',
    });
  });

  it.each([
    [10, 'succeeded', undefined],
    [11, 'failed', 'generation_error'],
    [12, 'failed', 'generation_error'],
    [13, 'blocked', 'moderation_output'],
    [14, 'blocked', 'moderation_input'],
    [15, 'running', undefined],
    [16, 'queued', undefined],
    [17, 'unknown', undefined],
  ])('job %i is %s (%s)', (n, status, kind) => {
    const g = byId(parseFixture('midjourney', 'imagine-statuses.json'), U(n));
    expect(g.status).toBe(status);
    expect(g.failureKind).toBe(kind);
  });

  it('failure texts are kept verbatim as the code; a status AVA does not know is kept raw', () => {
    const r = parseFixture('midjourney', 'imagine-statuses.json');
    expect(byId(r, U(12))).toMatchObject({ providerCode: 'Job Timeout', message: 'Job Timeout' });
    expect(byId(r, U(15))).toMatchObject({ progress: 0.4 });
    expect(byId(r, U(17))).toMatchObject({ providerStatus: 'frozen' });
    expect(byId(r, U(15)).videoUrl).toBeUndefined();
  });

  it('a video job whose id is no job ID is reported, the rest kept', () => {
    const r = parseFixture('midjourney', 'partial-imagine-list.json');
    expect(r.generations.map((g) => g.id)).toEqual([U(0x31)]);
    expect(r.problems).toEqual([expect.stringContaining('not-a-job-id')]);
  });

  it('an object with no list and no submit answer is a ParseError', () => {
    expect(() => provider('midjourney').parseResponse('x', loadFixture('midjourney', 'malformed-no-list.json'))).toThrow(ParseError);
  });

  it.each([
    ['Banned prompt detected', 'moderation_input'],
    ['[Image denied] Request cancelled due to image filters', 'moderation_input'],
    ['Request cancelled due to output filters', 'moderation_output'],
    ['Job Timeout', 'generation_error'],
    ['[Internal error] Something went wrong', 'generation_error'],
    [undefined, 'generation_error'],
  ])('text %s is %s', (text, kind) => {
    expect(midjourneyFailureKind(text)).toBe(kind);
  });
});

describe('midjourney: DOM fallback', () => {
  it('finds job IDs in /jobs/<uuid> links, status unknown', () => {
    document.body.replaceChildren(
      ...[`/jobs/${U(0x40)}?index=0`, `/jobs/${U(0x40)}?index=1`, '/jobs/nope'].map((href) => {
        const a = document.createElement('a');
        a.setAttribute('href', href);
        return a;
      }),
    );
    expect(provider('midjourney').parseDom(document, 'https://www.midjourney.com/imagine').generations).toEqual([
      { provider: 'midjourney', id: U(0x40), status: 'unknown', source: 'dom' },
    ]);
  });
});
