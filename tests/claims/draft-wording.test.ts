/**
 * Wording a person would not write, found reading the drafts of every demo provider page in a QA pass of the built
 * extension: a product list in the greeting, a second full stop after a quoted message that ends its own sentence,
 * a bare status code in quotes ("has shown “5”"), and a status or a repeated message given as the error code. The
 * generations here are written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { type DraftCase, draftClaim } from '../../src/claims/draft.ts';
import { supportName } from '../../src/claims/draft-parts.ts';
import { draftFollowUp } from '../../src/claims/follow-up.ts';
import { dreamina } from '../../src/providers/dreamina.ts';
import { sentClaim } from '../helpers/claims.ts';
import { heygen } from '../../src/providers/heygen.ts';
import { midjourney } from '../../src/providers/midjourney.ts';
import { pixverse } from '../../src/providers/pixverse.ts';
import { runway } from '../../src/providers/runway.ts';
import { veo } from '../../src/providers/veo.ts';
import type { Generation } from '../../src/shared/generation.ts';

const now = new Date('2026-12-07T12:00:00Z');
const account = { email: 'ana@example.com' };
const gen = (over: Partial<Generation>): Generation => ({
  provider: 'runway',
  id: '6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f',
  status: 'failed',
  failureKind: 'generation_error',
  source: 'network',
  createdAt: '2026-12-01T09:00:00.000Z',
  ...over,
});
const draft = (over: Partial<DraftCase>) => draftClaim({ provider: runway, generations: [gen({})], modes: [], account, now, ...over });

describe('greeting', () => {
  it('names the provider without the bracketed qualifier of its display name', () => {
    expect(supportName('Google Veo 3 (Flow, Gemini API, Vertex AI)')).toBe('Google Veo 3');
    expect(supportName('Dreamina (Seedance)')).toBe('Dreamina');
    expect(supportName('OpenAI Sora 2')).toBe('OpenAI Sora 2');
    // Nothing but a bracket: keep what there is rather than greet nobody.
    expect(supportName('(beta)')).toBe('(beta)');
    const veoGen = gen({ provider: 'veo', id: '7f2a9c1e-3d4e-4f5a-8b6c-7d8e9f0a2c02' });
    expect(draft({ provider: veo, generations: [veoGen] }).body.split('\n')[0]).toBe('Hello Google Veo 3 Support,');
    const dr = gen({ provider: 'dreamina', id: '34168772864003', status: 'blocked', failureKind: 'moderation_input' });
    expect(draft({ provider: dreamina, generations: [dr] }).body.split('\n')[0]).toBe('Hello Dreamina Support,');
  });

  it('the follow-up greets the same way', () => {
    const sent = Date.parse('2026-11-20T09:00:00Z');
    const claim = sentClaim('c1', sent, {
      provider: 'veo',
      generationIds: ['7f2a9c1e-3d4e-4f5a-8b6c-7d8e9f0a2c02'],
      draft: { subject: 'Veo generation failed', body: 'Hello Google Veo 3 Support,\n\nThe original text.' },
    });
    expect(draftFollowUp(claim, veo, {}, now).body.split('\n')[0]).toBe('Hello Google Veo 3 Support,');
  });
});

describe('the page’s message, quoted', () => {
  it('takes no second full stop when it ends its own sentence', () => {
    const d = draft({ generations: [gen({ message: 'Internal error encountered.' })] });
    expect(d.body).toContain('The page said “Internal error encountered.”\n');
    expect(d.body).not.toContain('.”.');
    const ja = draft({ generations: [gen({ message: '生成に失敗しました。' })] });
    expect(ja.body).toContain('The page said “生成に失敗しました。”\n');
  });

  it('ends with a full stop when the message has none', () => {
    expect(draft({ generations: [gen({ message: 'Video generation failed' })] }).body).toContain(
      'The page said “Video generation failed”.',
    );
  });
});

describe('stuck', () => {
  it('a numeric status reads as a status, not as a number the page showed', () => {
    const g = gen({
      provider: 'pixverse',
      id: '315947621884306',
      status: 'running',
      failureKind: undefined,
      providerStatus: '5',
      createdAt: '2026-12-01T09:00:00.000Z',
    });
    const d = draft({ provider: pixverse, generations: [g] });
    expect(d.body).toContain('My generation on 2026-12-01 has shown the status “5” for 6 days and never finished.');
  });
});

describe('the provider’s code in the first sentence', () => {
  const blockedGen = (providerCode: string, message?: string) =>
    gen({ status: 'blocked', failureKind: 'moderation_input', providerCode, message, prompt: 'two boxers in the rain' });

  it('is a code, not a status: no "failed with the error progress 15"', () => {
    const d = draft({ generations: [gen({ providerStatus: 'progress 15', message: 'Video generation failed' })] });
    expect(d.body).toContain('My generation on 2026-12-01 failed and delivered no video.');
    expect(d.body).toContain('(status progress 15, 2026-12-01)');
  });

  it('is left out when the quoted message already says it, or when it is only the word "error"', () => {
    expect(draft({ generations: [blockedGen('Image denied', 'Image denied')] }).body).toContain(
      'My generation on 2026-12-01 was blocked, and I believe the block was a mistake.\nThe page said “Image denied”.',
    );
    expect(draft({ generations: [blockedGen('error', 'Your prompt was flagged')] }).body).toContain('was blocked, and I believe');
    const kling = draft({ generations: [gen({ providerCode: '58', providerStatus: '58', message: 'failed (status 58)' })] });
    expect(kling.body).toContain('failed and delivered no video.');
    expect(kling.body).toContain('code 58');
  });

  it('stays when the message does not say it (a number inside another does not count)', () => {
    expect(draft({ generations: [blockedGen('SAFETY.INPUT.TEXT', 'Your prompt was flagged')] }).body).toContain(
      'was blocked (SAFETY.INPUT.TEXT), and I believe',
    );
    expect(draft({ generations: [gen({ providerCode: '58', message: 'Error 580, try again' })] }).body).toContain(
      'failed with the error 58 and delivered no video.',
    );
  });
});

describe('citing the provider’s own article', () => {
  // "mine did not come back" follows an article about an automatic return (Runway); after HeyGen's (a refund once it
  // has looked at the video ID and the part that went wrong) or Midjourney's (errored jobs cost no GPU time) it did not.
  it.each([
    [heygen, 'heygen', 'the video ID and what went wrong are below.'],
    [midjourney, 'midjourney', 'please check that the time for mine was not counted.'],
    [runway, 'runway', 'mine did not come back.'],
  ] as const)('%#: %s says what follows from its article', (provider, id, follows) => {
    // Only one ending, the provider's own: never the default added after it.
    const body = draft({ provider, generations: [gen({ provider: id, id: '9a8b7c6d-1111-4222-8333-944455556666' })] }).body;
    const cited = body.split('\n').find((l) => l.startsWith('Your help article'));
    expect(cited, body).toBeDefined();
    expect(cited!.endsWith(`; ${follows}`), cited).toBe(true);
    expect(cited!.split(';').length, cited).toBe(2);
  });
});
