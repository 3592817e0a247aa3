/**
 * One watched response, read the way both the content script and `ava extract` read it: decode the body, run the
 * provider's parser, and when the parser rejects it or finds nothing, the generic fallback. The outcome says which of
 * these happened, so what AVA could not read is counted and reported instead of vanishing. Pure.
 * States no provider fact of its own: each provider's shapes, with their source, date and confidence, are in its own
 * file (`runway.ts`, `veo.flow.ts`, ...), and the body encodings it decodes in `body.ts`, each with its own.
 */
import type { Generation } from '../shared/generation.ts';
import { decodeBody } from './body.ts';
import { fallbackGenerations } from './fallback.ts';
import type { ProviderCapture } from './types.ts';

/**
 * - `parsed`: the provider's parser found generations;
 * - `unreadable`: the body decoded to no JSON at all;
 * - `rejected`: the parser threw (an unknown shape) or skipped every item it saw;
 * - `empty`: the parser found nothing in a body that has content (not just `{items: []}`);
 * - `nothing`: nothing found in a body with no content to find anything in (an empty list): not worth a report.
 */
export type ReadOutcome = 'parsed' | 'unreadable' | 'rejected' | 'empty' | 'nothing';

export interface ReadResult {
  outcome: ReadOutcome;
  /** The decoded body (undefined when unreadable), for the balance reader and the diagnostic shape. */
  body: unknown;
  generations: Generation[];
  problems: string[];
  /** How many of `generations` the fallback found (the parser found none of them). */
  fallbackCount: number;
}

/**
 * Does a decoded body hold a list of records a parser could have missed? Generation lists are lists of objects; a body
 * without one (`{items: [], total: 0}`, `{ok: true}`, a list of bare IDs) finding nothing is not news.
 */
export function hasContent(v: unknown, depth = 0): boolean {
  if (depth > 10 || typeof v !== 'object' || v === null) return false;
  if (Array.isArray(v)) return v.some((x) => typeof x === 'object' && x !== null) || v.some((x) => hasContent(x, depth + 1));
  return Object.values(v).some((x) => hasContent(x, depth + 1));
}

export function readResponse(provider: ProviderCapture, url: string, text: string): ReadResult {
  const body = decodeBody(text);
  if (body === undefined) return { outcome: 'unreadable', body, generations: [], problems: [], fallbackCount: 0 };
  let generations: Generation[] = [];
  let problems: string[] = [];
  let threw = false;
  try {
    const r = provider.parseResponse(url, body);
    generations = r.generations;
    problems = r.problems.slice(0, 5);
  } catch (err) {
    threw = true;
    problems = [err instanceof Error ? err.message : String(err)];
  }
  if (generations.length) return { outcome: 'parsed', body, generations, problems, fallbackCount: 0 };
  const found = fallbackGenerations(provider.id, body);
  const outcome: ReadOutcome = threw || problems.length ? 'rejected' : found.length || hasContent(body) ? 'empty' : 'nothing';
  return { outcome, body, generations: found, problems, fallbackCount: found.length };
}
