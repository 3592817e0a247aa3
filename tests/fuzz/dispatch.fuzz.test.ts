/**
 * Fuzz of the service worker's whole receiving side, through `dispatch` exactly as main.ts registers it: the four
 * receivers (content scripts, extension pages, the offscreen document, support-form pages) and the routing between
 * them. routers.fuzz.test.ts digs deep into the content and UI receivers; this one covers every message type of every
 * direction, including the analysis, balance and autofill messages, from every kind of sender. Which sender may send
 * what is written out by hand below, not derived from AVA's own checks. Deterministic: a fixed seed.
 */
import { describe, expect, it, vi } from 'vitest';
import type { AnalysisDeps } from '../../src/background/analysis.ts';
import type { BackgroundDeps } from '../../src/background/handlers.ts';
import { OFFSCREEN_PATH } from '../../src/background/offscreen-path.ts';
import { buildRouters } from '../../src/background/routers.ts';
import type { Reply } from '../../src/messages/contract.ts';
import type { Sender } from '../../src/messages/router.ts';
import { generationsItemFor } from '../../src/storage/generations.ts';
import { Store } from '../../src/storage/store.ts';
import { MemoryArea } from '../helpers/memory-area.ts';
import { junk, withPollution } from './messages.ts';
import { NASTY_STRINGS, randomString, Rng } from './prng.ts';
import { ORIGIN, SELF, SENDERS } from './senders.ts';

const SEED = Number(process.env.AVA_FUZZ_SEED ?? 0xd15_a7c);
const MESSAGES = Number(process.env.AVA_FUZZ_MESSAGES ?? 10_000);

type Dir = 'content' | 'ui' | 'offscreen' | 'support';
type Obj = Record<string, unknown>;
interface Who {
  name: string;
  sender: Sender;
  /** Directions this sender may use; for content, only for this provider. */
  may: Dir[];
  provider?: string;
}

const OFFSCREEN_URL = `${ORIGIN}${OFFSCREEN_PATH}`;
const supportTab = (url: string, frameId = 0): Sender => ({ id: SELF, frameId, url, origin: new URL(url).origin, tab: { id: 21, url } });
const WHO: readonly Who[] = [
  ...SENDERS.map((s) => ({
    name: s.name,
    sender: s.sender,
    may: [...(s.contentProvider ? ['content' as const] : []), ...(s.ui ? ['ui' as const] : [])],
    provider: s.contentProvider ?? undefined,
  })),
  { name: 'offscreen document', sender: { id: SELF, url: OFFSCREEN_URL }, may: ['offscreen'] },
  { name: 'Runway support form', sender: supportTab('https://help.runwayml.com/hc/en-us/requests/new'), may: ['support'] },
  { name: 'Luma support form', sender: supportTab('https://lumaai-help.freshdesk.com/support/tickets/new'), may: ['support'] },
  { name: 'Runway help article (not the form)', sender: supportTab('https://help.runwayml.com/hc/en-us/articles/1'), may: [] },
  { name: 'support form in an iframe', sender: supportTab('https://help.runwayml.com/hc/en-us/requests/new', 2), may: [] },
  { name: 'lookalike support host', sender: supportTab('https://help.runwayml.com.evil.example/hc/en-us/requests/new'), may: [] },
  // The offscreen page opened in a tab (someone typed its URL): neither the offscreen document nor a UI page.
  { name: 'offscreen URL from a tab', sender: { id: SELF, url: OFFSCREEN_URL, frameId: 0, tab: { id: 3, url: OFFSCREEN_URL } }, may: [] },
  { name: 'another extension at the offscreen URL', sender: { id: 'ponmlkjihgfedcbaponmlkjihgfedcba', url: OFFSCREEN_URL }, may: [] },
];

const key = (rng: Rng) => (rng.chance(0.8) ? `sora:gen_${rng.int(0, 9)}` : rng.pick(NASTY_STRINGS).slice(0, 200).padEnd(3, 'x'));
const job = (rng: Rng) => ({ jobId: `job-${rng.int(0, 9)}xx`, generationKey: key(rng) });
const finding = { mode: 'color', term: 'Temporal Colour Instability', confidence: 0.8, at: [1, 2], reasons: ['flicker'], evidence: [] };

/** One schema-valid message of each kind, with the direction it belongs to. */
const VALID: ReadonlyArray<(rng: Rng) => { dir: Dir; provider?: string; msg: Obj }> = [
  (rng) => {
    const provider = rng.pick(['sora', 'runway', 'kling']);
    return {
      dir: 'content',
      provider,
      msg: {
        type: 'content/balances',
        provider,
        readings: [{ kind: rng.pick(['balance', 'charge']), amount: rng.int(0, 500), unit: 'credits', field: 'credit_remaining' }],
      },
    };
  },
  (rng) => {
    const provider = rng.pick(['sora', 'veo']);
    return {
      dir: 'content',
      provider,
      msg: { type: 'content/page-status', provider, recognised: rng.chance(0.5), detail: randomString(rng, 30) },
    };
  },
  (rng) => ({ dir: 'ui', msg: { type: 'ui/tab-state', tabId: rng.int(0, 30) } }),
  (rng) => ({ dir: 'ui', msg: { type: 'ui/analyse', generationKey: key(rng), faces: rng.chance(0.3) } }),
  (rng) => ({ dir: 'ui', msg: { type: 'ui/analyse-cancel', generationKey: key(rng) } }),
  (rng) => ({
    dir: 'ui',
    msg: {
      type: 'ui/autofill-arm',
      provider: rng.pick(['runway', 'luma', 'sora']),
      subject: randomString(rng, 40),
      body: rng.pick(NASTY_STRINGS),
    },
  }),
  (rng) => ({
    dir: 'offscreen',
    msg: { type: 'offscreen/progress', ...job(rng), phase: 'decode', fraction: rng.next(), t: rng.int(0, 9), frames: rng.int(0, 99) },
  }),
  (rng) => ({
    dir: 'offscreen',
    msg: {
      type: 'offscreen/failed',
      ...job(rng),
      cancelled: rng.chance(0.5),
      wording: { key: 'err_fetch_network', subs: [randomString(rng, 50)] },
    },
  }),
  (rng) => ({
    dir: 'offscreen',
    msg: {
      type: 'offscreen/done',
      ...job(rng),
      result: {
        durationS: 6,
        framesAnalysed: 144,
        findings: [finding],
        cuts: [],
        evidence: [],
        decoder: 'webcodecs',
        ocr: 'skipped',
        faces: 'skipped',
      },
    },
  }),
  () => ({ dir: 'support', msg: { type: 'support/autofill-take' } }),
];

/** Made invalid by construction: a wrong type, a missing or wrong-typed field, or the message wrapped. */
function mutate(rng: Rng, m: Obj): Obj | unknown {
  const fields = Object.keys(m).filter((k) => k !== 'type');
  const c = fields.length ? rng.int(0, 3) : rng.pick([0, 3]);
  const out: Obj = { ...m };
  if (c === 0)
    out.type = rng.pick(['ui/analyse ', 'offscreen/DONE', 'support/autofill', 'content/balance', '__proto__', 'toString', '', 7, null]);
  else if (c === 1) delete out[rng.pick(fields)];
  else if (c === 2) out[rng.pick(fields)] = rng.pick<unknown>([null, [], { toString: 'x' }, Number.NaN, -1, 'x'.repeat(30_000), 5n]);
  else return rng.pick<unknown>([[m], { message: m }, JSON.stringify(m)]);
  // Removing an optional field can leave a valid message; the test allows a mutated message that still parses.
  return out;
}

class CountingArea extends MemoryArea {
  writes = 0;
  override async set(items: Record<string, unknown>) {
    this.writes++;
    return super.set(items);
  }
  override async remove(k: string) {
    this.writes++;
    return super.remove(k);
  }
}

async function build() {
  const local = new CountingArea();
  const session = new CountingArea();
  const analysis: AnalysisDeps = {
    ensureOffscreen: vi.fn(async () => {}),
    closeOffscreen: vi.fn(async () => {}),
    sendToOffscreen: vi.fn(async () => ({})),
    deleteEvidence: vi.fn(async () => {}),
    newId: () => 'job-fuzz-1',
  };
  const deps: BackgroundDeps = {
    local: new Store(local),
    session: new Store(session),
    now: () => 1_750_000_000_000,
    setBadge: vi.fn(async () => {}),
    captureTab: vi.fn(async () => 'shot'),
    analysis,
  };
  // Generations with a video, so `ui/analyse` can reach the end of its handler (a job sent to the offscreen fake).
  const gens = Object.fromEntries(
    Array.from({ length: 10 }, (_, i) => [
      `sora:gen_${i}`,
      {
        g: {
          provider: 'sora',
          id: `gen_${i}`,
          status: 'succeeded' as const,
          videoUrl: `https://videos.openai.com/v${i}.mp4`,
          source: 'network' as const,
        },
        firstSeen: 1,
        lastSeen: 1,
      },
    ]),
  );
  await deps.local.write(generationsItemFor('sora'), gens);
  local.writes = 0;
  return { local, session, analysis, ...buildRouters(deps, SELF, ORIGIN) };
}

const CLEAR = /^(invalid message: \S.*: \S|sender not allowed: \S)/;

describe('dispatch fuzz: every receiver, every message type, every sender', () => {
  it(`${MESSAGES} messages: no throw, entitled valid messages reach a handler, everything else is refused clearly without a write`, async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const rng = new Rng(SEED);
    const h = await build();
    const seen = { accepted: new Set<string>(), refusedValid: 0, refusedInvalid: 0 };
    try {
      for (let i = 0; i < MESSAGES; i++) {
        const who = rng.pick(WHO);
        const valid = rng.pick(VALID)(rng);
        const r = rng.next();
        const kind = r < 0.45 ? 'valid' : r < 0.8 ? 'mutated' : 'junk';
        let msg: unknown = kind === 'valid' ? valid.msg : kind === 'mutated' ? mutate(rng, valid.msg) : junk(rng);
        if (kind === 'valid' && rng.chance(0.1)) msg = withPollution(rng, { ...valid.msg });
        const where = `seed ${SEED}, message ${i} (${kind} ${String(valid.msg.type)}), sender "${who.name}"`;
        const writes = h.local.writes + h.session.writes;
        let reply: Reply;
        try {
          reply = await h.dispatch(msg, who.sender);
        } catch (err) {
          throw new Error(`dispatch threw at ${where}: ${String(err)}`);
        }
        const entitled = who.may.includes(valid.dir) && (valid.dir !== 'content' || who.provider === valid.provider);
        if (kind === 'valid' && entitled) {
          // It reached its handler: accepted, or refused by the handler for a stated reason (not by the gate).
          if (!reply.ok) expect(reply.error, where).not.toMatch(CLEAR);
          if (reply.ok) seen.accepted.add(String(valid.msg.type));
          continue;
        }
        if (kind === 'valid') {
          expect(reply.ok, where).toBe(false);
          seen.refusedValid++;
        }
        if (kind === 'mutated' && !reply.ok) seen.refusedInvalid++;
        if (reply.ok) continue; // junk or a mutation that still parsed (e.g. an optional field removed): allowed
        expect(reply.error.length, where).toBeLessThan(400);
        if (kind !== 'valid' || !entitled) {
          // Refusals at the gate change nothing. Handler-level refusals of entitled messages were handled above.
          if (CLEAR.test(reply.error)) expect(h.local.writes + h.session.writes, `${where}: storage written`).toBe(writes);
        }
      }
    } finally {
      warn.mockRestore();
    }
    if (Object.keys(Object.prototype).length || 'polluted' in {}) throw new Error('prototype polluted');
    // The mix really walked every accepting path and both kinds of refusal.
    expect([...seen.accepted].sort()).toEqual(VALID.map((v) => String(v(new Rng(1)).msg.type)).sort());
    expect(seen.refusedValid).toBeGreaterThan(MESSAGES * 0.2);
    expect(seen.refusedInvalid).toBeGreaterThan(MESSAGES * 0.1);
  }, 60_000);

  it('a support-form page takes a fill only for its own provider, once, and never reaches the other receivers', async () => {
    const h = await build();
    const popup = WHO.find((w) => w.name === 'popup')!.sender;
    const runwayForm = WHO.find((w) => w.name === 'Runway support form')!.sender;
    const lumaForm = WHO.find((w) => w.name === 'Luma support form')!.sender;
    expect((await h.dispatch({ type: 'ui/autofill-arm', provider: 'runway', subject: 'S', body: 'B' }, popup)).ok).toBe(true);
    const fromLuma = await h.dispatch({ type: 'support/autofill-take' }, lumaForm);
    expect(fromLuma).toEqual({ ok: true, data: { fill: null } });
    const first = await h.dispatch({ type: 'support/autofill-take' }, runwayForm);
    expect(first.ok && (first.data as { fill: { subject: string } | null }).fill?.subject).toBe('S');
    expect(await h.dispatch({ type: 'support/autofill-take' }, runwayForm)).toEqual({ ok: true, data: { fill: null } });
    // The same page cannot use the other receivers' messages.
    for (const msg of [
      { type: 'ui/tab-state', tabId: 1 },
      {
        type: 'offscreen/failed',
        jobId: 'job-123',
        generationKey: 'sora:x',
        cancelled: false,
        wording: { key: 'analysis_cancelled', subs: [] },
      },
      { type: 'content/page-status', provider: 'runway', recognised: true, detail: '' },
    ]) {
      const reply = await h.dispatch(msg, runwayForm);
      expect(reply.ok, JSON.stringify(msg)).toBe(false);
    }
  });
});
