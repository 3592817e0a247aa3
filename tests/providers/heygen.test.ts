import { describe, expect, it } from 'vitest';
import { heygenVideoIdFromUrl } from '../../src/providers/heygen.ts';
import { ParseError } from '../../src/providers/types.ts';
import { loadFixture, parseFixture, provider } from './helpers.ts';

const H = (n: number) => `ba6c802a4de4418f84272c1fdc0dfa${n.toString(16).padStart(2, '0')}`;
const POLL = (id: string) => `https://api.heygen.com/v1/video_status.get?video_id=${id}`;

describe('heygen: the status poll (the video ID is only in the URL)', () => {
  it('completed: the video, its length, under the ID from video_id', () => {
    const [g] = parseFixture('heygen', 'status-completed.json', POLL(H(1))).generations;
    expect(g).toMatchObject({
      id: H(1),
      status: 'succeeded',
      providerStatus: 'completed',
      durationS: 12.4,
      videoUrl: 'https://media.ava.demo/clips/clean.mp4',
    });
  });

  it('processing is running; failed is a render failure with HeyGen’s code and words', () => {
    expect(parseFixture('heygen', 'status-processing.json', POLL(H(2))).generations[0]).toMatchObject({ id: H(2), status: 'running' });
    const [g] = parseFixture('heygen', 'status-failed.json', POLL(H(3))).generations;
    expect(g).toMatchObject({
      id: H(3),
      status: 'failed',
      failureKind: 'generation_error',
      providerCode: 'render_failed',
      message: 'Video render failed',
    });
  });

  it('a poll URL without a 32-hex video_id names nothing: reported', () => {
    expect(heygenVideoIdFromUrl(`${POLL('not-hex')}`)).toBeUndefined();
    const r = parseFixture('heygen', 'partial-no-id.json');
    expect(r.generations).toEqual([]);
    expect(r.problems).toEqual([expect.stringContaining('no 32-hex video ID')]);
  });

  it('the submission answer queues the new video', () => {
    expect(parseFixture('heygen', 'generate.json').generations).toEqual([expect.objectContaining({ id: H(1), status: 'queued' })]);
  });

  it('a refused request is a problem; a non-envelope is a ParseError', () => {
    expect(parseFixture('heygen', 'refused.json').problems).toEqual([
      'HeyGen refused the request (invalid_parameter): avatar_id is invalid',
    ]);
    expect(() => provider('heygen').parseResponse('x', loadFixture('heygen', 'malformed-string.json'))).toThrow(ParseError);
  });

  it('a saved list of answers: each with its own data.id', () => {
    const r = parseFixture('heygen', 'demo-statuses.json');
    expect(r.generations.map((g) => [g.id, g.status, g.failureKind])).toEqual([
      [H(0x21), 'succeeded', undefined],
      [H(0x22), 'failed', 'generation_error'],
      [H(0x23), 'blocked', 'moderation'],
      [H(0x24), 'running', undefined],
    ]);
  });
});

describe('heygen: what its refund article asks for', () => {
  it('the draft cites the article and must name the video ID and the problematic part', () => {
    const p = provider('heygen');
    expect(p.policy.refundCitation?.source.ref).toContain('help.heygen.com/en/articles/8304807');
    expect(p.ticket.mustInclude).toEqual(expect.arrayContaining(['the video ID', expect.stringContaining('problematic part')]));
    expect(p.support.channels.every((c) => c.kind !== 'email')).toBe(true);
  });
});
