import { scrubUrl } from '../../src/shared/scrub.ts';
/**
 * Sora and Runway parsers against the shared fixtures (api-tasks, web-tasks, drafts-v2, pending-v2, check belong to
 * the demo; malformed-* and partial-* are this suite's). Assertions look generations up by code or kind where
 * possible, so the demo fixtures can grow without breaking these tests.
 */
import { describe, expect, it } from 'vitest';
import { ParseError } from '../../src/providers/types.ts';
import { fixtureNames, loadFixture, parseFixture, provider } from './helpers.ts';

const SORA_DRAFTS = 'https://sora.chatgpt.com/backend/project_y/profile/drafts/v2';
const SORA_PENDING = 'https://sora.chatgpt.com/backend/nf/pending/v2';

describe('sora parsers', () => {
  it('drafts: sora_draft, sora_error and sora_content_violation keep their kind verbatim', () => {
    const r = parseFixture('sora', 'drafts-v2.json', SORA_DRAFTS);
    expect(r.generations.length).toBeGreaterThanOrEqual(3);
    for (const g of r.generations) expect(g.id).toMatch(/^gen_[0-9a-z]{26}$/);
    const byKind = (k: string) => r.generations.find((g) => g.providerStatus === k);
    expect(byKind('sora_draft')).toMatchObject({ status: 'succeeded' });
    expect(byKind('sora_error')).toMatchObject({ status: 'failed', failureKind: 'generation_error', providerCode: 'sora_error' });
    expect(byKind('sora_content_violation')).toMatchObject({
      status: 'blocked',
      failureKind: 'moderation',
      providerCode: 'sora_content_violation',
    });
    expect(byKind('sora_content_violation')!.message).toContain("OpenAI's content policies");
    // the signed download URL loses its SAS parameters
    // The parser keeps the signature (issue 12.4); the worker scrubs it where it stores (shared/scrub.ts).
    for (const g of r.generations) if (g.videoUrl) expect(scrubUrl(g.videoUrl)).not.toMatch(/[?&](sig|se|sp|sv|sr|st)=/);
  });

  it('pending tasks: running, failed and succeeded, with their generations as related IDs', () => {
    const r = parseFixture('sora', 'pending-v2.json', SORA_PENDING);
    const tasks = r.generations.filter((g) => g.id.startsWith('task_'));
    expect(tasks.map((g) => g.status)).toEqual(expect.arrayContaining(['succeeded', 'failed', 'running']));
    const failed = tasks.find((g) => g.providerStatus === 'failed')!;
    expect(failed.failureKind).toBeDefined();
    expect(failed.message).toBeTruthy();
  });

  it('the credit check carries no generations and is not an error on its own endpoint', () => {
    expect(parseFixture('sora', 'check.json', 'https://sora.chatgpt.com/backend/nf/check')).toEqual({ generations: [], problems: [] });
  });

  it('partial: bad IDs and unknown kinds are reported, good items kept', () => {
    const d = parseFixture('sora', 'partial-drafts.json', SORA_DRAFTS);
    expect(d.generations.map((g) => g.id)).toEqual(['gen_01jt0a1b2c3d4e5f6g7h8j9k0m']);
    expect(d.problems).toHaveLength(2);
    const v = parseFixture('sora', 'partial-videos-api.json', 'https://api.openai.com/v1/videos');
    expect(v.generations).toEqual([
      expect.objectContaining({ status: 'blocked', failureKind: 'moderation', providerCode: 'moderation_blocked' }),
    ]);
    expect(v.problems).toEqual([expect.stringContaining('video_nothex')]);
  });

  it('malformed: a clear ParseError for a saved file', () => {
    const p = provider('sora');
    expect(() => p.parseResponse('file:///saved.json', loadFixture('sora', 'malformed-not-object.json'))).toThrow(ParseError);
    expect(() => p.parseResponse('file:///saved.json', loadFixture('sora', 'malformed-unknown-shape.json'))).toThrow(
      /Sora: no task, draft or video objects/,
    );
  });
});

describe('runway parsers', () => {
  it('API tasks: failureCode verbatim, SAFETY.INPUT.* blocked, INTERNAL.* failed, THROTTLED queued', () => {
    const r = parseFixture('runway', 'api-tasks.json', 'https://api.dev.runwayml.com/v1/tasks');
    const byCode = (c: string) => r.generations.find((g) => g.providerCode === c);
    expect(byCode('SAFETY.INPUT.TEXT')).toMatchObject({ status: 'blocked', failureKind: 'moderation_input', providerStatus: 'FAILED' });
    expect(byCode('INTERNAL.BAD_OUTPUT.CODE01')).toMatchObject({ status: 'failed', failureKind: 'generation_error' });
    expect(r.generations.find((g) => g.providerStatus === 'THROTTLED')).toMatchObject({ status: 'queued' });
    expect(r.generations.find((g) => g.providerStatus === 'RUNNING')).toMatchObject({ status: 'running' });
  });

  it('web tasks: error.reason is the code, artifacts give the video, options.textPrompt the prompt', () => {
    const r = parseFixture('runway', 'web-tasks.json', 'https://app.runwayml.com/api/v1/tasks');
    const ok = r.generations.find((g) => g.status === 'succeeded')!;
    expect(ok.videoUrl).toMatch(/^https:\/\//);
    expect(ok.prompt).toBeTruthy();
    expect(r.generations.find((g) => g.providerCode === 'INTERNAL.BAD_OUTPUT.CODE01')).toMatchObject({
      status: 'failed',
      failureKind: 'generation_error',
    });
  });

  it('partial: a bad id is reported, an unknown status kept as unknown, the good task kept', () => {
    const r = parseFixture('runway', 'partial-tasks.json');
    expect(r.generations).toEqual([
      expect.objectContaining({
        id: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
        status: 'blocked',
        failureKind: 'moderation_output',
        providerCode: 'SAFETY.OUTPUT.VIDEO',
      }),
      expect.objectContaining({ id: '1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e', status: 'unknown', providerStatus: 'EXPLODED' }),
    ]);
    expect(r.problems).toEqual([expect.stringContaining('not-a-uuid')]);
  });

  it('malformed: a task without id/status, and a non-object, throw ParseError', () => {
    const p = provider('runway');
    expect(() => p.parseResponse('x', loadFixture('runway', 'malformed-task-without-fields.json'))).toThrow(
      /Runway: a task response without a readable task/,
    );
    expect(() => p.parseResponse('x', loadFixture('runway', 'malformed-not-object.json'))).toThrow(ParseError);
  });

  it('the shared fixture directories hold this suite’s malformed and partial files', () => {
    for (const id of ['sora', 'runway']) {
      expect(fixtureNames(id).some((f) => f.startsWith('malformed-'))).toBe(true);
      expect(fixtureNames(id).some((f) => f.startsWith('partial-'))).toBe(true);
    }
  });
});
