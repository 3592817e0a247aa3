/**
 * Capture on the demo pages of the newer providers (Veo/Flow, Luma, Kling, Hailuo, Pika, PixVerse, Higgsfield, Dreamina,
 * Midjourney, Grok Imagine, Firefly, HeyGen):
 * the built extension stores every generation the page's app fetched. As in capture.spec.ts, the expected values
 * come from the very fixture files the demo server answers with, run through the provider's own parser, so a parser
 * change and the e2e expectations cannot drift apart; the explicit checks pin the cases each demo exists to show.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DEMO_PAGES } from '../demo/sites.ts';
import { decodeBody } from '../src/providers/body.ts';
import { providerById } from '../src/providers/index.ts';
import type { Generation } from '../src/shared/generation.ts';
import { expect, test } from './fixtures.ts';

interface Case {
  provider: string;
  /** [URL the page calls (must match the provider's apiUrls), fixture the demo server answers it with]. */
  sources: readonly (readonly [string, string])[];
  /** One element per generation card, once the page has rendered everything it fetched. */
  cards: string;
  cardCount: number;
  /** A hard failure and a moderation block, with the provider's own code (undefined where it has none). */
  failed: { id: string; failureKind: string; providerCode?: string };
  blocked: { id: string; failureKind: string; providerCode?: string };
  /**
   * The job stuck in a queued/running state. `createdAt` undefined means the parser does not read a creation time
   * from this shape (Higgsfield: the documented request status has none), so AVA only knows when it first saw it.
   */
  stuck: { id: string; status: 'queued' | 'running'; createdAt?: string };
  succeededId: string;
  /** How the page calls its API (Playwright's resource types): the tap must see fetch() and XHR alike. */
  via: readonly ('fetch' | 'xhr')[];
}

/** Status links whose job/video ID ends in the given hex pair (the demo's IDs differ only there). */
const FIREFLY_POLL = 'https://firefly-epo851211.adobe.io/jobs/result/9f1c2e3d-4b5a-4c6d-8e7f-0a1b2c3d4e';
const HEYGEN_POLL = 'https://api.heygen.com/v1/video_status.get?video_id=ba6c802a4de4418f84272c1fdc0dfa';

const CASES: readonly Case[] = [
  {
    provider: 'veo',
    via: ['fetch', 'xhr'],
    // flow.google.com, answered in Flow's 2026 media[] contract.
    sources: [['https://aisandbox-pa.googleapis.com/v1/video:batchCheckAsyncVideoGenerationStatus', 'veo/demo-flow-media.json']],
    cards: '[data-media-id]',
    cardCount: 4,
    succeededId: '7f2a9c1e-3d4e-4f5a-8b6c-7d8e9f0a2c01',
    failed: { id: '7f2a9c1e-3d4e-4f5a-8b6c-7d8e9f0a2c02', failureKind: 'generation_error' },
    blocked: { id: '7f2a9c1e-3d4e-4f5a-8b6c-7d8e9f0a2c03', failureKind: 'moderation', providerCode: 'PUBLIC_ERROR_UNSAFE_GENERATION' },
    stuck: { id: '7f2a9c1e-3d4e-4f5a-8b6c-7d8e9f0a2c04', status: 'running', createdAt: '2026-11-21T09:11:00.000Z' },
  },
  {
    provider: 'luma',
    via: ['fetch', 'xhr'],
    sources: [
      // The 2024 web app's own list (web states, video.url), then the API-shaped list and one generation by id.
      [
        'https://internal-api.virginia.labs.lumalabs.ai/api/photon/v1/user/generations/?offset=0&limit=10',
        'luma/web-generations-2024.json',
      ],
      ['https://lumalabs.ai/api/web/generations?limit=20&offset=0', 'luma/demo-generations.json'],
      // The per-id answer (XHR) is one element of the same file, so parsing the whole file expects the same thing.
      ['https://lumalabs.ai/api/web/generations/2b7e9d4c-1a3f-4c5e-9b8d-6f0a1e2d3d04', 'luma/demo-generations.json'],
    ],
    cards: 'a[data-generation-id]',
    cardCount: 9,
    succeededId: '2b7e9d4c-1a3f-4c5e-9b8d-6f0a1e2d3d01',
    failed: { id: '2b7e9d4c-1a3f-4c5e-9b8d-6f0a1e2d3d02', failureKind: 'generation_error', providerCode: 'generation_failed' },
    blocked: { id: '2b7e9d4c-1a3f-4c5e-9b8d-6f0a1e2d3d03', failureKind: 'moderation_input' },
    stuck: { id: '2b7e9d4c-1a3f-4c5e-9b8d-6f0a1e2d3d04', status: 'running', createdAt: '2026-11-21T09:11:00.000Z' },
  },
  {
    provider: 'kling',
    via: ['fetch', 'xhr'],
    sources: [
      ['https://api-app-global.klingai.com/api/user/works/personal/feeds?pageSize=20&contentType=video', 'kling/web-task-list.json'],
      ['https://api-app-global.klingai.com/api/task/status?taskId=300000030', 'kling/demo-web-task-stuck.json'],
    ],
    cards: '[data-task-id]',
    cardCount: 13,
    succeededId: '300000099',
    failed: { id: '300000006', failureKind: 'generation_error', providerCode: '6' },
    blocked: { id: '300000007', failureKind: 'moderation_input', providerCode: '7' },
    stuck: { id: '300000030', status: 'running', createdAt: '2026-11-21T09:11:00.000Z' },
  },
  {
    provider: 'hailuo',
    via: ['fetch'],
    // The 2026 feed (commonInfo.status: 5 failed, 7 content review, 12 processing).
    sources: [['https://hailuoai.video/api/feed/creation/my/batch?feedTypes=0', 'hailuo/feed-creation-batch.json']],
    cards: '[data-video-id]',
    cardCount: 5,
    succeededId: '558130000000000001',
    failed: { id: '558130000000000002', failureKind: 'generation_error', providerCode: '5' },
    blocked: { id: '558130000000000003', failureKind: 'moderation', providerCode: '7' },
    stuck: { id: '558130000000000004', status: 'running', createdAt: '2025-12-01T09:00:00.000Z' },
  },
  {
    // The library is an RSC stream (text/x-component): captured once the page tap forwards non-JSON bodies (infra).
    provider: 'pika',
    via: ['xhr'],
    sources: [['https://create.pika.art/my-library', 'pika/library-rsc.txt']],
    cards: 'a[data-video-id]',
    cardCount: 4,
    succeededId: 'b6c7af4e-1f60-4971-b36f-2b54664f4901',
    failed: { id: 'b6c7af4e-1f60-4971-b36f-2b54664f4902', failureKind: 'generation_error', providerCode: 'error' },
    blocked: { id: 'b6c7af4e-1f60-4971-b36f-2b54664f4903', failureKind: 'moderation', providerCode: 'error' },
    stuck: { id: 'b6c7af4e-1f60-4971-b36f-2b54664f4904', status: 'queued', createdAt: '2026-11-20T10:00:00.000Z' },
  },
  {
    provider: 'pixverse',
    via: ['fetch', 'xhr'],
    sources: [
      ['https://app-api.pixverse.ai/creative_platform/video/list/personal?offset=0&limit=20', 'pixverse/web-video-list-statuses.json'],
      // The message poll: read without error, no generations in it.
      ['https://app-api.pixverse.ai/creative_platform/account/message', 'pixverse/web-account-message.json'],
      ['https://app-api.pixverse.ai/openapi/v2/video/result/315947621884105', 'pixverse/api-video-result-generating.json'],
    ],
    cards: '[data-video-id]',
    cardCount: 7,
    succeededId: '315947621884301',
    failed: { id: '315947621884302', failureKind: 'generation_error', providerCode: '9' },
    blocked: { id: '315947621884305', failureKind: 'moderation', providerCode: '7' },
    stuck: { id: '315947621884105', status: 'running', createdAt: '2026-11-20T10:00:00.000Z' },
  },
  {
    provider: 'higgsfield',
    via: ['fetch', 'xhr'],
    // The web realm on fnf.higgsfield.ai: each job by id (the demo server answers each path from the same file), and a
    // just-submitted job's status poll.
    sources: [
      ...['11', '12', '13', '14', '15'].map(
        (n) => [`https://fnf.higgsfield.ai/jobs/3c5e7a9b-1d2f-4a6b-8c0d-2e4f6a8b0c${n}`, 'higgsfield/web-jobs.json'] as const,
      ),
      ['https://fnf.higgsfield.ai/jobs/3c5e7a9b-1d2f-4a6b-8c0d-2e4f6a8b0c01/status', 'higgsfield/web-job-status.json'],
    ],
    cards: '[data-request-id]',
    cardCount: 6,
    succeededId: '3c5e7a9b-1d2f-4a6b-8c0d-2e4f6a8b0c11',
    failed: { id: '3c5e7a9b-1d2f-4a6b-8c0d-2e4f6a8b0c12', failureKind: 'generation_error', providerCode: 'failed' },
    blocked: { id: '3c5e7a9b-1d2f-4a6b-8c0d-2e4f6a8b0c13', failureKind: 'moderation', providerCode: 'nsfw' },
    stuck: { id: '3c5e7a9b-1d2f-4a6b-8c0d-2e4f6a8b0c14', status: 'running', createdAt: '2026-11-20T09:00:00.000Z' },
  },
  {
    provider: 'dreamina',
    via: ['fetch'],
    sources: [['https://dreamina.capcut.com/mweb/v1/get_history_by_ids?aid=513641&device_platform=web', 'dreamina/demo-history.json']],
    cards: '[data-history-id]',
    cardCount: 4,
    succeededId: '34168772864001',
    failed: { id: '34168772864002', failureKind: 'generation_error', providerCode: '2036' },
    blocked: { id: '34168772864003', failureKind: 'moderation_input', providerCode: '2038' },
    stuck: { id: '34168772864004', status: 'running', createdAt: '2025-12-01T09:06:40.000Z' },
  },
  {
    provider: 'midjourney',
    via: ['xhr'],
    sources: [['https://www.midjourney.com/api/imagine?user_id=demo-user&page_size=100', 'midjourney/demo-imagine.json']],
    cards: 'a[data-job-id]',
    cardCount: 4,
    succeededId: '3f6b2c1d-8e9a-4b7c-9d0e-1f2a3b4c5d21',
    failed: { id: '3f6b2c1d-8e9a-4b7c-9d0e-1f2a3b4c5d22', failureKind: 'generation_error', providerCode: 'Internal error' },
    blocked: { id: '3f6b2c1d-8e9a-4b7c-9d0e-1f2a3b4c5d23', failureKind: 'moderation_input', providerCode: 'Image denied' },
    stuck: { id: '3f6b2c1d-8e9a-4b7c-9d0e-1f2a3b4c5d24', status: 'running', createdAt: '2026-11-21T09:11:00.000Z' },
  },
  {
    // One stream of chunks (decodeBody's array); the stream names no creation time.
    provider: 'grok',
    via: ['fetch'],
    sources: [['https://grok.com/rest/app-chat/conversations/new', 'grok/demo-stream.json']],
    cards: '[data-video-id]',
    cardCount: 4,
    succeededId: '0b6e1f4a-2c3d-4e5f-8a9b-0c1d2e3f4a21',
    failed: { id: '0b6e1f4a-2c3d-4e5f-8a9b-0c1d2e3f4a23', failureKind: 'generation_error' },
    blocked: { id: '0b6e1f4a-2c3d-4e5f-8a9b-0c1d2e3f4a22', failureKind: 'moderation', providerCode: 'moderated' },
    stuck: { id: '0b6e1f4a-2c3d-4e5f-8a9b-0c1d2e3f4a24', status: 'running' },
  },
  {
    // Each status answer names its job only through the poll URL.
    provider: 'firefly',
    via: ['fetch'],
    sources: [0x21, 0x22, 0x23, 0x24].map((n) => [`${FIREFLY_POLL}${n.toString(16)}`, 'firefly/demo-jobs.json'] as const),
    cards: '[data-job-id]',
    cardCount: 4,
    succeededId: '9f1c2e3d-4b5a-4c6d-8e7f-0a1b2c3d4e21',
    failed: { id: '9f1c2e3d-4b5a-4c6d-8e7f-0a1b2c3d4e22', failureKind: 'generation_error', providerCode: 'internal_error' },
    blocked: { id: '9f1c2e3d-4b5a-4c6d-8e7f-0a1b2c3d4e23', failureKind: 'moderation', providerCode: 'demo_content_check' },
    stuck: { id: '9f1c2e3d-4b5a-4c6d-8e7f-0a1b2c3d4e24', status: 'running', createdAt: '2026-11-21T09:11:00.000Z' },
  },
  {
    // The status poll names its video only in `?video_id=`; the answer has no creation time.
    provider: 'heygen',
    via: ['xhr'],
    sources: [0x21, 0x22, 0x23, 0x24].map((n) => [`${HEYGEN_POLL}${n.toString(16)}`, 'heygen/demo-statuses.json'] as const),
    cards: '[data-video-id]',
    cardCount: 4,
    succeededId: 'ba6c802a4de4418f84272c1fdc0dfa21',
    failed: { id: 'ba6c802a4de4418f84272c1fdc0dfa22', failureKind: 'generation_error', providerCode: 'render_failed' },
    blocked: { id: 'ba6c802a4de4418f84272c1fdc0dfa23', failureKind: 'moderation', providerCode: 'moderation_rejected' },
    stuck: { id: 'ba6c802a4de4418f84272c1fdc0dfa24', status: 'running' },
  },
];

/** A fixture as the parser gets it: JSON parsed, a text stream (RSC) through decodeBody as the collector does. */
const fixture = (rel: string): unknown => {
  const text = readFileSync(path.join('tests', 'fixtures', rel), 'utf8');
  return rel.endsWith('.txt') ? decodeBody(text) : (JSON.parse(text) as unknown);
};

/** What the provider's own parser makes of the fixtures the page is served, deduplicated by id (last wins). */
function expected(c: Case): Generation[] {
  const provider = providerById(c.provider);
  if (!provider) throw new Error(`provider ${c.provider} is not registered`);
  const byId = new Map<string, Generation>();
  for (const [url, rel] of c.sources) {
    // A URL the tap would not offer to the parser would make this test meaningless, so check it here too.
    expect(
      provider.apiUrls.some((re) => re.test(url)),
      `${url} matches ${c.provider}'s apiUrls`,
    ).toBe(true);
    for (const g of provider.parseResponse(url, fixture(rel)).generations) byId.set(g.id, g);
  }
  return [...byId.values()];
}

/** The stored facts capture must keep, keyed like the store (`provider:id`). */
const summary = (g: Pick<Generation, 'provider' | 'id' | 'status' | 'failureKind' | 'providerCode'>) => ({
  key: `${g.provider}:${g.id}`,
  status: g.status,
  failureKind: g.failureKind,
  providerCode: g.providerCode,
});

for (const c of CASES) {
  test(`records the ${c.provider} demo page's generations, failures and blocks included`, async ({ context, storedGenerations }) => {
    const demo = DEMO_PAGES.find((p) => p.provider === c.provider);
    if (!demo) throw new Error(`no demo page for ${c.provider} in demo/sites.ts`);
    const want = expected(c);
    // The demo's purpose, checked against the parser before the browser is involved.
    expect(want.map((g) => g.status)).toEqual(expect.arrayContaining(['succeeded', 'failed', 'blocked', c.stuck.status]));

    const page = await context.newPage();
    const apiPaths = new Set(c.sources.map(([u]) => new URL(u).origin + new URL(u).pathname));
    const calls = new Set<string>();
    page.on('request', (r) => {
      const u = new URL(r.url());
      if (apiPaths.has(u.origin + u.pathname)) calls.add(r.resourceType());
    });
    await page.goto(demo.url);
    await expect(page.locator(c.cards)).toHaveCount(c.cardCount);
    // Flow polls a moment after its first answer, so the set of call types may still be growing here.
    await expect
      .poll(() => [...calls].sort(), { message: `${c.provider} page calls its API via ${c.via.join(' and ')}` })
      .toEqual([...c.via].sort());

    const keys = want.map((g) => `${c.provider}:${g.id}`).sort();
    await expect
      .poll(async () => Object.keys(await storedGenerations()).sort(), {
        timeout: 15_000,
        message: `every ${c.provider} generation the page fetched is stored`,
      })
      .toEqual(expect.arrayContaining(keys));

    const stored = await storedGenerations();
    for (const g of want) expect(summary(stored[`${c.provider}:${g.id}`]!.g), `${c.provider}:${g.id}`).toEqual(summary(g));

    // Spelled out, so a parser change cannot quietly redefine what the demo shows.
    const g = (id: string) => stored[`${c.provider}:${id}`]?.g;
    expect(g(c.succeededId)).toMatchObject({ status: 'succeeded' });
    expect(g(c.failed.id)).toMatchObject({ status: 'failed', failureKind: c.failed.failureKind });
    expect(g(c.failed.id)?.providerCode).toBe(c.failed.providerCode);
    expect(g(c.blocked.id)).toMatchObject({ status: 'blocked', failureKind: c.blocked.failureKind });
    expect(g(c.blocked.id)?.providerCode).toBe(c.blocked.providerCode);
    expect(g(c.stuck.id)).toMatchObject({ status: c.stuck.status });
    expect(g(c.stuck.id)?.createdAt).toBe(c.stuck.createdAt);
    const ours = Object.values(stored).filter((r) => r.g.provider === c.provider);
    expect(
      ours.filter((r) => r.g.status === 'failed' || r.g.status === 'blocked').length,
      'at least one failed or blocked generation',
    ).toBeGreaterThan(0);
  });
}
