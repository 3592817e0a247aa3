import { describe, expect, it } from 'vitest';
import { Collector } from '../../src/content/collector.ts';
import { mergeGeneration } from '../../src/shared/merge-generation.ts';
import { sora } from '../../src/providers/sora.ts';
import { ParseError } from '../../src/providers/types.ts';
import type { Generation } from '../../src/shared/generation.ts';

const pending = JSON.stringify([
  {
    id: 'task_01k2m3n4p5q6r7s8t9v0w1x2y3',
    task_type: 'video_gen',
    status: 'failed',
    failure_reason: 'Something went wrong',
    progress_pct: 0.4,
    generations: [],
  },
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

  it('bad JSON from the page is a recorded problem and an unread response, not a crash', () => {
    const c = new Collector(sora);
    expect(c.addResponse('https://sora.chatgpt.com/backend/nf/pending/v2?x=1', '{oops', 'application/json')).toBe(true);
    expect(c.problems[0]).toMatch(/unreadable response from \/backend\/nf\/pending\/v2$/);
    expect(c.size).toBe(0);
    expect(c.takeUnread()).toEqual([
      { path: '/backend/nf/pending/v2', kind: 'unreadable', shape: 'not JSON (application/json)', count: 1 },
    ]);
    expect(c.takeUnread()).toEqual([]);
  });

  it('reads RSC and NDJSON bodies, not only JSON documents', () => {
    const c = new Collector(sora);
    const rsc = `0:["$@1"]\n1:${pending}\n`;
    expect(c.addResponse('https://sora.chatgpt.com/backend/nf/pending/v2', rsc, 'text/x-component')).toBe(true);
    expect(c.takeChanged().map((g) => g.id)).toEqual(['task_01k2m3n4p5q6r7s8t9v0w1x2y3']);
  });

  it('an unknown shape goes to the generic fallback, marked, and is counted with its shape only', () => {
    const c = new Collector({
      ...sora,
      parseResponse: () => {
        throw new ParseError('Sora: no task objects');
      },
    });
    const job = { job_id: 'job_9a8b7c6d5e', phase: 'errored', prompt_text: 'a secret fox', auth: 'sk-live-1234567890' };
    const body = JSON.stringify({ jobs_v3: [job] });
    c.addResponse('https://sora.chatgpt.com/backend/nf/pending/v3', body);
    c.addResponse('https://sora.chatgpt.com/backend/nf/pending/v3', body);
    expect(c.takeChanged()).toEqual([
      expect.objectContaining({ provider: 'sora', id: 'job_9a8b7c6d5e', status: 'failed', providerStatus: 'errored', viaFallback: true }),
    ]);
    const unread = c.takeUnread();
    const shape = '{jobs_v3: [{job_id: string, phase: string, prompt_text: string, auth: string}]}';
    expect(unread).toEqual([{ path: '/backend/nf/pending/v3', kind: 'rejected', shape, count: 2 }]);
    expect(JSON.stringify(unread)).not.toMatch(/secret fox|sk-live|job_9a8b/);
  });

  it('counts a response the parser read without complaint but found nothing in; not an empty list or a balance', () => {
    const silent = { ...sora, parseResponse: () => ({ generations: [], problems: [] }) };
    const c = new Collector(silent);
    c.addResponse('https://sora.chatgpt.com/backend/nf/pending/v2', JSON.stringify({ items: [], total: 0 }));
    c.addResponse('https://sora.chatgpt.com/backend/nf/check', JSON.stringify({ rate_limit_and_credit_balance: { credit_remaining: 5 } }));
    expect(c.takeUnread()).toEqual([]);
    c.addResponse('https://sora.chatgpt.com/backend/nf/pending/v2', JSON.stringify({ items: [{ uid: 'x', n: 1 }] }));
    expect(c.takeUnread()).toEqual([
      { path: '/backend/nf/pending/v2', kind: 'empty', shape: '{items: [{uid: string, n: number}]}', count: 1 },
    ]);
  });

  it('holds a bounded number of distinct unread paths between reports', () => {
    const c = new Collector(sora);
    for (let i = 0; i < 100; i++)
      c.addResponse(`https://sora.chatgpt.com/backend/nf/pending/p${String.fromCharCode(97 + (i % 26))}${i}`, 'nope');
    expect(c.takeUnread().length).toBe(20);
  });

  it('ignores generations claiming another provider', () => {
    const c = new Collector({
      ...sora,
      parseResponse: () => ({ generations: [{ provider: 'runway', id: 'x', status: 'failed', source: 'network' }], problems: [] }),
    });
    c.addResponse('https://sora.chatgpt.com/backend/nf/pending/v2', '[]');
    expect(c.size).toBe(0);
  });
});

describe('mergeGeneration', () => {
  const net: Generation = {
    provider: 'sora',
    id: 'gen_1',
    status: 'failed',
    failureKind: 'generation_error',
    prompt: 'p',
    source: 'network',
  };
  it('the DOM never erases what the network said', () => {
    expect(mergeGeneration(net, { provider: 'sora', id: 'gen_1', status: 'unknown', source: 'dom' })).toEqual(net);
  });
  it('a fallback sighting never overrides the parser’s; a parser sighting clears the fallback mark', () => {
    const guess: Generation = {
      provider: 'sora',
      id: 'gen_1',
      status: 'unknown',
      providerStatus: 'x',
      source: 'network',
      viaFallback: true,
    };
    expect(mergeGeneration(net, guess)).toEqual(net);
    expect(mergeGeneration(guess, net).viaFallback).toBeUndefined();
  });
  it('a newer network sighting updates status but keeps the prompt it lacks', () => {
    expect(mergeGeneration(net, { provider: 'sora', id: 'gen_1', status: 'succeeded', source: 'network' })).toMatchObject({
      status: 'succeeded',
      prompt: 'p',
    });
  });
});
