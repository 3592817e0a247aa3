import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { contentHandlers, type BackgroundDeps } from '../../src/background/handlers.ts';
import { authoriseContent } from '../../src/background/senders.ts';
import { type BalanceEntry, BalanceReadingSchema, recordReadings } from '../../src/claims/balances.ts';
import { PROVIDERS } from '../../src/providers/index.ts';
import { Collector } from '../../src/content/collector.ts';
import { ContentToBackground } from '../../src/messages/contract.ts';
import { createRouter } from '../../src/messages/router.ts';
import { kling } from '../../src/providers/kling.ts';
import { sora } from '../../src/providers/sora.ts';
import { veo } from '../../src/providers/veo.ts';
import { balancesItem } from '../../src/storage/items.ts';
import { Store } from '../../src/storage/store.ts';
import { MemoryArea } from '../helpers/memory-area.ts';

const fixture = (rel: string): unknown => JSON.parse(readFileSync(`tests/fixtures/${rel}`, 'utf8'));
const SORA_CHECK = 'https://sora.chatgpt.com/backend/nf/check';
const FLOW_STATUS = 'https://aisandbox-pa.googleapis.com/v1/video:batchCheckAsyncVideoGenerationStatus';

describe('balance parsers read only the documented fields', () => {
  it('Sora: credit_remaining from /backend/nf/check', () => {
    expect(sora.parseBalance!(SORA_CHECK, fixture('sora/check.json'))).toEqual([
      { kind: 'balance', amount: 240, unit: 'credits', field: 'credit_remaining' },
    ]);
  });

  it('Flow: remainingCredits next to the operations (and the proto name remaining_credits)', () => {
    expect(veo.parseBalance!(FLOW_STATUS, fixture('veo/demo-flow-batch.json'))).toEqual([
      { kind: 'balance', amount: 80, unit: 'Flow credits', field: 'remainingCredits' },
    ]);
    expect(veo.parseBalance!(FLOW_STATUS, { operations: [], remaining_credits: 920 })).toEqual([
      { kind: 'balance', amount: 920, unit: 'Flow credits', field: 'remaining_credits' },
    ]);
  });

  it('Kling: final_unit_deduction is a charge on one task', () => {
    expect(
      kling.parseBalance!('https://api.klingai.com/v1/videos/text2video/784261523409510470', fixture('kling/api-task-failed-charged.json')),
    ).toEqual([{ kind: 'charge', amount: 1, unit: 'units', field: 'final_unit_deduction', generationId: '784261523409510470' }]);
  });

  it('junk, negative, huge, non-numeric or inherited values give nothing', () => {
    const junk: unknown[] = [
      null,
      7,
      'x',
      [],
      {},
      { rate_limit_and_credit_balance: { credit_remaining: -5 } },
      { rate_limit_and_credit_balance: { credit_remaining: '12abc' } },
      { rate_limit_and_credit_balance: { credit_remaining: 1e15 } },
      { rate_limit_and_credit_balance: null },
      JSON.parse('{"__proto__":{"credit_remaining":9}}'),
      { remainingCredits: 'NaN' },
      { data: { task_id: 'not-numeric', final_unit_deduction: '1' } },
      { data: { task_id: '784261523409510470', final_unit_deduction: { n: 1 } } },
    ];
    for (const body of junk) {
      expect(sora.parseBalance!(SORA_CHECK, body), JSON.stringify(body)).toEqual([]);
      expect(veo.parseBalance!(FLOW_STATUS, body), JSON.stringify(body)).toEqual([]);
      expect(kling.parseBalance!('https://app.klingai.com/api/task/status', body), JSON.stringify(body)).toEqual([]);
    }
  });
});

describe('every provider’s balance reader on hostile bodies', () => {
  it('never throws and returns only well-formed readings', () => {
    const deep = (() => {
      let o: unknown = { remainingCredits: 1 };
      for (let i = 0; i < 300; i++) o = { child: o, list: [o] };
      return o;
    })();
    const bodies: unknown[] = [
      undefined,
      null,
      '',
      0,
      [],
      {},
      deep,
      JSON.parse('{"constructor":{"remainingCredits":5},"__proto__":{"final_unit_deduction":"1","task_id":"123456789"}}'),
      Array.from({ length: 3000 }, (_, i) => ({ task_id: String(100000000 + i), final_unit_deduction: '1' })),
    ];
    for (const p of PROVIDERS) {
      if (!p.parseBalance) continue;
      for (const body of bodies) {
        const out = p.parseBalance('https://example.invalid/x', body);
        expect(out.length, p.id).toBeLessThanOrEqual(50);
        for (const r of out) expect(BalanceReadingSchema.safeParse(r).success, `${p.id}: ${JSON.stringify(r)}`).toBe(true);
      }
    }
  });
});

describe('balance history', () => {
  const r = (amount: number) => ({ kind: 'balance' as const, amount, unit: 'credits', field: 'credit_remaining' });

  it('a run of equal readings is one entry; a change starts a new one', () => {
    let h: BalanceEntry[] = [];
    h = recordReadings(h, [r(240)], 1000);
    h = recordReadings(h, [r(240)], 2000);
    h = recordReadings(h, [r(220)], 3000);
    h = recordReadings(h, [r(240)], 4000);
    expect(h.map((e) => [e.amount, e.firstAt, e.lastAt])).toEqual([
      [240, 1000, 2000],
      [220, 3000, 3000],
      [240, 4000, 4000],
    ]);
  });

  it('a charge is kept once per generation with the provider’s latest figure', () => {
    const c = (amount: number) => ({
      kind: 'charge' as const,
      amount,
      unit: 'units',
      field: 'final_unit_deduction',
      generationId: '784261523409510470',
    });
    let h = recordReadings([], [c(1)], 1);
    h = recordReadings(h, [c(1)], 2);
    expect(h).toEqual([{ ...c(1), firstAt: 1, lastAt: 2 }]);
    h = recordReadings(h, [c(0)], 3);
    expect(h).toEqual([{ ...c(0), firstAt: 3, lastAt: 3 }]);
    expect(recordReadings([], [{ ...c(1), generationId: undefined }], 1)).toEqual([]);
  });

  it('is bounded', () => {
    let h: BalanceEntry[] = [];
    for (let i = 0; i < 400; i++) h = recordReadings(h, [r(i)], i);
    expect(h).toHaveLength(300);
    expect(h[0]!.amount).toBe(100);
  });
});

describe('from the page to the stored history', () => {
  it('the collector hands on the readings of a tapped response once', () => {
    const col = new Collector(sora);
    expect(col.addResponse(SORA_CHECK, JSON.stringify(fixture('sora/check.json')))).toBe(true);
    expect(col.takeReadings()).toEqual([{ kind: 'balance', amount: 240, unit: 'credits', field: 'credit_remaining' }]);
    expect(col.takeReadings()).toEqual([]);
    // A URL outside the provider's apiUrls is not read at all.
    expect(col.addResponse('https://sora.chatgpt.com/elsewhere', JSON.stringify(fixture('sora/check.json')))).toBe(false);
    expect(col.takeReadings()).toEqual([]);
  });

  it('the worker stores readings under the page’s provider only, with its own clock', async () => {
    const local = new MemoryArea();
    let now = 5000;
    const deps: BackgroundDeps = {
      local: new Store(local),
      session: new Store(new MemoryArea()),
      now: () => now,
      setBadge: vi.fn(async () => {}),
      captureTab: vi.fn(async () => 's'),
    };
    const route = createRouter({
      name: 't',
      schema: ContentToBackground,
      handlers: contentHandlers(deps),
      authorise: authoriseContent('me'),
      log: () => {},
    });
    const from = (url: string) => ({ id: 'me', frameId: 0, url, tab: { id: 3, url } });
    const msg = {
      type: 'content/balances',
      provider: 'sora',
      readings: [{ kind: 'balance', amount: 240, unit: 'credits', field: 'credit_remaining' }],
    };
    expect(await route(msg, from('https://sora.chatgpt.com/library'))).toEqual({ ok: true, data: { recorded: 1 } });
    now = 6000;
    await route({ ...msg, readings: [{ ...msg.readings[0], amount: 220 }] }, from('https://sora.chatgpt.com/library'));
    // Another provider's page cannot write Sora's history, and a malformed reading is refused whole.
    expect((await route(msg, from('https://app.runwayml.com/video-tools/teams/x/dashboard'))).ok).toBe(false);
    expect((await route({ ...msg, readings: [{ ...msg.readings[0], amount: -1 }] }, from('https://sora.chatgpt.com/library'))).ok).toBe(
      false,
    );
    const stored = await new Store(local).read(balancesItem);
    expect(Object.keys(stored)).toEqual(['sora']);
    expect(stored.sora!.map((e) => [e.amount, e.firstAt])).toEqual([
      [240, 5000],
      [220, 6000],
    ]);
  });
});
