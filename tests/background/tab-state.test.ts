import { describe, expect, it } from 'vitest';
import { uiHandlers } from '../../src/background/handlers.ts';
import { popupRows, providerView } from '../../src/claims/tab-view.ts';
import { termFor } from '../../src/claims/terms.ts';
import { triage } from '../../src/claims/triage.ts';
import { type TabStateAnswer, TabStateAnswerSchema } from '../../src/messages/tab-state.ts';
import { QUALITY_MODES } from '../../src/modes/index.ts';
import { QUALITY_MODE_IDS } from '../../src/modes/types.ts';
import { PROVIDERS, providerById } from '../../src/providers/index.ts';
import type { Generation } from '../../src/shared/generation.ts';
import { HARD_FAILURE_KINDS } from '../../src/shared/generation.ts';
import { generationsItemFor } from '../../src/storage/generations.ts';
import { casesItem, profileItem, tabsItem } from '../../src/storage/items.ts';
import { Store } from '../../src/storage/store.ts';
import { MemoryArea } from '../helpers/memory-area.ts';

// Issue 15.4: the worker's ui/tab-state answer carries what the popup's first view shows, so the popup opens without
// the provider registry or the storage schemas. IDs in Sora's documented formats (src/providers/sora.ts idFormats).
const GEN = 'gen_01k2m3n4p5q6r7s8t9v0w1x2y3';
const TASK = 'task_01k2m3n4p5q6r7s8t9v0w1x2y3';
const OK = 'gen_01k2m3n4p5q6r7s8t9v0w1x2z9';
const NOW = Date.parse('2026-12-07T01:00:00Z');

const failedGen: Generation = {
  provider: 'sora',
  id: GEN,
  status: 'failed',
  failureKind: 'generation_error',
  relatedIds: [TASK],
  createdAt: '2026-12-07T00:10:00Z',
  source: 'network',
};
// The same job under its task ID, with no failure kind: listed once, under the Generation ID support asks for.
const failedTask: Generation = { provider: 'sora', id: TASK, status: 'failed', relatedIds: [GEN], source: 'network' };
const done: Generation = { provider: 'sora', id: OK, status: 'succeeded', createdAt: '2026-12-07T00:30:00Z', source: 'network' };

async function worker() {
  const local = new Store(new MemoryArea());
  const session = new Store(new MemoryArea());
  const stored = (g: Generation) => ({ g, firstSeen: 1, lastSeen: 1 });
  await local.write(generationsItemFor('sora'), {
    [`sora:${GEN}`]: stored(failedGen),
    [`sora:${TASK}`]: stored(failedTask),
    [`sora:${OK}`]: stored(done),
  });
  await local.write(casesItem, { [`sora:${GEN}`]: { modes: [], description: 'it failed at 90%', evidence: [], updatedAt: 5 } });
  await local.write(profileItem, { name: 'Ana', defaults: { email: 'ana@example.com' }, accounts: {} });
  const keys = [`sora:${OK}`, `sora:${TASK}`, `sora:${GEN}`];
  await session.write(tabsItem, { '7': { provider: 'sora', keys, recognised: true, updatedAt: 1 } });
  const ui = uiHandlers({ local, session, now: () => NOW, setBadge: async () => {}, captureTab: async () => 'x' });
  return (await ui['ui/tab-state']({ type: 'ui/tab-state', tabId: 7 }, true)) as TabStateAnswer;
}

describe('the worker answers the popup’s first view in one message (issue 15.4)', () => {
  it('rows come triaged, one per job, failed first; with the cases, the profile and the provider’s display facts', async () => {
    const a = await worker();
    expect(a.rows.map((r) => [r.key, r.t.lane, r.problem])).toEqual([
      [`sora:${GEN}`, 'hard', true],
      [`sora:${OK}`, 'completed', false],
    ]);
    const sora = providerById('sora')!;
    expect(a.rows[0]!.t).toEqual(triage(failedGen, sora, new Date(NOW)));
    expect(a.cases[`sora:${GEN}`]?.description).toBe('it failed at 90%');
    expect(a.profile).toMatchObject({ name: 'Ana', defaults: { email: 'ana@example.com' } });
    expect(a.provider).toMatchObject({ id: 'sora', name: sora.name, lifecycle: { status: sora.lifecycle.status } });
    expect(a.provider!.lifecycle.events.map((e) => e.date)).toEqual(sora.lifecycle.events.map((e) => e.date));
  });

  it('the answer is plain data that parses with the contract the popup reads it by', async () => {
    const a = await worker();
    // Nothing that does not survive the message channel (functions, RegExps): the JSON round trip changes nothing.
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    expect(TabStateAnswerSchema.safeParse(JSON.parse(JSON.stringify(a))).success).toBe(true);
  });

  it('the contract refuses an answer the popup could not draw from', async () => {
    const a = await worker();
    const row = a.rows[0]!;
    const bad: unknown[] = [
      { ...a, rows: [{ ...row, t: { ...row.t, lane: 'refunded' } }] },
      { ...a, rows: [{ ...row, problem: 'yes' }] },
      { ...a, rows: [{ key: row.key, g: row.g, problem: true }] },
      { ...a, provider: { ...a.provider, id: 'Sora <b>' } },
      { ...a, provider: { ...a.provider, lifecycle: { status: 'gone', events: [] } } },
      { ...a, rows: [{ ...row, t: { ...row.t, say: { key: 'not a key!', subs: [] } } }] },
      { tab: a.tab, rows: a.rows, cases: a.cases, provider: a.provider },
    ];
    for (const b of bad) expect(TabStateAnswerSchema.safeParse(b).success, JSON.stringify(b).slice(0, 120)).toBe(false);
  });

  it('a tab AVA knows nothing of gets an empty answer, not an error', async () => {
    const local = new Store(new MemoryArea());
    const ui = uiHandlers({
      local,
      session: new Store(new MemoryArea()),
      now: () => NOW,
      setBadge: async () => {},
      captureTab: async () => '',
    });
    const a = (await ui['ui/tab-state']({ type: 'ui/tab-state', tabId: 99 }, true)) as TabStateAnswer;
    expect(a).toEqual({ tab: null, rows: [], cases: {}, profile: { defaults: {}, accounts: {} }, provider: null });
  });
});

describe('providerView: the display facts of every provider', () => {
  it.each(PROVIDERS.map((p) => [p.id, p] as const))('%s: parses, and names every failure mode as the full definition does', (_id, p) => {
    const v = providerView(p);
    expect(TabStateAnswerSchema.shape.provider.parse(v)).toEqual(v);
    for (const k of [...QUALITY_MODE_IDS, ...HARD_FAILURE_KINDS]) expect(termFor(v, k)).toBe(termFor(p, k));
    expect(v.lifecycle.events).toEqual(p.lifecycle.events.map((e) => ({ ...e })));
    // The popup lists the quality modes from this alone, in the registry's order, named as the full definition names them.
    expect(v.qualityTerms).toEqual(QUALITY_MODES.map((m) => ({ id: m.id, term: termFor(p, m.id) })));
  });
});

describe('popupRows', () => {
  it('a job queued past the provider’s limit is a problem (stuck) now, not when it was stored', () => {
    const sora = providerById('sora')!;
    const queued: Generation = { provider: 'sora', id: GEN, status: 'queued', createdAt: '2026-12-07T00:30:00Z', source: 'network' };
    const early = popupRows([queued], sora, new Date('2026-12-07T00:40:00Z'));
    const late = popupRows([queued], sora, new Date('2026-12-07T03:00:00Z'));
    expect([early[0]!.problem, early[0]!.t.lane]).toEqual([false, 'in_progress']);
    expect([late[0]!.problem, late[0]!.t.kind]).toEqual([true, 'stuck']);
  });
});
