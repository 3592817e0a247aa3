// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { decodeBody } from '../../src/providers/body.ts';
import { ParseError } from '../../src/providers/types.ts';
import { byId, loadFixture, parseFixture, provider } from './helpers.ts';

const G = (n: number) => `0b6e1f4a-2c3d-4e5f-8a9b-0c1d2e3f4a${n.toString(16).padStart(2, '0')}`;
const STREAM = 'https://grok.com/rest/app-chat/conversations/new';

describe('grok: the video stream', () => {
  it('frames fold into one video; progress 100 with a URL is done, the asset path made absolute', () => {
    const r = parseFixture('grok', 'stream-video-done.json');
    expect(r.generations).toEqual([
      expect.objectContaining({
        id: G(1),
        status: 'succeeded',
        providerStatus: 'progress 100',
        progress: 1,
        videoUrl: `https://assets.grok.com/users/${G(0xf0)}/generated/${G(1)}/generated_video.mp4`,
      }),
    ]);
  });

  it('the same, from the SSE text the app sends (decodeBody’s chunks)', () => {
    const text =
      (loadFixture('grok', 'stream-video-done.json') as unknown[]).map((c) => `data: ${JSON.stringify(c)}`).join('\n\n') +
      '\n\ndata: [DONE]\n';
    expect(provider('grok').parseResponse(STREAM, decodeBody(text)).generations).toEqual(
      parseFixture('grok', 'stream-video-done.json').generations,
    );
  });

  it('videoId is the ID, videoPostId a related ID; prompt and model from the first frame', () => {
    const [g] = parseFixture('grok', 'stream-video-id-prompt.json').generations;
    expect(g).toMatchObject({
      id: G(3),
      relatedIds: [G(4)],
      status: 'succeeded',
      prompt: 'a koi pond at night, slow pan',
      model: 'imagine-video-gen',
    });
  });

  it('moderated: a moderation block in the app’s words', () => {
    const [g] = parseFixture('grok', 'stream-moderated.json').generations;
    expect(g).toMatchObject({
      id: G(5),
      status: 'blocked',
      failureKind: 'moderation',
      providerCode: 'moderated',
      message: 'Video moderated',
    });
    expect(g!.videoUrl).toBeUndefined();
  });

  it('an error chunk fails the video whose frames came before it, with the error verbatim', () => {
    const [g] = parseFixture('grok', 'stream-error.json').generations;
    expect(g).toMatchObject({ id: G(6), status: 'failed', failureKind: 'generation_error', message: 'Video generation failed' });
  });

  it('in a longer stream the error touches only the unfinished videos before it', () => {
    const r = parseFixture('grok', 'demo-stream.json');
    expect(byId(r, G(0x21)).status).toBe('succeeded');
    expect(byId(r, G(0x22)).status).toBe('blocked');
    expect(byId(r, G(0x23)).status).toBe('failed');
    expect(byId(r, G(0x24))).toMatchObject({ status: 'running', progress: 0.45 });
  });

  it('an error with no video in progress is a problem, not a generation', () => {
    const r = provider('grok').parseResponse(STREAM, [{ error: { message: 'rate limited' } }]);
    expect(r).toEqual({ generations: [], problems: ['Grok answered with an error for no video in progress: rate limited'] });
  });

  it('the media post answer is known and carries no video job', () => {
    expect(parseFixture('grok', 'media-post-create.json')).toEqual({ generations: [], problems: [] });
  });

  it('a frame whose ID is no UUID is reported; chunks without objects are a ParseError', () => {
    const r = parseFixture('grok', 'partial-stream.json');
    expect(r.generations.map((g) => g.id)).toEqual([G(8)]);
    expect(r.problems).toEqual([expect.stringContaining('video-post-1')]);
    expect(() => provider('grok').parseResponse(STREAM, loadFixture('grok', 'malformed-no-frames.json'))).toThrow(ParseError);
  });
});

describe('grok: pages', () => {
  it('a post page names its post; other pages name nothing', () => {
    const p = provider('grok');
    expect(p.parseDom(document, `https://grok.com/imagine/post/${G(9)}?source=share`).generations).toEqual([
      { provider: 'grok', id: G(9), status: 'unknown', source: 'dom' },
    ]);
    expect(p.parseDom(document, 'https://grok.com/imagine').generations).toEqual([]);
  });

  it('bills by a quota, so drafts and triage speak of the allowance', () => {
    expect(provider('grok').billing?.kind).toBe('quota');
    expect(provider('grok').ticket.subjects.failed).toMatch(/limit/);
  });
});
