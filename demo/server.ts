/**
 * The demo provider sites over local HTTPS. One server answers every mapped hostname (Chromium sends them here through
 * --host-resolver-rules) and routes by the Host header: API routes from routes.ts, then static files from
 * demo/sites/<hostname>/. Loopback only; GET/HEAD/OPTIONS only; it reads no request bodies.
 */
import { readFile, stat } from 'node:fs/promises';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import selfsigned from 'selfsigned';
import { demoHosts } from './hosts.ts';
import { API_ROUTES, type ApiRoute } from './routes.ts';
import { DEMO_PAGES, MEDIA_HOST, SITE_ALIASES } from './sites.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SITES_DIR = path.join(ROOT, 'demo', 'sites');
const FIXTURES_DIR = path.join(ROOT, 'tests', 'fixtures');
/** The signature the demo media host asks for on every clip (the demo feed's links carry it; nothing secret). */
export const DEMO_SIGNATURE = 'demo-signature';

/** The committed synthetic clips (tests/fixtures/clips/manifest.json), served at https://media.ava.demo/clips/. */
const CLIPS_DIR = path.join(FIXTURES_DIR, 'clips');

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
};

export interface DemoServer {
  port: number;
  /** Hostnames to map to this server (for --host-resolver-rules). */
  hosts: string[];
  close(): Promise<void>;
}

export interface DemoServerOptions {
  /** 0 = any free port. */
  port?: number;
  /** Logs one line per request (npm start); tests keep quiet. */
  log?: (line: string) => void;
}

/**
 * `hold`: send the body but keep the response open (a download that stalls), until the client gives up, or until
 * `rest` resolves: then send that and end.
 */
type Reply = { status: number; headers: Record<string, string>; body: Buffer | string; hold?: boolean; rest?: Promise<Buffer> };

/**
 * `/gated/clips/x.mp4` sends the first half of the clip and the rest only once `/release/clips/x.mp4` is requested:
 * a test can act while a download is surely in progress (stop the service worker mid-analysis), then let it finish.
 * A release that comes first is remembered.
 */
const gates = new Map<string, { opened: Promise<void>; open: () => void }>();
function gate(key: string) {
  let g = gates.get(key);
  if (!g) {
    let open = () => {};
    const opened = new Promise<void>((resolve) => (open = resolve));
    g = { opened, open };
    gates.set(key, g);
  }
  return g;
}

const text = (status: number, body: string): Reply => ({ status, headers: { 'content-type': 'text/plain; charset=utf-8' }, body });
const json = (status: number, value: unknown): Reply => ({
  status,
  headers: { 'content-type': TYPES['.json']! },
  body: JSON.stringify(value),
});

/** The fixture files change while people work on them, so they are read on every request (they are small). */
async function readFixture(rel: string): Promise<unknown> {
  return JSON.parse(await readFile(path.join(FIXTURES_DIR, rel), 'utf8')) as unknown;
}

/** Every string "@now" in a live fixture becomes the time of the request. */
function atNow(v: unknown, now: string): unknown {
  if (v === '@now') return now;
  if (Array.isArray(v)) return v.map((x) => atNow(x, now));
  if (typeof v === 'object' && v !== null) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, atNow(x, now)]));
  return v;
}

function corsHeaders(route: ApiRoute, origin: string | undefined): Record<string, string> {
  if (!origin || !route.corsOrigins?.includes(origin)) return {};
  return {
    'access-control-allow-origin': origin,
    'access-control-allow-credentials': 'true',
    'access-control-allow-methods': 'GET, OPTIONS',
    'access-control-allow-headers': 'authorization, content-type, x-runway-workspace',
    'access-control-max-age': '600',
    vary: 'Origin',
  };
}

async function apiReply(route: ApiRoute, id: string | undefined, method: string, origin: string | undefined): Promise<Reply> {
  const cors = corsHeaders(route, origin);
  if (method === 'OPTIONS') return { status: 204, headers: cors, body: '' };
  // Streams the apps send as text (RSC, ...) are served byte for byte, with the content type the app's server uses.
  if (route.fixture.endsWith('.txt')) {
    const raw = await readFile(path.join(FIXTURES_DIR, route.fixture), 'utf8');
    return { status: 200, headers: { ...cors, 'content-type': route.contentType ?? 'text/plain', 'cache-control': 'no-store' }, body: raw };
  }
  let body = await readFixture(route.fixture);
  if (route.live) body = atNow(body, new Date().toISOString());
  if (route.byId || route.idParam) {
    const items = Array.isArray(body) ? body : [];
    body = items.find((t: unknown) => typeof t === 'object' && t !== null && (t as { id?: unknown }).id === id);
    if (body === undefined)
      return { status: 404, headers: { ...cors, 'content-type': TYPES['.json']! }, body: JSON.stringify({ error: 'Task not found' }) };
  }
  return { status: 200, headers: { ...cors, 'content-type': TYPES['.json']!, 'cache-control': 'no-store' }, body: JSON.stringify(body) };
}

/** A file inside the host's folder: exact file, folder index, `<path>.html`, then the site's SPA shell `_spa.html`. */
async function staticReply(siteDir: string, pathname: string): Promise<Reply> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return text(400, 'bad path');
  }
  const rel = path.posix.normalize(decoded).replace(/^\/+/, '');
  if (rel.startsWith('..') || rel.includes('\0') || rel.split('/').some((s) => s.startsWith('.'))) return text(404, 'not found');
  const base = path.join(siteDir, rel);
  const candidates = [base, path.join(base, 'index.html'), `${base}.html`];
  // Like the real single-page apps: any extension-less route gets the app shell, which routes on location.pathname.
  if (!path.extname(rel)) candidates.push(path.join(siteDir, '_spa.html'));
  for (const file of candidates) {
    if (!file.startsWith(siteDir + path.sep) && file !== siteDir) continue;
    const st = await stat(file).catch(() => undefined);
    if (!st?.isFile()) continue;
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    return { status: 200, headers: { 'content-type': type, 'cache-control': 'no-store' }, body: await readFile(file) };
  }
  return text(404, 'not found');
}

/**
 * A clip from the demo media host, the way video CDNs serve them: readable cross-origin (`Access-Control-Allow-Origin:
 * *`, no credentials) and with byte ranges, so both a plain fetch and a <video> element work. `/private/` paths
 * answer 403 without CORS, like a host that refuses other sites, so the refusal path can be shown too.
 */
async function mediaReply(pathname: string, range: string | undefined, query?: URLSearchParams): Promise<Reply> {
  const cors = { 'access-control-allow-origin': '*', 'access-control-expose-headers': 'content-length, content-range, accept-ranges' };
  if (pathname.startsWith('/private/')) return text(403, 'forbidden');
  // Like a signed CDN (Azure SAS, as Sora's links carry): a clip without its signature is refused, so an analysis
  // that reaches the clip proves the page's signed link survived capture (issue 12.4). /release/ is the test's own.
  if (query && !pathname.startsWith('/release/') && !(query.get('sig') === DEMO_SIGNATURE && query.get('se'))) {
    return { ...text(403, 'unsigned request'), headers: { ...cors, 'content-type': 'text/plain; charset=utf-8' } };
  }
  // `/stalled/clips/x.mp4`: the first half of the clip, then nothing more: a download that hangs (for Cancel).
  if (pathname.startsWith('/stalled/')) {
    const full = await mediaReply(pathname.slice('/stalled'.length), undefined);
    if (full.status !== 200 || typeof full.body === 'string') return full;
    return {
      ...full,
      headers: { ...full.headers, 'content-length': String(full.body.length) },
      body: full.body.subarray(0, full.body.length >> 1),
      hold: true,
    };
  }
  if (pathname.startsWith('/release/')) {
    gate(pathname.slice('/release'.length)).open();
    return { ...text(200, 'released'), headers: { ...cors, 'content-type': 'text/plain; charset=utf-8' } };
  }
  if (pathname.startsWith('/gated/')) {
    const key = pathname.slice('/gated'.length);
    const full = await mediaReply(key, undefined);
    if (full.status !== 200 || typeof full.body === 'string') return full;
    const body = full.body;
    const half = body.length >> 1;
    const rest = gate(key).opened.then(() => {
      gates.delete(key);
      return body.subarray(half);
    });
    return { ...full, headers: { ...full.headers, 'content-length': String(body.length) }, body: body.subarray(0, half), hold: true, rest };
  }
  const m = /^\/clips\/([a-z0-9-]+\.(?:mp4|webm))$/.exec(pathname);
  const file = m ? path.join(CLIPS_DIR, m[1]!) : undefined;
  const body = file ? await readFile(file).catch(() => undefined) : undefined;
  if (!body) return { ...text(404, 'not found'), headers: { ...cors, 'content-type': 'text/plain; charset=utf-8' } };
  const headers = { ...cors, 'content-type': TYPES[path.extname(file!)]!, 'accept-ranges': 'bytes', 'cache-control': 'no-store' };
  const r = range ? /^bytes=(\d*)-(\d*)$/.exec(range.trim()) : null;
  if (!r || (!r[1] && !r[2])) return { status: 200, headers, body };
  const start = r[1] ? Number(r[1]) : Math.max(0, body.length - Number(r[2]));
  const end = r[1] && r[2] ? Math.min(Number(r[2]), body.length - 1) : body.length - 1;
  if (start >= body.length || start > end)
    return { status: 416, headers: { ...headers, 'content-range': `bytes */${body.length}` }, body: '' };
  return {
    status: 206,
    headers: { ...headers, 'content-range': `bytes ${start}-${end}/${body.length}` },
    body: body.subarray(start, end + 1),
  };
}

async function route(
  host: string,
  method: string,
  url: URL,
  origin: string | undefined,
  hosts: ReadonlySet<string>,
  range?: string,
): Promise<Reply> {
  if (!hosts.has(host)) return text(421, `The AVA demo server does not serve ${host}. It serves: ${[...hosts].join(', ')}`);
  if (method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS') return text(405, 'method not allowed');
  if (host === MEDIA_HOST) return mediaReply(url.pathname, range, url.searchParams);
  for (const r of API_ROUTES) {
    const m = r.host === host ? r.path.exec(url.pathname) : null;
    if (m) return apiReply(r, r.idParam ? (url.searchParams.get(r.idParam) ?? undefined) : m[1], method, origin);
  }
  // The start page renders its list from the registry, so adding a demo page never means editing HTML.
  if (url.pathname === '/demo-pages.json') return json(200, { pages: DEMO_PAGES });
  // Helpers the demo sites share (demo/sites/_shared), on every host so each page loads them same-origin.
  if (url.pathname.startsWith('/__demo/')) return staticReply(path.join(SITES_DIR, '_shared'), url.pathname.slice('/__demo'.length));
  const site = SITE_ALIASES[host] ?? host;
  const siteDir = path.join(SITES_DIR, site);
  // Every registered provider's host is mapped here, including those whose demo is not written yet.
  if (!(await stat(siteDir).catch(() => undefined))?.isDirectory()) {
    return text(404, `No AVA demo site for ${host} yet: demo/sites/${site}/ does not exist (see demo/README.md).`);
  }
  return staticReply(siteDir, url.pathname);
}

/** A throwaway certificate for every demo host, made at start-up: nothing secret is ever committed. */
async function certificate(hosts: readonly string[]): Promise<{ key: string; cert: string }> {
  const now = new Date();
  const pems = await selfsigned.generate([{ name: 'commonName', value: 'AVA demo (local, untrusted)' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate: new Date(now.getTime() - 60_000),
    notAfterDate: new Date(now.getTime() + 7 * 86_400_000),
    extensions: [{ name: 'subjectAltName', altNames: hosts.map((value) => ({ type: 2 as const, value })) }],
  });
  return { key: pems.private, cert: pems.cert };
}

export async function startDemoServer(opts: DemoServerOptions = {}): Promise<DemoServer> {
  const hostList = demoHosts();
  const hosts = new Set(hostList);
  const { key, cert } = await certificate(hostList);
  const server = https.createServer({ key, cert }, (req, res) => {
    const method = req.method ?? 'GET';
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const url = new URL(req.url ?? '/', `https://${host || 'invalid'}`);
    const origin = typeof req.headers.origin === 'string' ? req.headers.origin : undefined;
    const range = typeof req.headers.range === 'string' ? req.headers.range : undefined;
    route(host, method, url, origin, hosts, range)
      .catch((err: unknown) => text(500, `demo server error: ${err instanceof Error ? err.message : String(err)}`))
      .then((reply) => {
        opts.log?.(`${reply.status} ${method} https://${host}${url.pathname}${url.search}`);
        res.writeHead(reply.status, { 'x-content-type-options': 'nosniff', ...reply.headers });
        if (reply.hold && method !== 'HEAD') {
          res.write(reply.body);
          void reply.rest?.then((rest) => res.end(rest));
        } else res.end(method === 'HEAD' ? undefined : reply.body);
      });
  });
  // Bounded: a browser on loopback never needs long-lived or slow requests.
  server.requestTimeout = 15_000;
  server.headersTimeout = 10_000;
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 8443, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    port,
    hosts: hostList,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
