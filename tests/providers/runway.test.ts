/**
 * Runway's web-app task (`GET api.runwayml.com/v1/tasks/{id}?asTeamId=...`, answered `{task:{...}}`) in the shape
 * igolaizola/vidai's client decodes (fixtures web-task-*-vidai.json; provenance.json says where each comes from), and
 * the provider facts that rest on Runway's own articles.
 */
import { describe, expect, it } from 'vitest';
import { runway } from '../../src/providers/runway.ts';
import { parseFixture } from './helpers.ts';

const TASK = 'https://api.runwayml.com/v1/tasks/5e1d8a4c-2b7f-4c3e-9a1d-6f0b2c4d8e11?asTeamId=1234567';

describe('runway: web tasks as vidai decodes them', () => {
  it('the task URL is one the page tap offers to the parser', () => {
    expect(runway.apiUrls.some((re) => re.test(TASK))).toBe(true);
  });

  it('SAFETY.INPUT.TEXT in error.reason is an input block, with the message and model', () => {
    const [g] = parseFixture('runway', 'web-task-safety-vidai.json', TASK).generations;
    expect(g).toMatchObject({
      id: '5e1d8a4c-2b7f-4c3e-9a1d-6f0b2c4d8e11',
      status: 'blocked',
      failureKind: 'moderation_input',
      providerStatus: 'FAILED',
      providerCode: 'SAFETY.INPUT.TEXT',
      message: 'Text prompt did not pass moderation',
      model: 'gen3a_turbo',
      durationS: 10,
    });
    expect(g!.prompt).toBe('Two knights duel on a drawbridge at dusk');
    expect(g!.progress).toBe(0);
  });

  it('INTERNAL.BAD_OUTPUT.CODE01 is a generation error; progressRatio "0.87" (a string) is read', () => {
    const [g] = parseFixture('runway', 'web-task-internal-vidai.json', TASK).generations;
    expect(g).toMatchObject({ status: 'failed', failureKind: 'generation_error', providerCode: 'INTERNAL.BAD_OUTPUT.CODE01' });
    expect(g!.progress).toBeCloseTo(0.87);
  });

  it('a succeeded task gives its artifact URL (for frame analysis) and the clip length from its metadata', () => {
    const [g] = parseFixture('runway', 'web-task-succeeded-vidai.json', TASK).generations;
    expect(g).toMatchObject({
      status: 'succeeded',
      videoUrl: 'https://media.ava.demo/runway/5e1d8a4c-8e13.mp4',
      durationS: 10.04,
      progress: 1,
    });
    // An empty reason on a succeeded task is not a code.
    expect(g!.failureKind).toBeUndefined();
  });

  it('a status Runway adds later is kept as unknown, with its code, never dropped', () => {
    const r = runway.parseResponse(TASK, {
      task: { id: '5e1d8a4c-2b7f-4c3e-9a1d-6f0b2c4d8e19', status: 'ON_HOLD', error: { reason: 'QUEUE.PAUSED' } },
    });
    expect(r.generations).toEqual([
      expect.objectContaining({ status: 'unknown', providerStatus: 'ON_HOLD', providerCode: 'QUEUE.PAUSED' }),
    ]);
    expect(r.problems).toEqual([]);
  });
});

describe('runway: facts rest on Runway’s own articles', () => {
  it('no 1-2 hour auto-cancel: stuck after the 30 minutes the stuck article names, refund time "a few minutes"', () => {
    expect(runway.stuckAfterMinutes.value).toBe(30);
    expect(runway.stuckAfterMinutes.source.ref).toContain('32881061675795');
    const texts = [runway.policy.summary.value, runway.stuckAfterMinutes.source.ref, runway.policy.refundWithinMinutes!.source.ref].join(
      ' ',
    );
    expect(texts).not.toMatch(/1-2 h|auto-cancel|2 hours/i);
    expect(runway.policy.refundWithinMinutes!.source.ref).toMatch(/a few minutes/);
  });

  it('moderation cites its own article and says moderated API jobs cost credits', () => {
    expect(runway.policy.moderation.source.ref).toContain('32880432736659');
    expect(runway.policy.moderation.source.ref).toContain('docs.dev.runwayml.com/api-details/moderation');
    expect(runway.policy.moderation.value).toMatch(/same credits as successful/);
  });

  it('cites "Can I have credits refunded?" for the refund ask, and the summary carries no boilerplate', () => {
    expect(runway.policy.refundCitation).toMatchObject({ title: 'Can I have credits refunded?' });
    expect(runway.policy.refundCitation!.source.ref).toContain('34266159290003');
    expect(runway.policy.summary.value).not.toMatch(/not guaranteed/);
  });
});
