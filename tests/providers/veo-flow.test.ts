// @vitest-environment happy-dom
/** Flow's 2026 `media[]` status contract and the flow.google.com failed tile (sources in src/providers/veo.flow.ts). */
import { describe, expect, it } from 'vitest';
import { scrubUrl } from '../../src/shared/scrub.ts';
import { byId, loadFixture, parseFixture, provider } from './helpers.ts';

const STATUS_URL = 'https://aisandbox-pa.googleapis.com/v1/video:batchCheckAsyncVideoGenerationStatus';
const M = (n: number) => `92cea5b7-4f1d-4c3e-9a5b-6d7e8f9a0b${n}`;

describe('veo: Flow media[] (2026 contract)', () => {
  const r = () => parseFixture('veo', 'flow-media-status-2026.json', STATUS_URL);

  it('reads the status at mediaMetadata.mediaStatus.mediaGenerationStatus, with prompt, model and video', () => {
    expect(byId(r(), M(11))).toMatchObject({
      status: 'succeeded',
      providerStatus: 'MEDIA_GENERATION_STATUS_SUCCESSFUL',
      prompt: 'A lighthouse at dusk, waves crashing, slow dolly in',
      model: 'veo_3_1_fast',
      createdAt: '2026-10-31T20:11:09.517Z',
      relatedIds: ['1088d16f-5a6b-4c7d-8e9f-0a1b2c3d4e01', 'd9c37290-1a2b-4c3d-8e9f-0a1b2c3d4e01'],
    });
    // The parser keeps the signed link (Analyse video needs it); the worker scrubs it where it stores.
    expect(byId(r(), M(11)).videoUrl).toBe('https://flow-content.google/video/92cea5b7?sig=abc&Expires=1');
    expect(scrubUrl(byId(r(), M(11)).videoUrl)).toBe('https://flow-content.google/video/92cea5b7');
  });

  it('a FAILED item is kept: failureReasons naming PUBLIC_ERROR_UNSAFE_GENERATION is a moderation block', () => {
    expect(byId(r(), M(12))).toMatchObject({
      status: 'blocked',
      failureKind: 'moderation',
      providerCode: 'PUBLIC_ERROR_UNSAFE_GENERATION',
      prompt: 'A senator giving a speech',
    });
    expect(byId(r(), M(12)).message).toContain('This generation might violate our policies.');
  });

  it('error.message alone is a generation error; a quota code in failureReason stays a failure with its code', () => {
    expect(byId(r(), M(13))).toMatchObject({ status: 'failed', failureKind: 'generation_error', message: 'Internal error encountered.' });
    expect(byId(r(), M(13)).providerCode).toBeUndefined();
    expect(byId(r(), M(14))).toMatchObject({
      status: 'failed',
      failureKind: 'generation_error',
      providerCode: 'PUBLIC_ERROR_USER_QUOTA_REACHED',
    });
  });

  it('pending is queued; a status AVA does not know is kept as unknown with the raw value', () => {
    expect(byId(r(), M(15))).toMatchObject({ status: 'queued' });
    expect(byId(r(), M(16))).toMatchObject({ status: 'unknown', providerStatus: 'MEDIA_GENERATION_STATUS_SOMETHING_NEW' });
    expect(byId(r(), M(16)).failureKind).toBeUndefined();
    expect(r().generations).toHaveLength(6);
    expect(r().problems).toEqual([]);
  });

  it('the balance beside media[] is read', () => {
    expect(provider('veo').parseBalance!(STATUS_URL, loadFixture('veo', 'flow-media-status-2026.json'))).toEqual([
      { kind: 'balance', amount: 43930, unit: 'Flow credits', field: 'remainingCredits' },
    ]);
  });

  it('a generate answer listing one job under operations[] and media[] gives one generation', () => {
    const res = parseFixture('veo', 'flow-generate-2026.json', STATUS_URL);
    expect(res.generations.map((g) => [g.id, g.status])).toEqual([['92cea5b7-0a1b-4c2d-8e3f-4a5b6c7d8e9f', 'queued']]);
  });

  it('a media entry without a status is reported, not silently dropped', () => {
    const res = parseFixture('veo', 'partial-flow-media.json', STATUS_URL);
    expect(res.generations.map((g) => g.id)).toEqual([M(22)]);
    expect(res.problems).toEqual([expect.stringContaining('no mediaMetadata.mediaStatus.mediaGenerationStatus')]);
  });
});

describe('veo: flow.google.com failed tiles (DOM)', () => {
  const PAGE = 'https://flow.google.com/project/3f2a9c1e-7b4d-4e8a-9c2f-1a2b3c4d5e6f';
  const tile = (msg: string) =>
    `<flow-image-tile><div class="container"><flow-error-tile><div class="error-tile"><span class="error-title">Failed</span>` +
    `<span class="error-message-text">${msg}</span><span class="disclaimer-message">You have not been charged for this generation.</span>` +
    `</div></flow-error-tile></div></flow-image-tile>`;
  const doc = (html: string) => new DOMParser().parseFromString(html, 'text/html');

  it('each error tile is a failure named by project and place from the oldest; Flow’s words kept', () => {
    const d = doc(
      `<main>${tile('This generation might violate our policies. Please try a different prompt or send feedback.')}` +
        `<flow-image-tile><img data-media-id="x"></flow-image-tile>${tile('Sorry, this image failed to generate.')}</main>`,
    );
    const r = provider('veo').parseDom(d, PAGE);
    expect(r.generations.map((g) => [g.id, g.status, g.failureKind, g.providerStatus, g.source])).toEqual([
      ['3f2a9c1e-7b4d-4e8a-9c2f-1a2b3c4d5e6f/failed-tile-2', 'blocked', 'moderation', 'Failed', 'dom'],
      ['3f2a9c1e-7b4d-4e8a-9c2f-1a2b3c4d5e6f/failed-tile-1', 'failed', 'generation_error', 'Failed', 'dom'],
    ]);
    expect(r.generations[1]!.message).toBe('Sorry, this image failed to generate. You have not been charged for this generation.');
    for (const g of r.generations) expect(provider('veo').idFormats.some((f) => f.pattern.test(g.id))).toBe(true);
  });

  it('a tile inside an element with data-media-id takes that ID, so it merges with the network’s entry', () => {
    const d = doc(`<div data-media-id="92cea5b7-4f1d-4c3e-9a5b-6d7e8f9a0b13">${tile('Sorry, this video failed to generate.')}</div>`);
    expect(
      provider('veo')
        .parseDom(d, PAGE)
        .generations.map((g) => g.id),
    ).toEqual(['92cea5b7-4f1d-4c3e-9a5b-6d7e8f9a0b13']);
  });

  it('no project in the URL, or no error tile, gives nothing', () => {
    expect(provider('veo').parseDom(doc(tile('x')), 'https://flow.google.com/').generations).toEqual([]);
    expect(provider('veo').parseDom(doc('<div>Generation failed</div>'), PAGE).generations).toEqual([]);
  });
});
