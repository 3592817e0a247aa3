/**
 * Decoding a response body as the page tap forwards it. The providers' apps do not all answer with one JSON document:
 * - Pika's library is a Next.js Server Action stream (`text/x-component`, lines like `1:{"data":...}`). Source:
 *   andrewarrow/inspiredby2 `pika/README.md` @4592c42, a verbatim response (real-shapes.md, read 2026-12); medium.
 * - Grok's `rest/media/post/create` answers with a stream of JSON lines (`data:` lines). Source: public clients cited
 *   in grok.ts (idx 59708934564 and three more), and an analysis of the API dated 2026-02-07; medium.
 * - Google's Flow on flow.google.com answers with a `batchexecute` envelope whose payloads are JSON inside JSON
 *   strings. Source: public code calling `…/AiSandboxAngularFrontend/data/batchexecute` (real-shapes.md, idx
 *   70419027753 and 67368487338, read 2026-12); medium.
 * The decoder reads all three shapes without knowing the provider, so a fact here being wrong costs nothing but a
 * shape the tap reports as unreadable. Pure: runs in the content script, the worker's tests and the CLI alike.
 */

/** Bodies over this many characters are not decoded (the tap's own limit is the same order). */
const MAX_TEXT = 2_000_000;
/** A stream yields at most this many values: generation lists are small, a huge stream is not ours to walk. */
const MAX_CHUNKS = 500;

/** Google's anti-XSSI prefix on JSON answers (batchexecute and other Google RPCs). */
const XSSI = /^\)\]\}'\s*/;
/** An RSC (React Server Components) line: a hex row id, a colon, then (for JSON rows) the JSON value. */
const RSC_ROW = /^[0-9a-f]{1,8}:/i;

function tryJson(s: string): { ok: true; value: unknown } | { ok: false } {
  const t = s.trim();
  if (!t || (!'[{"'.includes(t[0]!) && !/^(-?\d|true|false|null)/.test(t))) return { ok: false };
  try {
    return { ok: true, value: JSON.parse(t) };
  } catch {
    return { ok: false };
  }
}

/**
 * batchexecute rows are `["wrb.fr", rpcId, "<json payload as a string>", ...]`: parse the payload string too, so
 * parsers see the objects, not a string. Other arrays are returned as they are.
 */
function unwrapBatchexecute(v: unknown): unknown {
  if (!Array.isArray(v)) return v;
  return v.map((row) => {
    if (Array.isArray(row) && row[0] === 'wrb.fr' && typeof row[2] === 'string') {
      const inner = tryJson(row[2]);
      return inner.ok ? ['wrb.fr', row[1], inner.value, ...row.slice(3)] : row;
    }
    return Array.isArray(row) ? unwrapBatchexecute(row) : row;
  });
}

/**
 * The JSON value(s) in a response body:
 * - one JSON document: that value;
 * - otherwise a stream (RSC rows, NDJSON, SSE `data:` lines, batchexecute length-prefixed chunks): an array of the
 *   values its lines decode to, in order (lines that are not JSON are skipped);
 * - nothing decodable: undefined.
 */
export function decodeBody(text: string): unknown {
  if (typeof text !== 'string' || text.length > MAX_TEXT) return undefined;
  const stripped = text.replace(XSSI, '');
  const whole = tryJson(stripped);
  if (whole.ok) return stripped === text ? whole.value : unwrapBatchexecute(whole.value);
  const values: unknown[] = [];
  for (const raw of stripped.split('\n')) {
    if (values.length >= MAX_CHUNKS) break;
    let line = raw.trim();
    if (!line || /^\d+$/.test(line)) continue; // batchexecute chunk lengths
    if (line.startsWith('data:')) line = line.slice(5);
    else if (RSC_ROW.test(line)) line = line.slice(line.indexOf(':') + 1);
    const v = tryJson(line);
    if (v.ok) values.push(unwrapBatchexecute(v.value));
  }
  return values.length ? values : undefined;
}

/** Does the content type say the body may carry JSON a provider parser reads (JSON itself, RSC, NDJSON, text)? */
export function mayCarryJson(contentType: string | null | undefined): boolean {
  if (!contentType) return true; // some apps send none; the body decides
  return /\bjson\b|x-component|ndjson|jsonl|text\/plain|event-stream|javascript/i.test(contentType);
}
