/**
 * Capture: on the demo provider pages the built extension records every generation the page's app fetched, in
 * chrome.storage.local under `generations` (storage contract v1). Expected values come from the same fixture files the
 * demo serves, run through the provider's own parser, plus explicit checks for the cases the demo exists to show.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { providerById } from '../src/providers/index.ts';
import type { Generation } from '../src/shared/generation.ts';
import { DEMO_PAGES } from '../demo/sites.ts';
import { expect, test } from './fixtures.ts';

const fixture = (rel: string): unknown => JSON.parse(readFileSync(path.join('tests', 'fixtures', rel), 'utf8')) as unknown;

function expected(providerId: string, apiUrl: string, rel: string): Generation[] {
  const provider = providerById(providerId);
  if (!provider) throw new Error(`provider ${providerId} is not registered`);
  return provider.parseResponse(apiUrl, fixture(rel)).generations;
}

const pageUrl = (title: string): string => {
  const page = DEMO_PAGES.find((p) => p.title === title);
  if (!page) throw new Error(`no demo page titled ${title}`);
  return page.url;
};

/** The stored generation's facts that capture must keep, keyed like the store (`provider:id`). */
const summary = (g: Pick<Generation, 'provider' | 'id' | 'status' | 'providerCode'>) => ({
  key: `${g.provider}:${g.id}`,
  status: g.status,
  providerCode: g.providerCode,
});

test('records the Sora library generations: drafts, errors, blocks, failed and stuck tasks', async ({ context, storedGenerations }) => {
  const want = [
    ...expected('sora', 'https://sora.chatgpt.com/backend/nf/pending/v2', 'sora/pending-v2.json'),
    ...expected('sora', 'https://sora.chatgpt.com/backend/project_y/profile/drafts/v2', 'sora/drafts-v2.json'),
  ];
  expect(want.length).toBeGreaterThanOrEqual(8);

  const page = await context.newPage();
  await page.goto(pageUrl('Sora: library'));
  await expect(page.locator('article[data-generation]')).toHaveCount(4);
  await expect(page.locator('li.task')).toHaveCount(4);

  await expect
    .poll(async () => Object.keys(await storedGenerations()).sort(), {
      timeout: 15_000,
      message: 'every Sora generation the page fetched is stored',
    })
    .toEqual(expect.arrayContaining([...new Set(want.map((g) => `sora:${g.id}`))].sort()));

  const stored = await storedGenerations();
  for (const g of want) {
    const rec = stored[`sora:${g.id}`];
    expect(rec, `sora:${g.id}`).toBeDefined();
    expect(summary(rec!.g)).toEqual(summary(g));
    expect(rec!.firstSeen).toBeLessThanOrEqual(rec!.lastSeen);
  }

  // The cases the demo exists for, spelled out so a parser change cannot quietly redefine them.
  const g = (id: string) => stored[`sora:${id}`]?.g;
  expect(g('gen_01jsq5a7c9e2g4j6k8m0p3r5t7')).toMatchObject({
    status: 'succeeded',
    videoUrl: expect.stringMatching(/^https:\/\/videos\.openai\.com\//),
  });
  expect(g('gen_01jsq5a7c9e2g4j6k8m0p3r5t7')?.videoUrl).not.toMatch(/sig=|se=/);
  expect(g('gen_01jsq9e1g3j6l8n0q2s4t7v9x1')).toMatchObject({
    status: 'failed',
    failureKind: 'generation_error',
    providerCode: 'sora_error',
  });
  expect(g('gen_01jsr1g3j5l8n0q2s4u6v9x1z3')).toMatchObject({
    status: 'blocked',
    providerCode: 'sora_content_violation',
    message: "This content may violate OpenAI's content policies.",
  });
  expect(g('task_01jsq6b8d0f3h5k7m9n1q4s6u8')).toMatchObject({ status: 'failed', failureKind: 'generation_error' });
  expect(g('task_01jsq7c9e1g4j6l8n0p2r5t7v9')).toMatchObject({ status: 'running', createdAt: '2026-04-20T09:41:52.900Z' });

  // The XSS probe is kept verbatim as text, and nothing on the page ran it.
  expect(g('gen_01jsr2h4k6m9p1r3t5v7w0y2a4')?.prompt).toBe('<img src=x onerror="window.__avaXss=1">');
  expect(await page.evaluate(() => (window as Window & { __avaXss?: unknown }).__avaXss)).toBeUndefined();
});

test('records the Runway session tasks from both the web and the API task shapes', async ({ context, storedGenerations }) => {
  const want = [
    ...expected('runway', 'https://api.runwayml.com/v1/tasks?teamId=demo', 'runway/web-tasks.json'),
    ...expected('runway', 'https://api.runwayml.com/v1/tasks/x', 'runway/api-tasks.json'),
  ];
  const ids = [...new Set(want.map((g) => g.id))];
  expect(ids).toHaveLength(5);

  const page = await context.newPage();
  await page.goto(pageUrl('Runway: generate session'));
  await expect(page.locator('[data-task-id]')).toHaveCount(5);
  // The four unfinished or failed tasks also came back from the API shape (cross-origin, preflighted).
  await expect(page.locator('[data-task-id] .code')).toHaveCount(4);

  await expect
    .poll(async () => Object.keys(await storedGenerations()).sort(), {
      timeout: 15_000,
      message: 'every Runway task the page fetched is stored',
    })
    .toEqual(expect.arrayContaining(ids.map((id) => `runway:${id}`).sort()));

  const stored = await storedGenerations();
  const g = (id: string) => stored[`runway:${id}`]?.g;
  expect(g('3f8a2c1e-5b7d-4e9f-8a1b-2c3d4e5f6a70')).toMatchObject({ status: 'succeeded', providerStatus: 'SUCCEEDED' });
  expect(g('7c1e9b2a-4d6f-4a8b-9c0d-1e2f3a4b5c61')).toMatchObject({
    status: 'failed',
    failureKind: 'generation_error',
    providerCode: 'INTERNAL.BAD_OUTPUT.CODE01',
  });
  expect(g('a2b4c6d8-e0f1-4a3b-8c5d-7e9f0a1b2c32')).toMatchObject({
    status: 'blocked',
    failureKind: 'moderation_input',
    providerCode: 'SAFETY.INPUT.TEXT',
  });
  expect(g('d4e6f8a0-b2c4-4d6e-9f0a-1b2c3d4e5f93')).toMatchObject({
    status: 'running',
    providerStatus: 'RUNNING',
    createdAt: '2026-11-20T10:14:33.000Z',
  });
  expect(g('e5f7a9b1-c3d5-4e7f-8a9b-0c1d2e3f4a54')).toMatchObject({ status: 'queued', providerStatus: 'THROTTLED' });
  // The API shape has no prompt: a later API-shape capture must not erase what the web shape said.
  expect(g('7c1e9b2a-4d6f-4a8b-9c0d-1e2f3a4b5c61')?.prompt).toBe('A crowded street market at night, neon signs, rain reflections');
});
