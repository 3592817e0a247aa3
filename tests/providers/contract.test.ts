/**
 * Every provider, every committed fixture: parsers never crash. A well-formed fixture gives schema-valid
 * generations; malformed-* gives a ParseError or a `problems` entry; partial-* always names what it skipped. Junk
 * bodies may only ever raise ParseError (never a TypeError from trusting a shape).
 */
import { describe, expect, it } from 'vitest';
import { PROVIDERS } from '../../src/providers/index.ts';
import { ParseError } from '../../src/providers/types.ts';
import { ENDPOINT, fileUrl, fixtureNames, loadFixture, parseFixture } from './helpers.ts';

const JUNK: unknown[] = [
  null,
  0,
  -1,
  1e308,
  '',
  'x',
  true,
  [],
  {},
  [null],
  [[[]]],
  { id: null },
  { id: {}, status: {} },
  { status: 'constructor', id: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d' },
  { state: 'toString', id: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d' },
  { request_id: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', status: '__proto__' },
  { task_id: '123456789', task_status: 'hasOwnProperty' },
  { task_id: {}, task_status: [] },
  { code: 'toString', message: 'x', request_id: 'r1', data: null },
  { task_id: '106916112212032', status: 'Fail', base_resp: { status_code: 'constructor' } },
  { name: 5, done: true },
  {
    name: 'models/veo/operations/x',
    done: true,
    response: { generateVideoResponse: { generatedSamples: 'nope', raiMediaFilteredReasons: [1, null, {}] } },
  },
  { name: 'models/veo/operations/y', error: { code: {}, message: [] } },
  { operations: [null, 1, 'a', { status: 'MEDIA_GENERATION_STATUS_FAILED', sceneId: 'x', operation: 'x', error: 'y' }] },
  { status: 'MEDIA_GENERATION_STATUS_FAILED', sceneId: 's', operation: { error: { details: [{ reason: 'PUBLIC_ERROR_DANGER_FILTER' }] } } },
  { data: { videos: [null, { id: 1, status: 99, percent: 'x' }] } },
  { generations: [{}] },
  { status: 7, id: {}, percent: 1 },
  { task: { id: 123456789, status: NaN }, works: 'x' },
  { ErrCode: 0, Resp: { id: 1, status: 1 } },
  { ErrCode: {}, Resp: [] },
  JSON.parse('{"__proto__": {"status": 5, "id": 123456789}, "constructor": {"status": 99, "taskId": 123456789}}'),
  Array.from({ length: 2000 }, (_, i) => ({ id: i, status: i % 100 })),
  (() => {
    let o: unknown = { id: 'deep' };
    for (let i = 0; i < 500; i++) o = { child: o, list: [o] };
    return o;
  })(),
];

describe.each(PROVIDERS.map((p) => [p.id, p] as const))('%s: parser contract', (id, p) => {
  const names = fixtureNames(id);

  it('has a representative endpoint that its apiUrls accept', () => {
    expect(ENDPOINT[id], `ENDPOINT.${id} in tests/providers/helpers.ts`).toBeDefined();
    expect(p.apiUrls.some((re) => re.test(ENDPOINT[id]!))).toBe(true);
  });

  it.each(names.filter((n) => !n.startsWith('malformed-')))('%s parses without throwing, schema-valid', (name) => {
    const r = parseFixture(id, name, ENDPOINT[id]);
    expect(Array.isArray(r.problems)).toBe(true);
    if (name.startsWith('partial-')) expect(r.problems.length, `${name} should name what it skipped`).toBeGreaterThan(0);
  });

  it.each(names.filter((n) => n.startsWith('malformed-')))('%s gives a clear ParseError or a problems entry', (name) => {
    let result;
    try {
      result = p.parseResponse(fileUrl(id, name), loadFixture(id, name));
    } catch (e) {
      expect(e).toBeInstanceOf(ParseError);
      expect((e as Error).message.length).toBeGreaterThan(20);
      return;
    }
    expect(result.generations).toEqual([]);
    expect(result.problems.length).toBeGreaterThan(0);
  });

  it('junk bodies only ever raise ParseError, and whatever comes back is schema-valid', () => {
    for (const body of JUNK) {
      try {
        const r = p.parseResponse('https://example.invalid/x', body);
        for (const g of r.generations) {
          expect(typeof g.status).toBe('string');
          expect(g.provider).toBe(id);
        }
      } catch (e) {
        // The message is built only on failure: the deep junk body shares references and must not be stringified.
        if (!(e instanceof ParseError)) throw new Error(`${id} threw ${String(e)} on junk body #${JUNK.indexOf(body)}`);
      }
    }
  });
});
