import { describe, expect, it } from 'vitest';
import { Collector, mergeGeneration } from '../../src/content/collector.ts';
import { sora } from '../../src/providers/sora.ts';
import type { Generation } from '../../src/shared/generation.ts';

const pending = JSON.stringify([
  { id: 'task_01k2m3n4p5q6r7s8t9v0w1x2y3', task_type: 'video_gen', status: 'failed', failure_reason: 'Something went wrong', progress_pct: 0.4, generations: [] },
]);

describe('Collector', () => {
  it('parses only the provider’s generation endpoints and reports each change once', () => {
    const c = new Collector(sora);
    expect(c.addResponse('https://sora.chatgpt.com/backend/other', pending)).toBe(false);
    expect(c.addResponse('https://sora.chatgpt.com/backend/nf/pending/v2', pending)).toBe(true);
    expect(c.takeChanged().map((g) => g.id)).toEqual(['task_01k2m3n4p5q6r7s8t9v0w1x2y3']);
    c.addResponse('https://sora.chatgpt.com/backend/nf/pending/v2', pending);
    expect(c.takeChanged()).toEqual([]);
  });

  it('bad JSON from the page is a recorded problem, not a crash', () => {
    const c = new Collector(sora);
    expect(c.addResponse('https://sora.chatgpt.com/backend/nf/pending/v2', '{oops')).toBe(true);
    expect(c.problems[0]).toMatch(/unreadable JSON/);
    expect(c.size).toBe(0);
  });

  it('ignores generations claiming another provider', () => {
    const c = new Collector({ ...sora, parseResponse: () => ({ generations: [{ provider: 'runway', id: 'x', status: 'failed', source: 'network' }], problems: [] }) });
    c.addResponse('https://sora.chatgpt.com/backend/nf/pending/v2', '[]');
    expect(c.size).toBe(0);
  });
});

describe('mergeGeneration', () => {
  const net: Generation = { provider: 'sora', id: 'gen_1', status: 'failed', failureKind: 'generation_error', prompt: 'p', source: 'network' };
  it('the DOM never erases what the network said', () => {
    expect(mergeGeneration(net, { provider: 'sora', id: 'gen_1', status: 'unknown', source: 'dom' })).toEqual(net);
  });
  it('a newer network sighting updates status but keeps the prompt it lacks', () => {
    expect(mergeGeneration(net, { provider: 'sora', id: 'gen_1', status: 'succeeded', source: 'network' })).toMatchObject({ status: 'succeeded', prompt: 'p' });
  });
});
