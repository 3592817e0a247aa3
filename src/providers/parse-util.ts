/**
 * Small helpers the provider parsers share: reading untrusted JSON without trusting its shape. No provider facts live
 * here; each provider file carries its own, with a source and the date it was checked.
 */
import type { Generation } from '../shared/generation.ts';
import { LIMITS } from '../shared/limits.ts';
import { pageUrl, scrubLine } from '../shared/scrub.ts';
import { ParseError, type ParseResult } from './types.ts';

export type Json = unknown;

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Visit every plain object in a JSON value (bounded depth and count: bodies are untrusted). */
export function walkObjects(root: Json, visit: (o: Record<string, unknown>) => boolean | void, maxDepth = 6, maxNodes = 5000): void {
  let seen = 0;
  const stack: [Json, number][] = [[root, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (++seen > maxNodes || depth > maxDepth) continue;
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], depth + 1]);
    } else if (isRecord(v)) {
      // visit returns true to say "this object is a match, do not descend into it"
      if (visit(v) === true) continue;
      for (const k of Object.keys(v)) stack.push([v[k], depth + 1]);
    }
  }
}

/** Page text for one field, on one line, cut to the shared limits (shared/limits.ts) with a mark. */
export const str = (v: unknown, max: number = LIMITS.message): string | undefined => scrubLine(v, max);
/**
 * A URL from a response, signature kept: the worker scrubs it where it stores it (the one scrubber, shared/scrub.ts)
 * and keeps the signed form only in session storage, so "Analyse video" can fetch a signed CDN link.
 */
export const url = (v: unknown): string | undefined => (typeof v === 'string' ? pageUrl(v) : undefined);

/** Seconds, milliseconds or an ISO string to ISO; undefined for anything else. */
export function iso(v: unknown): string | undefined {
  if (typeof v === 'number' && Number.isFinite(v) && v > 0) {
    const ms = v < 1e12 ? v * 1000 : v;
    const d = new Date(ms);
    return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
  }
  if (typeof v === 'string' && v.length <= 40) {
    const d = new Date(v);
    return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
  }
  return undefined;
}

/** A non-negative finite amount from a number or a numeric string ("1", "10.5"); undefined for anything else. */
export function amount(v: unknown): number | undefined {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d{1,12}(\.\d{1,6})?$/.test(v.trim()) ? Number(v) : NaN;
  return Number.isFinite(n) && n >= 0 && n < 1e12 ? n : undefined;
}

/** A 0..1 ratio from a ratio or a percentage. */
export function ratio(v: unknown, scale: 1 | 100 = 1): number | undefined {
  if (typeof v !== 'number' || !Number.isFinite(v)) return undefined;
  const r = v / scale;
  return Math.min(1, Math.max(0, r));
}

/** First string found at any of the given dotted paths. */
export function pick(o: Record<string, unknown>, paths: readonly string[], max: number = LIMITS.prompt): string | undefined {
  for (const p of paths) {
    let cur: unknown = o;
    for (const k of p.split('.')) cur = isRecord(cur) ? cur[k] : undefined;
    const s = str(cur, max);
    if (s) return s;
  }
  return undefined;
}

/** Drop undefined fields so stored objects stay small and zod-clean. */
export function compact<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}

/**
 * Own-key lookup in a status/code table. Untrusted values such as "constructor" or "toString" must not reach
 * Object.prototype through `key in table` or `table[key]`.
 */
export function lookup<T>(table: Readonly<Record<string, T>>, key: string | number | undefined): T | undefined {
  return key !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;
}

/** What a provider's object reader returns for one object: a generation, a reason to skip it, or "not mine". */
export type Found = Generation | { problem: string } | undefined;

/**
 * Walk an untrusted body and collect what `find` recognises, once per ID, plus what it had to skip. The body must
 * be an object or an array; anything else is a ParseError naming the provider.
 */
export function collect(provider: string, body: unknown, find: (o: Record<string, unknown>) => Found): ParseResult {
  if (!isRecord(body) && !Array.isArray(body)) throw new ParseError(`${provider}: expected a JSON object or array`);
  const generations: Generation[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  walkObjects(body, (o) => {
    const found = find(o);
    if (!found) return;
    if ('problem' in found) problems.push(found.problem);
    else if (!seen.has(found.id)) {
      seen.add(found.id);
      generations.push(found);
    }
    return true;
  });
  return { generations, problems };
}

/**
 * A poll answer that names its job only in the request URL (Firefly, HeyGen), or a saved list of such answers (what
 * `ava extract` may be given): in a list no URL names a single job, so each answer must carry its own ID. One bad
 * answer is a problem, never the end of the list.
 */
export function statusAnswers(
  provider: string,
  reqUrl: string,
  body: unknown,
  parseOne: (url: string, o: unknown) => ParseResult,
): ParseResult {
  if (!Array.isArray(body)) return parseOne(reqUrl, body);
  if (!body.length) throw new ParseError(`${provider}: an empty list holds no status answers`);
  const out: ParseResult = { generations: [], problems: [] };
  for (const item of body.slice(0, 200)) {
    let r: ParseResult;
    try {
      r = parseOne('', item);
    } catch (e) {
      if (!(e instanceof ParseError)) throw e;
      out.problems.push(e.message);
      continue;
    }
    out.generations.push(...r.generations.filter((g) => !out.generations.some((x) => x.id === g.id)));
    out.problems.push(...r.problems);
  }
  return out;
}
