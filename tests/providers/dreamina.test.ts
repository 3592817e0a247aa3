import { describe, expect, it } from 'vitest';
import { ParseError } from '../../src/providers/types.ts';
import { byId, loadFixture, parseFixture, provider } from './helpers.ts';

describe('dreamina: get_history_by_ids', () => {
  it('status 30 with fail_code 2036 is a generation error, the app’s message verbatim', () => {
    const [g] = parseFixture('dreamina', 'history-failed-2036.json').generations;
    expect(g).toMatchObject({
      id: '34168772863756',
      status: 'failed',
      failureKind: 'generation_error',
      providerStatus: '30',
      providerCode: '2036',
      message: '生成失败，本次不消耗积分',
      model: 'high_aes_general_v50',
    });
  });

  it('status 30 whose fail_code is a text-security block is a moderation block (keyed by submit ID)', () => {
    const [g] = parseFixture('dreamina', 'history-moderated-2038.json').generations;
    expect(g).toMatchObject({
      id: '6a0c2f4e-1b3d-4c5e-8f70-9a1b2c3d4e5f',
      status: 'blocked',
      failureKind: 'moderation_input',
      providerCode: '2038',
    });
    expect(g!.message).toBe('你输入的文字不符合平台规则，请修改后重试');
  });

  it('a finished video: URL, cost shown, model, and the submit ID as a related ID', () => {
    const [g] = parseFixture('dreamina', 'history-video-success.json').generations;
    expect(g).toMatchObject({
      id: '4722540945676',
      status: 'succeeded',
      credits: 90,
      model: 'dreamina_seedance_45_pro',
      videoUrl: 'https://v3-artist.vlabvod.com/demo/4722540945676.mp4',
      relatedIds: ['1e06b3c9-bd41-46dd-8889-70f2c61f66bb'],
    });
    expect(g!.failureKind).toBeUndefined();
  });

  const id = (n: number) => String(30000000000000 + n);
  it.each([
    [1, 'queued', undefined],
    [2, 'running', undefined],
    [3, 'running', undefined],
    [4, 'succeeded', 'charged_no_output'],
    [5, 'blocked', 'moderation_output'],
    [6, 'blocked', 'moderation_input'],
    [7, 'succeeded', undefined],
    [8, 'unknown', undefined],
    [9, 'unknown', undefined],
    [10, 'unknown', undefined],
    [11, 'blocked', 'moderation'],
    [12, 'succeeded', undefined],
  ])('record %i is %s (%s), with the raw status kept', (n, status, kind) => {
    const g = byId(parseFixture('dreamina', 'history-statuses.json'), id(n));
    expect(g.status).toBe(status);
    expect(g.failureKind).toBe(kind);
    expect(g.providerStatus).toMatch(/^\d+$/);
  });

  it('an unknown status keeps the generation with the provider’s own message', () => {
    expect(byId(parseFixture('dreamina', 'history-statuses.json'), id(10))).toMatchObject({
      providerStatus: '77',
      message: 'a status no source names',
    });
  });

  it('a running record carries its creation time (stuck detection)', () => {
    expect(byId(parseFixture('dreamina', 'history-statuses.json'), id(2)).createdAt).toBe('2025-12-05T09:20:00.000Z');
  });

  it('a record under a key that is no history or submit ID is reported, the rest kept', () => {
    const r = parseFixture('dreamina', 'partial-history.json');
    expect(r.generations.map((g) => g.id)).toEqual(['34168772863760']);
    expect(r.problems).toEqual([expect.stringContaining('not-a-history-id')]);
  });
});

describe('dreamina: aigc_draft/generate', () => {
  it('an accepted submission is queued under its history_record_id', () => {
    const [g] = parseFixture('dreamina', 'generate-queued.json').generations;
    expect(g).toMatchObject({ id: '34168772863799', status: 'queued', relatedIds: ['2b7c9d1e-3f4a-4b5c-8d6e-7f8091a2b3c4'] });
  });

  it.each([
    ['generate-refused-4013.json', /ret -6, fail_code 4013\): The prompt may contain content/],
    ['generate-refused-1018.json', /ret 1018\): account punish limit ai generate/],
  ])('a refused submission (%s) names no job: it is a problem, verbatim', (name, text) => {
    const r = parseFixture('dreamina', name);
    expect(r.generations).toEqual([]);
    expect(r.problems).toEqual([expect.stringMatching(text)]);
  });

  it('a body without the {ret, data} envelope is a ParseError', () => {
    expect(() => provider('dreamina').parseResponse('x', loadFixture('dreamina', 'malformed-no-envelope.json'))).toThrow(ParseError);
  });
});

describe('dreamina: credit balance', () => {
  it('reads each credit field user_credit shows, as shown', () => {
    const readings = provider('dreamina').parseBalance!(
      'https://dreamina.capcut.com/commerce/v1/benefits/user_credit',
      loadFixture('dreamina', 'user-credit.json'),
    );
    expect(readings).toEqual([
      { kind: 'balance', amount: 120, unit: 'credits', field: 'credit.vip_credit' },
      { kind: 'balance', amount: 60, unit: 'credits', field: 'credit.gift_credit' },
      { kind: 'balance', amount: 0, unit: 'credits', field: 'credit.purchase_credit' },
    ]);
    expect(parseFixture('dreamina', 'user-credit.json').generations).toEqual([]);
  });

  it('the balance endpoint is among apiUrls on both app hosts and CapCut’s commerce host', () => {
    const p = provider('dreamina');
    for (const u of [
      'https://dreamina.capcut.com/commerce/v1/benefits/user_credit',
      'https://jimeng.jianying.com/commerce/v1/benefits/user_credit',
      'https://commerce-api-sg.capcut.com/commerce/v1/benefits/user_credit?aid=513641',
    ])
      expect(
        p.apiUrls.some((re) => re.test(u)),
        u,
      ).toBe(true);
    expect(p.apiUrls.some((re) => re.test('https://dreamina.capcut.com.evil.example/mweb/v1/get_history_by_ids'))).toBe(false);
  });
});

describe('dreamina: queue info', () => {
  it('a job waiting in the queue is queued, with its place in the queue verbatim', () => {
    expect(parseFixture('dreamina', 'queue-info.json').generations).toEqual([
      { provider: 'dreamina', id: '34168772863801', status: 'queued', providerStatus: 'queue_idx 37', source: 'network' },
    ]);
  });
});
