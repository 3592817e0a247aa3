/**
 * The service worker's analysis handlers over real Stores on in-memory areas, with chrome.offscreen and IndexedDB
 * faked: what is stored when, which job may move the progress, and who may talk to whom.
 */
import { describe, expect, it, vi } from 'vitest';
import type { AnalysisDeps } from '../../src/background/analysis.ts';
import type { BackgroundDeps } from '../../src/background/handlers.ts';
import { buildRouters } from '../../src/background/routers.ts';
import type { BackgroundToOffscreen } from '../../src/messages/contract.ts';
import { sora } from '../../src/providers/sora.ts';
import { generationsItemFor } from '../../src/storage/generations.ts';
import { allowedMediaHostsItem, analysesItem, analysisProgressItem, casesItem, videoSourcesItem } from '../../src/storage/items.ts';
import { Store } from '../../src/storage/store.ts';
import { MemoryArea } from '../helpers/memory-area.ts';

const SELF = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${SELF}/`;
const POPUP = { id: SELF, url: `${ORIGIN}src/popup/index.html?tab=3` };
const OFFSCREEN = { id: SELF, url: `${ORIGIN}src/offscreen/index.html` };
const KEY = 'sora:gen_01jt0a1b2c3d4e5f6g7h8j9k0m';
const gen = (over: Record<string, unknown> = {}) => ({
  g: {
    provider: 'sora',
    id: 'gen_01jt0a1b2c3d4e5f6g7h8j9k0m',
    status: 'succeeded',
    prompt: 'A 6 second shot of a "SALE" sign',
    videoUrl: 'https://media.ava.demo/clips/flicker.mp4',
    source: 'network',
    ...over,
  },
  firstSeen: 1,
  lastSeen: 1,
});
const result = (over: Record<string, unknown> = {}) => ({
  durationS: 6,
  framesAnalysed: 144,
  findings: [
    {
      mode: 'color',
      term: 'Temporal Color Coherence Failure',
      confidence: 0.95,
      at: [2, 4],
      reasons: ['From 00:02.0 to 00:04.0 it flickers.'],
      evidence: [2, 3.5],
    },
  ],
  cuts: [],
  evidence: [{ id: 'frame-new-0', t: 2 }],
  decoder: 'webcodecs',
  ocr: 'skipped',
  faces: 'skipped',
  ...over,
});

async function setup(stored = gen(), allowDemoHost = true) {
  const local = new Store(new MemoryArea());
  const session = new Store(new MemoryArea());
  await local.write(generationsItemFor('sora'), { [KEY]: stored as never });
  // The demo media host is no Sora media host: the person allowed it once (ui/allow-media-host), as in the e2e.
  if (allowDemoHost) await local.write(allowedMediaHostsItem, { 'media.ava.demo': { provider: 'sora', at: 1 } });
  const sent: BackgroundToOffscreen[] = [];
  const analysis: AnalysisDeps = {
    ensureOffscreen: vi.fn(async () => {}),
    closeOffscreen: vi.fn(async () => {}),
    sendToOffscreen: vi.fn(async (m: BackgroundToOffscreen) => void sent.push(m)),
    deleteEvidence: vi.fn(async () => {}),
    newId: () => 'job-000001',
  };
  let now = 1000;
  const deps: BackgroundDeps = {
    local,
    session,
    now: () => now++,
    setBadge: vi.fn(async () => {}),
    captureTab: vi.fn(async () => 'x'),
    analysis,
  };
  const { dispatch } = buildRouters(deps, SELF, ORIGIN);
  const progress = async () => (await session.read(analysisProgressItem))[KEY];
  return { local, session, analysis, sent, dispatch, progress };
}

describe('analysis handlers', () => {
  it('ui/analyse starts the job in the offscreen document with the prompt’s requested length, and marks it running', async () => {
    const t = await setup();
    expect(await t.dispatch({ type: 'ui/analyse', generationKey: KEY }, POPUP)).toEqual({ ok: true, data: { jobId: 'job-000001' } });
    expect(t.analysis.ensureOffscreen).toHaveBeenCalledOnce();
    expect(t.sent).toEqual([
      {
        type: 'bg/analyse',
        job: {
          jobId: 'job-000001',
          generationKey: KEY,
          videoUrl: 'https://media.ava.demo/clips/flicker.mp4',
          prompt: 'A 6 second shot of a "SALE" sign',
          requestedS: 6,
          faces: false,
        },
      },
    ]);
    expect(await t.progress()).toMatchObject({ jobId: 'job-000001', state: 'running', phase: 'queued', fraction: 0 });
  });

  it('a signed video link the Sora parser produced is stored scrubbed, kept only in session storage, and is what the job fetches', async () => {
    const t = await setup();
    const SORA_TAB = {
      id: SELF,
      frameId: 0,
      url: 'https://sora.chatgpt.com/library',
      tab: { id: 3, url: 'https://sora.chatgpt.com/library' },
    };
    const signed = 'https://videos.openai.com/vg-assets/task_1/video.mp4?se=2026-12-01T00%3A00%3A00Z&sig=SECRETSIG&sp=r';
    const id = 'gen_01k2m3n4p5q6r7s8t9v0w1x2y3';
    // What the content script sends: the parser's own output for a response carrying a signed link (issue 12.4).
    const body = {
      items: [
        {
          id,
          task_id: 'task_01k2m3n4p5q6r7s8t9v0w1x2y3',
          kind: 'sora_draft',
          downloadable_url: `https://u:p@${signed.slice(8)}#t=1`,
          prompt: 'p',
        },
      ],
    };
    const parsed = sora.parseResponse('https://sora.chatgpt.com/backend/project_y/profile_feed/me', body).generations;
    expect(parsed.find((g) => g.id === id)?.videoUrl).toBe(signed);
    expect((await t.dispatch({ type: 'content/generations', provider: 'sora', generations: parsed }, SORA_TAB)).ok).toBe(true);
    const storedUrl = (await t.local.read(generationsItemFor('sora')))[`sora:${id}`]?.g.videoUrl;
    expect(storedUrl).toBe('https://videos.openai.com/vg-assets/task_1/video.mp4');
    expect(JSON.stringify(await t.local.read(generationsItemFor('sora')))).not.toContain('SECRETSIG');
    expect((await t.session.read(videoSourcesItem))[`sora:${id}`]?.url).toBe(signed);
    expect(await t.dispatch({ type: 'ui/analyse', generationKey: `sora:${id}` }, POPUP)).toMatchObject({ ok: true });
    expect(t.sent.at(-1)).toMatchObject({ type: 'bg/analyse', job: { videoUrl: signed } });
    // A link with nothing secret in it needs no session copy.
    const plainId = 'gen_01k2m3n4p5q6r7s8t9v0w1x2y4';
    const plain = {
      type: 'content/generations',
      provider: 'sora',
      generations: [
        { provider: 'sora', id: plainId, status: 'succeeded', videoUrl: 'https://media.ava.demo/clips/clean.mp4', source: 'network' },
      ],
    };
    expect((await t.dispatch(plain, SORA_TAB)).ok).toBe(true);
    expect((await t.session.read(videoSourcesItem))[`sora:${plainId}`]).toBeUndefined();
  });

  it("fetches only from the provider's media hosts or hosts the person allowed, never a private address", async () => {
    const t = await setup(gen(), false);
    // Not a Sora media host and not allowed yet: the popup is asked to offer "Allow media.ava.demo", nothing starts.
    expect(await t.dispatch({ type: 'ui/analyse', generationKey: KEY }, POPUP)).toEqual({
      ok: true,
      data: { needsHost: 'media.ava.demo' },
    });
    expect(t.analysis.ensureOffscreen).not.toHaveBeenCalled();
    expect(await t.dispatch({ type: 'ui/allow-media-host', generationKey: KEY }, POPUP)).toEqual({
      ok: true,
      data: { host: 'media.ava.demo' },
    });
    expect(await t.dispatch({ type: 'ui/analyse', generationKey: KEY }, POPUP)).toMatchObject({ ok: true, data: { jobId: 'job-000001' } });
    // The provider file's own media host needs no asking.
    const own = await setup(gen({ videoUrl: 'https://videos.openai.com/a.mp4' }), false);
    expect(await own.dispatch({ type: 'ui/analyse', generationKey: KEY }, POPUP)).toMatchObject({
      ok: true,
      data: { jobId: 'job-000001' },
    });
    // Loopback and private addresses: refused, and cannot be allowed either.
    for (const videoUrl of [
      'https://127.0.0.1/a.mp4',
      'https://192.168.1.2/a.mp4',
      'https://[::1]/a.mp4',
      'https://localhost/a.mp4',
      'https://10.0.0.5/a.mp4',
    ]) {
      const p = await setup(gen({ videoUrl }), false);
      expect((await p.dispatch({ type: 'ui/analyse', generationKey: KEY }, POPUP)).ok, videoUrl).toBe(false);
      expect((await p.dispatch({ type: 'ui/allow-media-host', generationKey: KEY }, POPUP)).ok, videoUrl).toBe(false);
      expect(p.analysis.ensureOffscreen).not.toHaveBeenCalled();
    }
  });

  it('refuses plainly when there is no video link, or not an https one, and starts nothing', async () => {
    for (const over of [{ videoUrl: undefined }, { videoUrl: 'http://media.ava.demo/a.mp4' }]) {
      const t = await setup(gen(over));
      const r = await t.dispatch({ type: 'ui/analyse', generationKey: KEY }, POPUP);
      expect(r.ok).toBe(false);
      expect(t.analysis.ensureOffscreen).not.toHaveBeenCalled();
    }
    const t = await setup();
    expect((await t.dispatch({ type: 'ui/analyse', generationKey: 'sora:gen_unknown' }, POPUP)).ok).toBe(false);
  });

  it('an offscreen document that cannot be reached fails the job with the reason', async () => {
    const t = await setup();
    vi.mocked(t.analysis.sendToOffscreen).mockRejectedValueOnce(new Error('Receiving end does not exist.'));
    const r = await t.dispatch({ type: 'ui/analyse', generationKey: KEY }, POPUP);
    expect(r).toEqual({ ok: false, error: 'AVA could not start the analysis: Receiving end does not exist.' });
    expect(await t.progress()).toMatchObject({
      state: 'failed',
      message: 'AVA could not start the analysis: Receiving end does not exist.',
    });
  });

  it('progress and the result come only from the offscreen document, and only for the current job', async () => {
    const t = await setup();
    await t.dispatch({ type: 'ui/analyse', generationKey: KEY }, POPUP);
    const progress = {
      type: 'offscreen/progress',
      jobId: 'job-000001',
      generationKey: KEY,
      phase: 'decode',
      fraction: 0.5,
      t: 3,
      frames: 72,
    };
    // The popup (or any other extension page) cannot forge progress or results: they go to the UI router.
    expect((await t.dispatch(progress, POPUP)).ok).toBe(false);
    expect((await t.dispatch({ type: 'offscreen/done', jobId: 'job-000001', generationKey: KEY, result: result() }, POPUP)).ok).toBe(false);
    // Nor can a web page at any URL.
    expect((await t.dispatch(progress, { id: SELF, url: 'https://sora.chatgpt.com/src/offscreen/index.html', tab: { id: 3 } })).ok).toBe(
      false,
    );
    expect(await t.progress()).toMatchObject({ fraction: 0, phase: 'queued' });

    expect(await t.dispatch(progress, OFFSCREEN)).toEqual({ ok: true, data: {} });
    expect(await t.progress()).toMatchObject({ state: 'running', phase: 'decode', fraction: 0.5, t: 3, frames: 72 });
    // A stale job id (an earlier, cancelled run) does not move the bar.
    await t.dispatch({ ...progress, jobId: 'job-old-99', fraction: 0.9 }, OFFSCREEN);
    expect((await t.progress())!.fraction).toBe(0.5);
  });

  it('a result is stored with the generation, pre-ticks its quality modes, drops unmarked frames of the last run, and closes the document', async () => {
    const t = await setup();
    await t.local.write(analysesItem, {
      [KEY]: {
        ...result({
          evidence: [
            { id: 'frame-old-0', t: 1 },
            { id: 'frame-old-1', t: 2 },
          ],
        }),
        finishedAt: 1,
      } as never,
    });
    await t.local.write(casesItem, {
      [KEY]: { modes: ['anatomy'], description: 'x', evidence: [], marks: [{ id: 'frame-old-1', t: 2 }], updatedAt: 1 },
    });
    await t.dispatch({ type: 'ui/analyse', generationKey: KEY }, POPUP);
    const r = await t.dispatch({ type: 'offscreen/done', jobId: 'job-000001', generationKey: KEY, result: result() }, OFFSCREEN);
    expect(r).toEqual({ ok: true, data: { stored: true } });
    const stored = (await t.local.read(analysesItem))[KEY]!;
    expect(stored.findings.map((f) => f.mode)).toEqual(['color']);
    expect(stored.evidence).toEqual([{ id: 'frame-new-0', t: 2 }]);
    expect(stored.finishedAt).toBeGreaterThan(1);
    expect((await t.local.read(casesItem))[KEY]!.modes).toEqual(['anatomy', 'color']);
    // The marked frame of the earlier run stays (it is the person's evidence); the other one goes.
    expect(vi.mocked(t.analysis.deleteEvidence).mock.calls).toEqual([['frame-old-0']]);
    expect(await t.progress()).toMatchObject({ state: 'done', fraction: 1 });
    expect(t.analysis.closeOffscreen).toHaveBeenCalled();
  });

  it('cancel ends the job at once; its late result is not stored and its frames are removed', async () => {
    const t = await setup();
    await t.dispatch({ type: 'ui/analyse', generationKey: KEY }, POPUP);
    expect((await t.dispatch({ type: 'ui/analyse-cancel', generationKey: KEY }, POPUP)).ok).toBe(true);
    expect(t.sent.at(-1)).toEqual({ type: 'bg/analyse-cancel', generationKey: KEY });
    expect(await t.progress()).toMatchObject({ state: 'cancelled' });
    expect(await t.dispatch({ type: 'offscreen/done', jobId: 'job-000001', generationKey: KEY, result: result() }, OFFSCREEN)).toEqual({
      ok: true,
      data: { stored: false },
    });
    expect((await t.local.read(analysesItem))[KEY]).toBeUndefined();
    expect(vi.mocked(t.analysis.deleteEvidence).mock.calls).toEqual([['frame-new-0']]);
  });

  it('a failure is shown, and kept with the generation only while there is no earlier good result', async () => {
    const t = await setup();
    await t.dispatch({ type: 'ui/analyse', generationKey: KEY }, POPUP);
    await t.dispatch(
      {
        type: 'offscreen/failed',
        jobId: 'job-000001',
        generationKey: KEY,
        cancelled: false,
        wording: { key: 'err_fetch_refused', subs: ['videos.example', '403'] },
      },
      OFFSCREEN,
    );
    // The worker words the offscreen document's message (English here, from the locale).
    const said = 'The video host videos.example refused access (HTTP 403). The link may have expired or need your login.';
    expect((await t.progress())?.message).toContain(said);
    expect((await t.local.read(analysesItem))[KEY]?.error).toContain(said);
    expect((await t.local.read(analysesItem))[KEY]).toMatchObject({ findings: [] });

    const u = await setup();
    await u.local.write(analysesItem, { [KEY]: { ...result(), finishedAt: 5 } as never });
    await u.dispatch({ type: 'ui/analyse', generationKey: KEY }, POPUP);
    await u.dispatch(
      {
        type: 'offscreen/failed',
        jobId: 'job-000001',
        generationKey: KEY,
        cancelled: false,
        wording: { key: 'err_analysis_crashed', subs: ['boom'] },
      },
      OFFSCREEN,
    );
    expect((await u.local.read(analysesItem))[KEY]).toMatchObject({ finishedAt: 5, findings: [{ mode: 'color' }] });
    expect((await u.local.read(analysesItem))[KEY]!.error).toBeUndefined();
  });

  it('rejects results that do not fit the schema (oversized, unknown modes) without storing anything', async () => {
    const t = await setup();
    await t.dispatch({ type: 'ui/analyse', generationKey: KEY }, POPUP);
    const bad = [
      result({ findings: [{ ...result().findings[0], mode: 'haunted' }] }),
      result({ evidence: Array.from({ length: 25 }, (_, i) => ({ id: `f${i}`, t: i })) }),
      result({ findings: [{ ...result().findings[0], reasons: ['x'.repeat(1001)] }] }),
      result({ decoder: 'magic' }),
    ];
    for (const r of bad)
      expect((await t.dispatch({ type: 'offscreen/done', jobId: 'job-000001', generationKey: KEY, result: r }, OFFSCREEN)).ok).toBe(false);
    expect((await t.local.read(analysesItem))[KEY]).toBeUndefined();
  });
});
