/** Sora as public clients show it (drafts v2 items, one task by id) and the facts re-checked on 2026-12-06. */
import { describe, expect, it } from 'vitest';
import { planReminders } from '../../src/claims/reminders.ts';
import { byId, loadFixture, parseFixture, provider } from './helpers.ts';

const DRAFTS = 'https://sora.chatgpt.com/backend/project_y/profile/drafts/v2?limit=15';

describe('sora: drafts v2 items from public clients', () => {
  const r = () => parseFixture('sora', 'drafts-public-clients.json', DRAFTS);

  it('a draft with its duration and download link; the violation and the error with OpenAI’s words', () => {
    expect(byId(r(), 'gen_01kczts1a2b3c4d5e6f7g8h9j0')).toMatchObject({
      status: 'succeeded',
      durationS: 5,
      relatedIds: ['task_01kczte1a2b3c4d5e6f7g8h9j0'],
    });
    expect(byId(r(), 'gen_01kczts1a2b3c4d5e6f7g8h9j0').videoUrl).toMatch(/^https:\/\/videos\.openai\.com\/vg-assets\//);
    expect(byId(r(), 'gen_01kczv2b3c4d5e6f7g8h9j0k1m')).toMatchObject({
      status: 'blocked',
      failureKind: 'moderation',
      providerCode: 'sora_content_violation',
      message: 'This content may violate our guardrails concerning similarity to third-party content.',
    });
    expect(byId(r(), 'gen_01kczw3c4d5e6f7g8h9j0k1m2n')).toMatchObject({
      status: 'failed',
      failureKind: 'generation_error',
      providerCode: 'sora_error',
    });
  });

  it('a kind AVA does not know is kept as unknown with the raw kind', () => {
    expect(byId(r(), 'gen_01kczx4d5e6f7g8h9j0k1m2n3p')).toMatchObject({
      status: 'unknown',
      providerStatus: 'sora_something_new',
      providerCode: 'sora_something_new',
    });
    expect(r().problems).toEqual([]);
  });
});

describe('sora: one task by id (/backend/nf/tasks/{id}/v2)', () => {
  const TASK = 'https://sora.chatgpt.com/backend/nf/tasks/task_01jsq6b8d0f3h5k7m9n1q4s6u8/v2';

  it('is watched, and a failed task there is a failure with its reason', () => {
    const p = provider('sora');
    expect(p.apiUrls.some((re) => re.test(TASK))).toBe(true);
    expect(p.apiUrls.some((re) => re.test('https://sora.chatgpt.com/backend/nf/tasks/not-a-task/v2'))).toBe(false);
    const task = (loadFixture('sora', 'pending-v2.json') as Record<string, unknown>[])[1];
    const [g] = p.parseResponse(TASK, task).generations;
    expect(g).toMatchObject({ id: 'task_01jsq6b8d0f3h5k7m9n1q4s6u8', status: 'failed', failureKind: 'generation_error' });
  });
});

describe('sora: facts', () => {
  const p = provider('sora');

  it('cites no API-credits article as Sora’s policy and says no "outcome is not guaranteed"', () => {
    for (const f of [p.policy.summary, p.policy.autoRefundOnFailure, p.policy.qualityClaims, p.policy.moderation]) {
      expect(f.source.ref).not.toContain('8264644');
    }
    expect(p.policy.summary.value).not.toMatch(/goodwill|not guaranteed/i);
    expect(p.policy.refundCitation).toBeUndefined();
  });

  it('has no unsourced "last day for tickets", so no reminder is planned for 2026-09-30', () => {
    expect(p.lifecycle.events.map((e) => e.date)).not.toContain('2026-09-30');
    const plan = planReminders([], [p], new Date('2026-09-26T00:00:00Z'));
    expect(plan.alarms.concat().map((a) => a.name)).not.toContain('ava:date:sora:2026-09-30');
  });

  it('the ticket subject is marked as a third-party format (L), and OpenAI is not said to have quality terms', () => {
    expect(p.ticket.source.confidence).toBe('L');
    expect(Object.keys(p.terms).sort()).toEqual(['generation_error', 'moderation']);
  });
});
