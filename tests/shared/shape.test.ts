import { describe, expect, it } from 'vitest';
import { reportPath, shapeOf, unreadableShape } from '../../src/shared/shape.ts';
import { UnreadResponseSchema } from '../../src/shared/unread.ts';

const SECRET = 'sk-live-9f8e7d6c5b4a39281706';
const PROMPT = 'a lighthouse keeper feeding seagulls at dawn';

describe('shapeOf', () => {
  it('keeps keys and types, never values', () => {
    const body = { data: { items: [{ id: 'gen_01abc9', status: 3, ok: true, prompt: PROMPT, token: SECRET, extra: null }] } };
    const s = shapeOf(body);
    expect(s).toBe('{data: {items: [{id: string, status: number, ok: boolean, prompt: string, token: string, extra: null}]}}');
    expect(s).not.toContain('gen_01abc9');
    expect(s).not.toContain(PROMPT);
    expect(s).not.toContain(SECRET);
  });

  it('masks keys that are data (IDs or tokens used as map keys), one entry standing for all', () => {
    const body = { byId: { gen_01k2m3n4p5: { status: 'x' }, gen_01k2m3n4p6: { status: 'y' }, [SECRET]: 1, 'me@example.com': 2 } };
    const s = shapeOf(body);
    expect(s).toBe('{byId: {*: {status: string}}}');
    expect(s).toMatch(/^[^@]*$/);
  });

  it('lists up to three distinct element shapes of a mixed list, and is bounded in depth and length', () => {
    expect(shapeOf([1, 'a', { a: 1 }, [2], null])).toBe('[number | string | {a: number}]');
    let deep: unknown = 1;
    for (let i = 0; i < 50; i++) deep = { a: deep };
    expect(shapeOf(deep)).toContain('{…}');
    const wide = Object.fromEntries(
      Array.from({ length: 3000 }, (_, i) => [`key${String.fromCharCode(97 + (i % 26))}${i % 7}`, { n: [i] }]),
    );
    expect(shapeOf(wide).length).toBeLessThanOrEqual(2000);
  });

  it('passes the worker’s schema for shapes of real-shaped bodies', () => {
    const kling = { data: { history: [{ task: { id: 1, taskInfo: { arguments: [{ name: 'prompt', value: PROMPT }] } } }] } };
    for (const body of [kling, [[['wrb.fr', 'x', [1]]]], 'text', 5]) {
      expect(UnreadResponseSchema.safeParse({ path: '/a', kind: 'empty', shape: shapeOf(body), count: 1 }).success).toBe(true);
    }
  });
});

describe('reportPath', () => {
  it('keeps the path only, with ID-like segments masked', () => {
    expect(reportPath(`https://fnf.higgsfield.ai/jobs/9f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f/status?token=${SECRET}#x`)).toBe(
      '/jobs/:id/status',
    );
    expect(reportPath('https://api-app-global.klingai.com/api/task/status?taskId=300000001')).toBe('/api/task/status');
    const flow = 'https://aisandbox-pa.googleapis.com/v1/video:batchCheckAsyncVideoGenerationStatus';
    expect(reportPath(flow)).toBe('/v1/video:batchCheckAsyncVideoGenerationStatus');
    expect(reportPath('https://x.example/u/me%40example.com/v2/gen_01k2m3n4p5q6r7s8')).toBe('/u/:id/v2/:id');
    expect(reportPath('not a url')).toBe('/');
  });
});

describe('unreadableShape', () => {
  it('names only the media type', () => {
    expect(unreadableShape('text/html; charset=utf-8')).toBe('not JSON (text/html)');
    expect(unreadableShape(`text/${SECRET}"; x`)).toBe('not JSON');
    expect(unreadableShape(undefined)).toBe('not JSON');
  });
});
