/**
 * Fuzz of both message boundaries of the service worker. The routers are built the way src/background/main.ts builds
 * them (same schemas, handler maps, sender checks and default logger), over real Stores on in-memory areas; only
 * chrome's edges (badge, screenshot, clock) are fakes. Deterministic: a fixed seed, printed with any failure.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { BackgroundDeps } from '../../src/background/handlers.ts';
import { buildRouters } from '../../src/background/routers.ts';
import { ContentToBackground, type Reply, UiToBackground } from '../../src/messages/contract.ts';
import type { Sender } from '../../src/messages/router.ts';
import { generationsItemFor, GENERATIONS_KEY_PREFIX } from '../../src/storage/generations.ts';
import { MAX_GENERATIONS_PER_PROVIDER, type StoredGeneration, tabsItem } from '../../src/storage/items.ts';
import { decode, Store } from '../../src/storage/store.ts';
import { MemoryArea } from '../helpers/memory-area.ts';
import { type Case, junk, type Label, mutated, validContent, validUi } from './messages.ts';
import { Rng } from './prng.ts';
import { type LabelledSender, ORIGIN, SELF, SENDERS } from './senders.ts';

const SEED = Number(process.env.AVA_FUZZ_SEED ?? 0x5eed_a7a);
const MESSAGES = Number(process.env.AVA_FUZZ_MESSAGES ?? 12_000);

/** An area that counts writes, so "no state change" is checked on every message, not only by occasional snapshots. */
class CountingArea extends MemoryArea {
  writes = 0;
  override async set(items: Record<string, unknown>) {
    this.writes++;
    return super.set(items);
  }
  override async remove(key: string) {
    this.writes++;
    return super.remove(key);
  }
}

function build() {
  const local = new CountingArea();
  const session = new CountingArea();
  const badge = vi.fn(async () => {});
  const capture = vi.fn(async () => 'shot-fuzz');
  const deps: BackgroundDeps = {
    local: new Store(local),
    session: new Store(session),
    now: () => 1_750_000_000_000,
    setBadge: badge,
    captureTab: capture,
  };
  // Built exactly as main.ts builds them: no `log` option, so rejections go to console.warn (spied on below).
  const { fromContent, fromUi } = buildRouters(deps, SELF, ORIGIN);
  return { local, session, badge, capture, fromContent, fromUi };
}

type Expect = { accept: true } | { accept: false; error: RegExp };
const INVALID = /^invalid message: \S.*: \S/;
const SENDER = /^sender not allowed: \S/;

/** What each router must do with a labelled message from a labelled sender; junk is judged by whether it parses. */
function expected(dir: 'content' | 'ui', label: Label, msg: unknown, s: LabelledSender): Expect | 'either' {
  if (label.kind === 'junk') {
    const schema = dir === 'content' ? ContentToBackground : UiToBackground;
    return schema.safeParse(msg).success ? 'either' : { accept: false, error: INVALID };
  }
  if (dir === 'content' && label.kind === 'content')
    return s.contentProvider === label.provider ? { accept: true } : { accept: false, error: SENDER };
  if (dir === 'ui' && label.kind === 'ui') return s.ui ? { accept: true } : { accept: false, error: SENDER };
  return { accept: false, error: INVALID };
}

function draw(rng: Rng): Case {
  const r = rng.next();
  if (r < 0.3) return { msg: junk(rng), label: { kind: 'junk' } };
  if (r < 0.75) return mutated(rng);
  return rng.chance(0.7) ? validContent(rng) : validUi(rng);
}

/**
 * Trusted senders more often, so invalid messages are mostly refused for their content, not just their origin, and
 * half the valid ones come from the sender entitled to them, so the accepting paths (and their writes) run too.
 */
function pickSender(rng: Rng, label: Label): LabelledSender {
  const entitled = SENDERS.filter(
    (s) => (label.kind === 'content' && s.contentProvider === label.provider) || (label.kind === 'ui' && s.ui),
  );
  if (entitled.length && rng.chance(0.5)) return rng.pick(entitled);
  const trusted = SENDERS.filter((s) => s.contentProvider || s.ui);
  return rng.chance(0.6) ? rng.pick(trusted) : rng.pick(SENDERS);
}

const protoSnapshot = () =>
  [Object.prototype, Array.prototype, Function.prototype, String.prototype].map((p) => Object.getOwnPropertyNames(p).sort().join(','));

/** Every provider's generations item, decoded and merged; with their problems. */
function storedGenerations(data: Record<string, unknown>): { value: Record<string, StoredGeneration>; problems: string[] } {
  const out = { value: {} as Record<string, StoredGeneration>, problems: [] as string[] };
  for (const [k, raw] of Object.entries(data)) {
    if (!k.startsWith(GENERATIONS_KEY_PREFIX)) continue;
    const r = decode(generationsItemFor(k.slice(GENERATIONS_KEY_PREFIX.length)), raw);
    Object.assign(out.value, r.value);
    out.problems.push(...r.problems);
    for (const v of Object.values(r.value)) expect(`${GENERATIONS_KEY_PREFIX}${v.g.provider}`).toBe(k);
  }
  return out;
}

describe('message boundary fuzz', () => {
  const warn = vi.spyOn(console, 'warn');
  let before: string[];
  beforeAll(() => {
    warn.mockImplementation(() => {});
    before = protoSnapshot();
  });
  afterAll(() => warn.mockRestore());

  it(`${MESSAGES} random and mutated messages to both routers: no throw, clear rejections, no state change, no pollution`, async () => {
    const rng = new Rng(SEED);
    const h = build();
    const counts = { accepted: 0, rejected: 0, invalid: 0, sender: 0 };
    for (let i = 0; i < MESSAGES; i++) {
      const c = draw(rng);
      const s = pickSender(rng, c.label);
      for (const dir of ['content', 'ui'] as const) {
        const where = `seed ${SEED}, message ${i}, ${dir} router, ${c.label.kind}${c.label.kind === 'invalid' ? ` (${c.label.why})` : ''}, sender "${s.name}"`;
        const writes = h.local.writes + h.session.writes;
        const calls = h.badge.mock.calls.length + h.capture.mock.calls.length;
        const warned = warn.mock.calls.length;
        const snapshot = i % 97 === 0 ? JSON.stringify([h.local.data, h.session.data]) : undefined;
        let reply: Reply;
        try {
          reply = await (dir === 'content' ? h.fromContent : h.fromUi)(c.msg, s.sender as Sender);
        } catch (err) {
          throw new Error(`router threw at ${where}: ${String(err)}`);
        }
        const want = expected(dir, c.label, c.msg, s);
        if (want !== 'either') expect(reply.ok, where).toBe(want.accept);
        if (reply.ok) {
          counts.accepted++;
          continue;
        }
        counts.rejected++;
        if (INVALID.test(reply.error)) counts.invalid++;
        else if (SENDER.test(reply.error)) counts.sender++;
        if (want !== 'either' && !want.accept) expect(reply.error, where).toMatch(want.error);
        // A clear message: names the problem, short, and never echoes a huge payload back.
        expect(reply.error.length, where).toBeLessThan(400);
        expect(h.local.writes + h.session.writes, `${where}: storage written`).toBe(writes);
        expect(h.badge.mock.calls.length + h.capture.mock.calls.length, `${where}: side effect`).toBe(calls);
        expect(warn.mock.calls.length, `${where}: rejection not logged`).toBeGreaterThan(warned);
        if (snapshot !== undefined) expect(JSON.stringify([h.local.data, h.session.data]), where).toBe(snapshot);
      }
      if (Object.keys(Object.prototype).length || 'polluted' in {} || 'isAdmin' in [])
        throw new Error(`prototype polluted at seed ${SEED}, message ${i}`);
    }
    expect(protoSnapshot()).toEqual(before);
    // The mix really exercised every path.
    expect(counts.accepted).toBeGreaterThan(MESSAGES * 0.05);
    expect(counts.invalid).toBeGreaterThan(MESSAGES * 0.5);
    expect(counts.sender).toBeGreaterThan(MESSAGES * 0.05);

    // What was accepted is well-formed: readable without problems, capped, each key under the provider of its page.
    const problems = warn.mock.calls.filter((c) => String(c[0]).startsWith('[AVA storage]'));
    expect(problems).toEqual([]);
    const gens = storedGenerations(h.local.data);
    expect(gens.problems).toEqual([]);
    const perProvider = new Map<string, number>();
    for (const v of Object.values(gens.value)) perProvider.set(v.g.provider, (perProvider.get(v.g.provider) ?? 0) + 1);
    for (const n of perProvider.values()) expect(n).toBeLessThanOrEqual(MAX_GENERATIONS_PER_PROVIDER);
    for (const [k, v] of Object.entries(gens.value)) {
      expect(k).toBe(`${v.g.provider}:${v.g.id}`);
      expect(v.g.videoUrl ?? '').not.toMatch(/secret|:pw@/);
    }
    const tabs = decode(tabsItem, h.session.data.tabs);
    expect(tabs.problems).toEqual([]);
    for (const [tabId, t] of Object.entries(tabs.value)) {
      expect(['7', '12']).toContain(tabId);
      expect(t.pageUrl ?? '').not.toMatch(/secret|hunter2/);
      for (const k of t.keys) expect(k.startsWith(`${t.provider}:`)).toBe(true);
    }
    // The sora tab (7) only ever holds sora or other trusted-page providers' keys, never one its page did not speak for.
    expect(Object.keys(gens.value).some((k) => k.startsWith('not-a-provider:'))).toBe(false);
  }, 60_000);

  it("a Sora page, whatever it sends, never creates or changes another provider's data", async () => {
    const rng = new Rng(SEED + 1);
    const h = build();
    // Another provider's data already stored, which the Sora page must not be able to touch.
    await h.local.set({
      'generations:runway': {
        v: 1,
        data: { 'runway:r1': { g: { provider: 'runway', id: 'r1', status: 'failed', source: 'network' }, firstSeen: 1, lastSeen: 1 } },
      },
    });
    const sora = SENDERS.filter((s) => s.contentProvider === 'sora');
    for (let i = 0; i < 2_000; i++) {
      const c = rng.chance(0.5) ? validContent(rng) : draw(rng);
      await h.fromContent(c.msg, rng.pick(sora).sender);
    }
    const gens = storedGenerations(h.local.data).value;
    const foreign = Object.keys(gens).filter((k) => !k.startsWith('sora:'));
    expect(foreign).toEqual(['runway:r1']);
    expect(gens['runway:r1']).toEqual({
      g: { provider: 'runway', id: 'r1', status: 'failed', source: 'network' },
      firstSeen: 1,
      lastSeen: 1,
    });
    expect(new Set(Object.values(decode(tabsItem, h.session.data.tabs).value).map((t) => t.provider))).toEqual(new Set(['sora']));
  });
});
