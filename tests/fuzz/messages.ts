/**
 * Message generators for the router fuzz test: valid messages (so the fuzz also walks the accepting paths and their
 * storage writes), mutations of them that are invalid by construction, and free-form junk. Every message carries a
 * hand-written label of what it is, so expectations do not come from the schemas under test.
 */
import { PROVIDER_IDS } from '../../src/providers/index.ts';
import { anyNumber, anyString, hugeString, NASTY_STRINGS, randomString, type Rng } from './prng.ts';

export type Label =
  | { kind: 'content'; provider: string } // a valid content -> background message speaking for `provider`
  | { kind: 'ui'; type: 'ui/tab-state' | 'ui/capture-tab' } // a valid UI -> background message
  | { kind: 'invalid'; why: string } // invalid for both directions, by construction
  | { kind: 'junk' }; // anything; judged by the schemas only for what it may do, never for whether it throws

export interface Case {
  msg: unknown;
  label: Label;
}

type Obj = Record<string, unknown>;

/** Own `__proto__`/`constructor` keys, the way JSON.parse delivers them from a hostile sender. */
export function withPollution(rng: Rng, target: Obj): Obj {
  const payload = JSON.parse('{"polluted":"yes","toString":"no","isAdmin":true}') as Obj;
  const key = rng.pick(['__proto__', 'constructor', 'prototype']);
  const value = key === 'constructor' ? { prototype: payload } : payload;
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  return target;
}

/** Nesting deep enough to break naive recursive walkers, built iteratively so building it cannot overflow. */
export function deep(rng: Rng, depth = rng.int(100, 5_000)): unknown {
  let v: unknown = rng.pick(['bottom', 1, null]);
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { type: 'content/generations', x: v };
  return v;
}

export function junk(rng: Rng, depth = 0): unknown {
  const r = rng.next();
  if (depth > 3 || r < 0.35) {
    return rng.pick<() => unknown>([
      () => null,
      () => undefined,
      () => rng.chance(0.5),
      () => anyNumber(rng),
      () => anyString(rng),
      () => BigInt(rng.int(-9, 9)),
    ])();
  }
  if (r < 0.5) return Array.from({ length: rng.int(0, 6) }, () => junk(rng, depth + 1));
  if (r < 0.55) return deep(rng);
  const o: Obj = {};
  const keys = [
    'type',
    'provider',
    'generations',
    'tabId',
    'generationKey',
    'recognised',
    'detail',
    'id',
    'status',
    'source',
    ...NASTY_STRINGS,
  ];
  for (let i = rng.int(0, 6); i > 0; i--) o[rng.pick(keys)] = junk(rng, depth + 1);
  if (rng.chance(0.5)) o.type = rng.pick(['content/generations', 'content/page-status', 'ui/tab-state', 'ui/capture-tab', anyString(rng)]);
  if (rng.chance(0.2)) withPollution(rng, o);
  return o;
}

const STATUSES = ['queued', 'running', 'succeeded', 'failed', 'blocked', 'cancelled', 'unknown'] as const;
const KINDS = ['generation_error', 'moderation_input', 'moderation', 'stuck', 'charged_no_output', 'blank_output'] as const;
const short = (rng: Rng, max: number) => (rng.chance(0.3) ? rng.pick(NASTY_STRINGS) : randomString(rng, 40)).slice(0, max);

/** A schema-valid generation. Ids come from a small pool so the stored state stays small and entries get merged. */
export function validGeneration(rng: Rng, provider: string): Obj {
  const g: Obj = {
    provider,
    // Mostly in Sora's documented ID format (the worker skips IDs that do not match their provider's), so entries get stored.
    id: rng.chance(0.8)
      ? `gen_${String(rng.int(0, 40)).padStart(26, '0')}`
      : rng.pick(['__proto__', 'constructor', '<img src=x onerror=alert(1)>', 'x'.repeat(200), '👩🏽‍🚀']),
    status: rng.pick(STATUSES),
    source: rng.pick(['network', 'dom']),
  };
  if (rng.chance(0.5)) g.prompt = rng.chance(0.05) ? 'p'.repeat(4000) : short(rng, 4000);
  if (rng.chance(0.3)) g.failureKind = rng.pick(KINDS);
  if (rng.chance(0.3)) g.providerCode = short(rng, 120);
  if (rng.chance(0.3)) g.message = short(rng, 2000);
  if (rng.chance(0.3))
    g.videoUrl = rng.pick([
      'https://videos.openai.com/a.mp4?sig=secret&x=1',
      'https://user:pw@cdn.example/v.mp4#t=secret',
      'javascript:alert(1)',
      short(rng, 2048),
    ]);
  if (rng.chance(0.2)) g.progress = rng.next();
  if (rng.chance(0.2)) g.relatedIds = Array.from({ length: rng.int(0, 20) }, () => short(rng, 200));
  if (rng.chance(0.2)) g.createdAt = '2026-01-02T03:04:05Z';
  return g;
}

/** Provider ids that pass the contract's format: registered ones, and one that no page can ever speak for. */
const CLAIMABLE = [...PROVIDER_IDS, 'not-a-provider'];

export function validContent(rng: Rng): Case {
  const provider = rng.pick(CLAIMABLE);
  let msg: Obj;
  if (rng.chance(0.7)) {
    const n = rng.chance(0.01) ? 200 : rng.int(0, 5);
    // Now and then a generation claims another provider inside an otherwise valid report: it must be dropped.
    const gens = Array.from({ length: n }, () => validGeneration(rng, rng.chance(0.9) ? provider : rng.pick(CLAIMABLE)));
    msg = { type: 'content/generations', provider, generations: gens };
  } else {
    msg = { type: 'content/page-status', provider, recognised: rng.chance(0.5), detail: short(rng, 300) };
  }
  if (rng.chance(0.15)) withPollution(rng, msg);
  if (rng.chance(0.1)) msg.extra = deep(rng, 200); // unknown keys are stripped, however deep
  return { msg, label: { kind: 'content', provider } };
}

export function validUi(rng: Rng): Case {
  const tabId = rng.pick([0, 7, 12, 99, 2 ** 31]);
  const msg: Obj = rng.chance(0.6)
    ? { type: 'ui/tab-state', tabId }
    : { type: 'ui/capture-tab', tabId, generationKey: rng.chance(0.5) ? `sora:gen_${rng.int(0, 40)}` : `${randomString(rng, 20)}xyz` };
  if (rng.chance(0.15)) withPollution(rng, msg);
  return { msg, label: { kind: 'ui', type: msg.type as 'ui/tab-state' | 'ui/capture-tab' } };
}

/** Values of the wrong type for each kind of field (never a valid value of that kind). */
const notString = (rng: Rng) =>
  rng.pick<unknown>([null, undefined, 0, NaN, true, [], {}, ['sora'], { toString: 'sora' }, 5n, deep(rng, 50)]);
const notNumber = (rng: Rng) => rng.pick<unknown>([null, undefined, '7', -1, 1.5, NaN, Infinity, -Infinity, true, [7], { valueOf: 7 }, 7n]);
const notBool = (rng: Rng) => rng.pick<unknown>([null, undefined, 'true', 1, 0, [], {}]);
const notArray = (rng: Rng) => rng.pick<unknown>([null, undefined, 'gen_1', 1, {}, { 0: {}, length: 1 }, { deep: deep(rng, 300) }]);
const BAD_TYPES: readonly unknown[] = [
  undefined,
  null,
  1,
  true,
  [],
  {},
  ['content/generations'],
  'content/nope',
  'ui/',
  'CONTENT/GENERATIONS',
  'content/generatіons',
  'ui/tab-state ',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  '',
];
const BAD_PROVIDERS: readonly string[] = [
  'Sora',
  's',
  'a'.repeat(41),
  'sora\n',
  'sora/../runway',
  '__proto__',
  'sora.chatgpt.com',
  '',
  'ｓｏｒａ',
];
export const BAD_GENERATION_FIELDS: ReadonlyArray<[string, (rng: Rng) => unknown]> = [
  ['id', () => ''],
  ['id', () => 'i'.repeat(201)],
  ['id', notString],
  ['provider', () => 'p'.repeat(41)],
  ['status', () => 'exploded'],
  ['status', notString],
  ['source', () => 'page'],
  ['prompt', (rng) => (rng.chance(0.5) ? 'x'.repeat(4001) : hugeString(rng).padEnd(4001, 'x'))],
  ['message', () => 'm'.repeat(2001)],
  ['videoUrl', () => 'h'.repeat(2049)],
  ['progress', () => 1.5],
  ['progress', () => NaN],
  ['failureKind', () => 'refund_me'],
  ['relatedIds', () => Array.from({ length: 21 }, (_, i) => `r${i}`)],
  ['createdAt', () => '2'.repeat(41)],
];

/** A valid message made invalid for BOTH directions by exactly one deliberate mutation. */
export function mutated(rng: Rng): Case {
  const base = (rng.chance(0.7) ? validContent(rng) : validUi(rng)).msg as Obj;
  const m: Obj = { ...base };
  const bad = (why: string, msg: unknown = m): Case => ({ msg, label: { kind: 'invalid', why } });
  const fields = Object.keys(m).filter((k) => k !== 'type' && k !== 'extra' && !['__proto__', 'constructor', 'prototype'].includes(k));
  switch (rng.int(0, 7)) {
    case 0:
      m.type = rng.pick(BAD_TYPES);
      return bad(`type ${String(m.type)}`);
    case 1: {
      const f = rng.pick(fields);
      delete m[f];
      return bad(`missing ${f}`);
    }
    case 2: {
      const f = rng.pick(fields);
      m[f] = f === 'tabId' ? notNumber(rng) : f === 'recognised' ? notBool(rng) : f === 'generations' ? notArray(rng) : notString(rng);
      return bad(`${f} of the wrong type`);
    }
    case 3:
      if ('provider' in m) m.provider = rng.pick(BAD_PROVIDERS);
      else if ('generationKey' in m) m.generationKey = rng.pick(['ab', 'k'.repeat(251), hugeString(rng)]);
      else m.tabId = rng.pick([-1, 0.5, -0.5]);
      return bad('value out of range');
    case 4:
      if (m.type === 'content/page-status') {
        m.detail = 'd'.repeat(rng.pick([301, 100_000]));
        return bad('detail too long');
      }
      if (m.type !== 'content/generations') return bad('wrapped in an array', [m]);
      // (A bad item among good ones is not an invalid message any more: the worker skips that item and keeps the rest,
      // tests/background/handlers.test.ts. Too many items still refuse the whole message.)
      m.generations = Array.from({ length: 201 }, () => validGeneration(rng, 'sora'));
      return bad('generations too many');
    case 5: {
      const provider = typeof m.provider === 'string' ? m.provider : 'sora';
      return bad('generations not an array', {
        ...m,
        type: 'content/generations',
        provider,
        generations: rng.pick<unknown>([null, 'gen_1', 1, {}, { 0: {}, length: 1 }]),
      });
    }
    case 6:
      return bad('wrapped', rng.pick<unknown>([{ message: m }, { data: m }, JSON.stringify(m), [m, m]]));
    default:
      return bad('nested in deep junk', { msg: deep(rng), inner: m });
  }
}
