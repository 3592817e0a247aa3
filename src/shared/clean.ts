/**
 * The worker's door: every generation a content script reports is cleaned here again, whatever the content script
 * did, and checked item by item, so one bad item is counted and skipped while the rest of the report is kept.
 * Pure: the caller passes the provider's ID formats.
 */
import { type Generation, GenerationSchema } from './generation.ts';
import { LIMITS } from './limits.ts';
import { pageUrl, scrubLine } from './scrub.ts';

/** Characters an ID may carry at all, whatever the provider: no spaces, quotes, controls, bidi or line breaks. */
const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9._:/@+=~-]*$/;

export interface IdRules {
  /** The provider's documented ID formats (its file's idFormats); empty means only SAFE_ID applies. */
  formats: readonly RegExp[];
}

export type Cleaned = { g: Generation } | { problem: string };

const rec = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const line = (v: unknown, max: number) => (typeof v === 'string' || typeof v === 'number' ? scrubLine(v, max) : undefined);
const shortId = (id: unknown) => (typeof id === 'string' ? JSON.stringify(id.slice(0, 40)) : typeof id);

/** Does this ID fit the provider? Captured ones must match a documented format; manual and fallback ones only SAFE_ID. */
export function idAccepted(id: string, source: unknown, viaFallback: unknown, rules: IdRules): boolean {
  if (id.length > LIMITS.id || !SAFE_ID.test(id)) return false;
  const captured = (source === 'network' || source === 'dom') && viaFallback !== true;
  return !captured || rules.formats.length === 0 || rules.formats.some((re) => re.test(id));
}

/** One reported item to a clean Generation of `provider`, or the reason it was skipped (short, for a counter). */
export function cleanGeneration(raw: unknown, provider: string, rules: IdRules): Cleaned {
  if (!rec(raw)) return { problem: 'not an object' };
  if (raw.provider !== provider) return { problem: `item of another provider (${shortId(raw.provider)})` };
  const id = typeof raw.id === 'string' ? raw.id : typeof raw.id === 'number' ? String(raw.id) : '';
  if (!idAccepted(id, raw.source, raw.viaFallback, rules))
    return { problem: `ID ${shortId(raw.id)} does not match ${provider}'s ID format` };
  const related = Array.isArray(raw.relatedIds)
    ? raw.relatedIds.filter((r): r is string => typeof r === 'string' && r.length <= LIMITS.id && SAFE_ID.test(r) && r !== id)
    : [];
  const date = (v: unknown) => (typeof v === 'string' && v.length <= LIMITS.isoDate && SAFE_ID.test(v) ? v : undefined);
  const candidate: Record<string, unknown> = {
    ...raw,
    id,
    providerStatus: line(raw.providerStatus, LIMITS.providerStatus),
    providerCode: line(raw.providerCode, LIMITS.providerCode),
    message: line(raw.message, LIMITS.message),
    prompt: line(raw.prompt, LIMITS.prompt),
    model: line(raw.model, LIMITS.model),
    videoUrl: typeof raw.videoUrl === 'string' ? pageUrl(raw.videoUrl) : undefined,
    createdAt: date(raw.createdAt),
    updatedAt: date(raw.updatedAt),
    relatedIds: related.length ? [...new Set(related)].slice(0, LIMITS.relatedIds) : undefined,
  };
  for (const k of Object.keys(candidate)) if (candidate[k] === undefined) delete candidate[k];
  const r = GenerationSchema.strip().safeParse(candidate);
  if (!r.success) {
    const i = r.error.issues[0];
    return { problem: `${shortId(id)}: ${i ? `${i.path.join('.')}: ${i.message}` : 'invalid'}` };
  }
  return { g: r.data };
}

/** Clean a whole report: the kept generations, and what was skipped (each reason once, with how often). */
export function cleanReport(
  list: readonly unknown[],
  provider: string,
  rules: IdRules,
): { kept: Generation[]; skipped: number; problems: string[] } {
  const kept: Generation[] = [];
  const problems = new Map<string, number>();
  for (const raw of list) {
    const c = cleanGeneration(raw, provider, rules);
    if ('g' in c) kept.push(c.g);
    else problems.set(c.problem, (problems.get(c.problem) ?? 0) + 1);
  }
  const skipped = [...problems.values()].reduce((a, b) => a + b, 0);
  return { kept, skipped, problems: [...problems].map(([p, n]) => (n > 1 ? `${p} (x${n})` : p)).slice(0, 10) };
}
