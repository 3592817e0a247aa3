import { describe, expect, it } from 'vitest';
import { decodeBody, mayCarryJson } from '../../src/providers/body.ts';

describe('decodeBody', () => {
  it('returns one JSON document as it is', () => {
    expect(decodeBody('{"a":1}')).toEqual({ a: 1 });
    expect(decodeBody(' [1,2] ')).toEqual([1, 2]);
  });

  it('reads RSC rows (Next.js Server Action responses) into their JSON values', () => {
    const rsc = '0:["$@1",["development",null]]\n1:{"data":[{"id":"v1","status":"error"}]}\n2:I["chunk.js"]\n';
    expect(decodeBody(rsc)).toEqual([['$@1', ['development', null]], { data: [{ id: 'v1', status: 'error' }] }]);
  });

  it('reads NDJSON and SSE data lines', () => {
    expect(decodeBody('{"a":1}\n{"b":2}\n')).toEqual([{ a: 1 }, { b: 2 }]);
    expect(decodeBody('event: x\ndata: {"a":1}\n\ndata: [DONE]\n')).toEqual([{ a: 1 }]);
  });

  it('unwraps a Google batchexecute envelope, payload strings included', () => {
    const payload = JSON.stringify([[null, 'media/abc', 'FAILED']]);
    const body = `)]}'\n\n123\n${JSON.stringify([['wrb.fr', 'rpc1', payload, null, null, null, 'generic']])}\n25\n[["e",4,null,null,145]]\n`;
    const out = decodeBody(body) as unknown[];
    expect(out[0]).toEqual([['wrb.fr', 'rpc1', [[null, 'media/abc', 'FAILED']], null, null, null, 'generic']]);
    // A single-document XSSI answer is unwrapped too.
    expect(decodeBody(`)]}'\n${JSON.stringify([['wrb.fr', 'r', '{"x":1}']])}`)).toEqual([['wrb.fr', 'r', { x: 1 }]]);
  });

  it('gives undefined for text that carries no JSON', () => {
    expect(decodeBody('<html>hello</html>')).toBeUndefined();
    expect(decodeBody('')).toBeUndefined();
  });
});

describe('mayCarryJson', () => {
  it('accepts the content types providers use for JSON and streams, rejects media', () => {
    for (const t of [
      'application/json',
      'text/x-component',
      'application/x-ndjson',
      'text/plain; charset=utf-8',
      'text/event-stream',
      null,
    ])
      expect(mayCarryJson(t)).toBe(true);
    for (const t of ['video/mp4', 'image/png', 'text/html', 'text/css']) expect(mayCarryJson(t)).toBe(false);
  });
});
