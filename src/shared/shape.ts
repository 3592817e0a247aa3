/**
 * The SHAPE of a response for a diagnostic report: keys and value types, nested and bounded, never a value. A key that
 * looks like data (an ID used as a map key, a number, a token) is shown as `*`, and URL paths lose their ID-like
 * segments, so a shape can be pasted into a public issue without giving away the person's generations, prompts or
 * tokens. Pure.
 */

const MAX_DEPTH = 6;
const MAX_KEYS = 24;
const MAX_VARIANTS = 3;
export const MAX_SHAPE = 2000;

/** A key is shown only when it reads like a field name: short, no spaces or punctuation, hardly any digits. */
function keyName(k: string): string {
  if (!/^[A-Za-z_$][A-Za-z0-9_$-]{0,39}$/.test(k)) return '*';
  const digits = k.match(/\d/g)?.length ?? 0;
  // camelCase field names are long but digit-free; tokens and IDs used as keys are not.
  return digits > 2 || (k.length >= 16 && digits > 0) ? '*' : k;
}

function shapeAt(v: unknown, depth: number): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    if (depth >= MAX_DEPTH) return '[…]';
    const variants: string[] = [];
    for (const item of v.slice(0, 20)) {
      const s = shapeAt(item, depth + 1);
      if (!variants.includes(s)) variants.push(s);
      if (variants.length >= MAX_VARIANTS) break;
    }
    return `[${variants.join(' | ')}]`;
  }
  if (typeof v === 'object') {
    const keys = Object.keys(v as object);
    if (keys.length === 0) return '{}';
    if (depth >= MAX_DEPTH) return '{…}';
    const parts: string[] = [];
    let masked = 0;
    for (const k of keys.slice(0, MAX_KEYS)) {
      const name = keyName(k);
      // Map-like objects keyed by IDs: one entry stands for them all.
      if (name === '*' && masked++ > 0) continue;
      parts.push(`${name}: ${shapeAt((v as Record<string, unknown>)[k], depth + 1)}`);
    }
    if (keys.length > MAX_KEYS) parts.push('…');
    return `{${parts.join(', ')}}`;
  }
  return typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean' ? typeof v : 'other';
}

/** `{data: {items: [{id: string, status: number}]}}` for a decoded body; bounded to MAX_SHAPE characters. */
export function shapeOf(value: unknown): string {
  const s = shapeAt(value, 0);
  return s.length > MAX_SHAPE ? `${s.slice(0, MAX_SHAPE - 1)}…` : s;
}

/** The shape of a body that did not decode: only its media type (`text/html`), never a byte of it. */
export function unreadableShape(contentType: string | undefined): string {
  const media = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  return /^[a-z0-9.+-]{1,40}\/[a-z0-9.+-]{1,60}$/.test(media) ? `not JSON (${media})` : 'not JSON';
}

/**
 * A URL's path for a report: no host, query or fragment, and every segment that looks like data (IDs, numbers, long
 * tokens, emails) replaced by `:id`, so `/jobs/9f1c…/status` and `/jobs/0a2b…/status` count as one endpoint.
 */
export function reportPath(rawUrl: string): string {
  let path: string;
  try {
    path = new URL(rawUrl).pathname;
  } catch {
    return '/';
  }
  const segs = path.split('/').map((s) => {
    if (!s) return s;
    let d = s;
    try {
      d = decodeURIComponent(s);
    } catch {
      return ':id';
    }
    const digits = d.match(/\d/g)?.length ?? 0;
    if (digits > 3 || (d.length >= 16 && digits > 0) || d.length > 64 || !/^[A-Za-z0-9_.:~-]+$/.test(d)) return ':id';
    return d;
  });
  return segs.join('/').slice(0, 200) || '/';
}
