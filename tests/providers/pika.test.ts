import { describe, expect, it } from 'vitest';
import { ParseError } from '../../src/providers/types.ts';
import { byId, loadFixture, parseFixture, provider } from './helpers.ts';

const P = (n: number) => `5d3c2b1a-0f9e-4d8c-b7a6-1e2f3a4b5c${n.toString(16).padStart(2, '0')}`;

describe('pika parsers', () => {
  it('maps queued / finished and keeps the error verbatim', () => {
    const r = parseFixture('pika', 'web-library.json');
    expect(byId(r, P(1))).toMatchObject({ status: 'queued', providerStatus: 'queued', prompt: 'A paper boat in a storm' });
    expect(byId(r, P(2))).toMatchObject({ status: 'running', providerStatus: 'queued', progress: 0.35 });
    expect(byId(r, P(3))).toMatchObject({ status: 'succeeded', providerStatus: 'finished', videoUrl: 'https://cdn.pika.art/v1/5d3c2b1a/video.mp4' });
    expect(byId(r, P(4))).toMatchObject({ status: 'blocked', failureKind: 'moderation', message: 'Your prompt was flagged by our content moderation system' });
    expect(byId(r, P(5))).toMatchObject({ status: 'failed', failureKind: 'generation_error', providerCode: 'GENERATION_FAILED', message: 'Something went wrong while generating' });
    // "finished" with neither result nor error delivered nothing.
    expect(byId(r, P(6))).toMatchObject({ status: 'failed', failureKind: 'generation_error', providerStatus: 'finished' });
  });

  it('a single finished video', () => {
    expect(parseFixture('pika', 'web-video-finished.json').generations).toEqual([expect.objectContaining({ id: P(7), status: 'succeeded', progress: 1 })]);
  });

  it('an unknown status is reported, not guessed', () => {
    const r = parseFixture('pika', 'partial-library.json');
    expect(r.generations.map((g) => g.id)).toEqual([P(8)]);
    expect(r.problems).toEqual([expect.stringContaining('"melting" not recognised')]);
  });

  it('malformed bodies throw ParseError', () => {
    const p = provider('pika');
    expect(() => p.parseResponse('x', loadFixture('pika', 'malformed-unknown-shape.json'))).toThrow(/Pika: no video objects/);
    expect(() => p.parseResponse('x', loadFixture('pika', 'malformed-null.json'))).toThrow(ParseError);
  });
});
