import { describe, expect, it } from 'vitest';
import { ParseError } from '../../src/providers/types.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeBody } from '../../src/providers/body.ts';
import { byId, FIXTURES, loadFixture, parseFixture, provider } from './helpers.ts';

const P = (n: number) => `5d3c2b1a-0f9e-4d8c-b7a6-1e2f3a4b5c${n.toString(16).padStart(2, '0')}`;

describe('pika parsers', () => {
  it('maps queued / finished and keeps the error verbatim', () => {
    const r = parseFixture('pika', 'web-library.json');
    expect(byId(r, P(1))).toMatchObject({ status: 'queued', providerStatus: 'queued', prompt: 'A paper boat in a storm' });
    expect(byId(r, P(2))).toMatchObject({ status: 'running', providerStatus: 'queued', progress: 0.35 });
    expect(byId(r, P(3))).toMatchObject({
      status: 'succeeded',
      providerStatus: 'finished',
      videoUrl: 'https://cdn.pika.art/v1/5d3c2b1a/video.mp4',
    });
    expect(byId(r, P(4))).toMatchObject({
      status: 'blocked',
      failureKind: 'moderation',
      message: 'Your prompt was flagged by our content moderation system',
    });
    expect(byId(r, P(5))).toMatchObject({
      status: 'failed',
      failureKind: 'generation_error',
      providerCode: 'GENERATION_FAILED',
      message: 'Something went wrong while generating',
    });
    // "finished" with neither result nor error delivered nothing.
    expect(byId(r, P(6))).toMatchObject({ status: 'failed', failureKind: 'generation_error', providerStatus: 'finished' });
  });

  it('a single finished video', () => {
    expect(parseFixture('pika', 'web-video-finished.json').generations).toEqual([
      expect.objectContaining({ id: P(7), status: 'succeeded', progress: 1 }),
    ]);
  });

  it('an unknown status is kept as unknown with the raw word; a listed video without an id is reported', () => {
    const r = parseFixture('pika', 'partial-library.json');
    expect(r.generations.map((g) => [g.id, g.status, g.providerStatus])).toEqual([
      [P(8), 'succeeded', 'finished'],
      [P(9), 'unknown', 'melting'],
    ]);
    expect(r.generations[1]!.failureKind).toBeUndefined();
    expect(r.problems).toEqual([expect.stringContaining('no video id')]);
  });

  it('malformed bodies throw ParseError', () => {
    const p = provider('pika');
    expect(() => p.parseResponse('x', loadFixture('pika', 'malformed-unknown-shape.json'))).toThrow(/Pika: no generation/);
    expect(() => p.parseResponse('x', loadFixture('pika', 'malformed-null.json'))).toThrow(ParseError);
  });
});

describe('pika: the app as public code shows it (create.pika.art, Server Actions, partner API)', () => {
  const B = (n: number) => `b6c7af4e-1f60-4971-b36f-2b54664f49${String(n).padStart(2, '0')}`;
  // As the collector will: the text/x-component body through decodeBody, then the parser.
  const text = () => readFileSync(join(FIXTURES, 'pika', 'library-rsc.txt'), 'utf8');
  const rsc = () => provider('pika').parseResponse('https://create.pika.art/my-library', decodeBody(text()));

  it('the library RSC stream: videos under their generation, prompt from the parent promptText', () => {
    const r = rsc();
    expect(byId(r, B(1))).toMatchObject({
      status: 'succeeded',
      providerStatus: 'finished',
      prompt: 'collaborating with athletic trainers to analyze data',
      durationS: 5,
      videoUrl: 'https://cdn.pika.art/v1/b6c7af4e/collaborating_with_athletic_trainers.mp4',
    });
    expect(byId(r, B(4))).toMatchObject({ status: 'queued', prompt: 'a paper boat in a storm', createdAt: '2026-11-20T10:00:00.000Z' });
    expect(r.problems).toEqual([]);
  });

  it('status "error" is a failure with Pika’s text; a moderation text makes it a block', () => {
    const r = rsc();
    expect(byId(r, B(2))).toMatchObject({
      status: 'failed',
      failureKind: 'generation_error',
      providerCode: 'error',
      message: 'Something went wrong while generating your video',
    });
    expect(byId(r, B(3))).toMatchObject({ status: 'blocked', failureKind: 'moderation', prompt: 'two boxers trading punches in the rain' });
  });

  it('the submit answer: a generation with its queued video', () => {
    expect(parseFixture('pika', 'generate-queued.json', 'https://api.pika.art/generate').generations).toEqual([
      expect.objectContaining({
        id: 'b6c7af4e-1f60-4971-b36f-2b54664f4972',
        status: 'queued',
        prompt: 'collaborating with athletic trainers to analyze data',
      }),
    ]);
  });

  it('the partner API: "failed" with "prompt not allowed" is a block, named by the id in its URL', () => {
    const id = '5d3c2b1a-0f9e-4d8c-b7a6-1e2f3a4b5c77';
    const [g] = parseFixture('pika', 'partner-video-failed.json', `https://devapi.pika.art/videos/${id}`).generations;
    expect(g).toMatchObject({ id, status: 'blocked', failureKind: 'moderation', providerStatus: 'failed', message: 'prompt not allowed' });
    const noId = parseFixture('pika', 'partner-video-failed.json', 'https://api.pika.art/x');
    expect(noId.problems).toEqual([expect.stringContaining('no video id')]);
  });

  it('create.pika.art pages are Pika’s; pika.style is not', () => {
    expect(provider('pika').matches).toContain('https://create.pika.art/*');
    expect(provider('pika').support.channels.map((c) => c.value)).toEqual(['support@pika.art']);
  });
});
