import { describe, expect, it } from 'vitest';
import { ParseError } from '../../src/providers/types.ts';
import { byId, loadFixture, parseFixture, provider } from './helpers.ts';

describe('kling: API tasks', () => {
  it('succeed, with the video and its id as a related ID', () => {
    const [g] = parseFixture('kling', 'api-task-succeed.json').generations;
    expect(g).toMatchObject({
      id: '784261523409510467',
      status: 'succeeded',
      providerStatus: 'succeed',
      videoUrl: 'https://cdn.klingai.com/bs2/upload-kling-api/784261523409510467.mp4',
    });
    expect(g!.failureKind).toBeUndefined();
    expect(g!.relatedIds).toEqual(['d1f2e3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6']);
  });

  it('processing is running', () => {
    expect(parseFixture('kling', 'api-task-processing.json').generations[0]).toMatchObject({ id: '784261523409510468', status: 'running' });
  });

  it('failed with envelope code 1301 is a moderation block; task_status_msg verbatim', () => {
    const [g] = parseFixture('kling', 'api-task-failed-1301.json').generations;
    expect(g).toMatchObject({
      status: 'blocked',
      failureKind: 'moderation',
      providerCode: '1301',
      message: 'Failure to pass the risk control system',
    });
  });

  it('failed with units still deducted is "charged without output"', () => {
    const [g] = parseFixture('kling', 'api-task-failed-charged.json').generations;
    expect(g).toMatchObject({ id: '784261523409510470', status: 'failed', failureKind: 'charged_no_output', providerCode: '5000' });
  });

  it('a task list: submitted, failed by text, failed plainly', () => {
    const r = parseFixture('kling', 'api-task-list.json');
    expect(byId(r, '784261523409510471')).toMatchObject({ status: 'queued', providerStatus: 'submitted' });
    expect(byId(r, '784261523409510472')).toMatchObject({ status: 'blocked', failureKind: 'moderation' });
    expect(byId(r, '784261523409510473')).toMatchObject({ status: 'failed', failureKind: 'generation_error', message: 'Timeout' });
  });

  it.each([
    ['1102', 'failed', 'generation_error'],
    ['1300', 'blocked', 'moderation'],
    ['1302', 'failed', 'generation_error'],
    ['5001', 'failed', 'generation_error'],
    ['5002', 'failed', 'generation_error'],
  ])('a request refused with code %s is named by its request_id', (code, status, kind) => {
    const [g] = parseFixture('kling', `api-error-${code}.json`).generations;
    expect(g).toMatchObject({ id: `CjMkWmdVqH4AAAAAA${code}x`, status, failureKind: kind, providerCode: code });
    expect(g!.message).toBeTruthy();
  });

  it('a refused request without a request_id is a problem', () => {
    const r = provider('kling').parseResponse('x', { code: 1301, message: 'Trigger the content security policy', data: null });
    expect(r.generations).toEqual([]);
    expect(r.problems[0]).toContain('1301');
  });
});

describe('kling: web statuses 5..99', () => {
  const r = () => parseFixture('kling', 'web-task-list.json');
  const id = (n: number) => String(300000000 + n);

  it.each([
    [5, 'queued', undefined],
    [6, 'failed', 'generation_error'],
    [7, 'blocked', 'moderation_input'],
    [8, 'blocked', 'moderation_input'],
    [9, 'blocked', 'moderation_output'],
    [10, 'running', undefined],
    [50, 'failed', 'generation_error'],
    [51, 'failed', 'generation_error'],
    [52, 'failed', 'generation_error'],
    [58, 'failed', 'generation_error'],
    [98, 'succeeded', 'charged_no_output'],
    [99, 'succeeded', undefined],
  ])('status %i is %s (%s), kept verbatim', (n, status, kind) => {
    const g = byId(r(), id(n));
    expect(g).toMatchObject({ status, providerStatus: String(n) });
    expect(g.failureKind).toBe(kind);
    if (kind) expect(g.providerCode).toBe(String(n));
  });

  it('uses the provider message when there is one, and the work ID as a related ID', () => {
    const res = r();
    expect(byId(res, id(50)).message).toBe('Generation failed');
    expect(byId(res, id(7)).message).toBe('sensitive text');
    expect(byId(res, id(99)).relatedIds).toEqual([String(400000099)]);
    expect(byId(res, id(99)).videoUrl).toBe('https://s21-kling.klingai.com/works/400000099.mp4');
  });

  it('names a failed task by the kind, and leaves its status to the code beside it', () => {
    // The term covers statuses 50-58, 6 and 5000-5002: naming one ("status 50") mislabelled a task the page said was 58.
    const term = provider('kling').terms.generation_error!;
    expect(term.codes).toEqual(expect.arrayContaining(['50', '58']));
    for (const code of term.codes ?? []) expect(term.term).not.toContain(code);
  });

  it('a single task status answer', () => {
    expect(parseFixture('kling', 'web-task-status.json').generations).toEqual([
      expect.objectContaining({ id: id(1), status: 'succeeded', prompt: 'Kling web prompt 1' }),
    ]);
  });
});

describe('kling: web app 2026 (api-app-global.klingai.com)', () => {
  const FEEDS = 'https://api-app-global.klingai.com/api/user/works/personal/feeds?pageSize=20';
  const STATUS = 'https://api-app-global.klingai.com/api/task/status?taskId=271849305612847';

  it('the poll URLs are watched on both regional API hosts', () => {
    for (const u of [FEEDS, STATUS, 'https://api-app-cn.klingai.com/api/task/status?taskId=1']) {
      expect(
        provider('kling').apiUrls.some((re) => re.test(u)),
        u,
      ).toBe(true);
    }
  });

  it('task/status with status 58 is a failure, with the prompt from taskInfo.arguments and the work as a related ID', () => {
    const [g] = parseFixture('kling', 'web-task-status-2026.json', STATUS).generations;
    expect(g).toMatchObject({
      id: '271849305612847',
      status: 'failed',
      failureKind: 'generation_error',
      providerStatus: '58',
      providerCode: '58',
      prompt: 'A red kite rising over a windy beach, handheld',
      relatedIds: ['271849305699001'],
    });
    expect(g!.createdAt).toBe(new Date(1796551200000).toISOString());
  });

  it('personal/feeds data.history[]: 99 with its video, 53 failed, 9 blocked, 77 kept as unknown', () => {
    const r = parseFixture('kling', 'web-personal-feeds-2026.json', FEEDS);
    expect(byId(r, '271849305612848')).toMatchObject({ status: 'succeeded', prompt: 'Paper lanterns drifting on a river at night' });
    expect(byId(r, '271849305612848').videoUrl).toBe(
      'https://s21-kling.klingai.com/bs2/upload-ylab-stunt/special-effect/output/271849305699002.mp4',
    );
    expect(byId(r, '271849305612849')).toMatchObject({ status: 'failed', failureKind: 'generation_error', providerCode: '53' });
    expect(byId(r, '271849305612850')).toMatchObject({
      status: 'blocked',
      failureKind: 'moderation_output',
      prompt: 'A boxer mid-punch, slow motion',
    });
    expect(byId(r, '271849305612851')).toMatchObject({ status: 'unknown', providerStatus: '77' });
    expect(r.generations).toHaveLength(4);
    expect(r.problems).toEqual([]);
  });
});

describe('kling: partial and malformed', () => {
  it('an unknown web status is kept as unknown with the raw number; a task whose id is not a task ID is reported', () => {
    const res = parseFixture('kling', 'partial-web-task-list.json');
    expect(res.generations.map((g) => [g.id, g.status, g.providerStatus, g.providerCode])).toEqual([
      ['300000011', 'succeeded', '99', undefined],
      ['300000012', 'unknown', '77', '77'],
    ]);
    expect(res.generations[1]!.failureKind).toBeUndefined();
    expect(res.problems).toEqual([expect.stringContaining('"abc" is not a task ID')]);
  });

  it('an unknown task_status is kept as unknown; a missing task_id is reported', () => {
    const res = parseFixture('kling', 'partial-api-task-list.json');
    expect(res.generations.map((g) => [g.id, g.status, g.providerStatus])).toEqual([
      ['784261523409510474', 'succeeded', 'succeed'],
      ['784261523409510475', 'unknown', 'exploded'],
    ]);
    expect(res.problems).toEqual([expect.stringContaining('task_id "null"')]);
  });

  it('malformed bodies throw ParseError', () => {
    const p = provider('kling');
    expect(() => p.parseResponse('x', loadFixture('kling', 'malformed-unknown-shape.json'))).toThrow(/Kling: no API task/);
    expect(() => p.parseResponse('x', loadFixture('kling', 'malformed-string.json'))).toThrow(ParseError);
  });
});
