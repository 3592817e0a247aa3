import { fact, source } from '../shared/facts.ts';
import type { Generation, GenerationStatus, HardFailureKind } from '../shared/generation.ts';
import { collect, compact, iso, isRecord, lookup, pick, str, url } from './parse-util.ts';
import { ParseError, type ParseResult, type ProviderCapture, type ProviderDefinition, withFacts } from './types.ts';

// Sources (shared/providers.md, checked 2026-11-25; all re-checked with `search` on docs.higgsfield.ai).
const LIFECYCLE = 'https://docs.higgsfield.ai/docs/concepts/requests';
const BILLING = 'https://docs.higgsfield.ai/docs/concepts/billing-and-retention';
const SUPPORT = 'https://docs.higgsfield.ai/docs/help/support';
const STATUS_API = 'https://docs.higgsfield.ai/docs/api-reference/requests/get-request-status';
const FAQ = 'https://docs.higgsfield.ai/docs/help/faq';
// The consumer app's help: a failed generation shows "Failed, Credits refunded" (summarised in find_string id 70114026951).
const CONSUMER_HELP =
  'https://higgsfield.ai/creator-hub/help-center/troubleshooting/generation-is-stuck-or-failed (summary, id 70114026951)';
// The web app's own realm, fnf.higgsfield.ai: POST /jobs/v2/{job_set_type}, GET /jobs/{id}/status -> {id, status,
// job_set_type}, GET /jobs/{id} -> {id, status, result_url, params...}. Burp endpoint map idx 52977355139; higgs-unlim
// README idx 57126230310 (web realm vs CLI realm); job objects with result_url and params.prompt: idx 71652297914, 55200173624.
const WEB_JOBS = 'fnf.higgsfield.ai web realm (idx 52977355139, 57126230310; job shape idx 71652297914, 55200173624)';
const CHECKED = '2026-12-06';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Request lifecycle (docs, H): `nsfw` is "input or output was rejected by content moderation". The web realm's jobs use
 * queued / in_progress / completed (WEB_JOBS, M) and the same enum's failed / nsfw (L-M). Other words stay `unknown`.
 */
const STATUS: Record<string, { status: GenerationStatus; kind?: HardFailureKind }> = {
  queued: { status: 'queued' },
  in_progress: { status: 'running' },
  completed: { status: 'succeeded' },
  failed: { status: 'failed', kind: 'generation_error' },
  nsfw: { status: 'blocked', kind: 'moderation' },
  canceled: { status: 'cancelled' },
};

function firstOutputUrl(o: Record<string, unknown>): string | undefined {
  if (isRecord(o.video)) return url(o.video.url);
  const images = Array.isArray(o.images) ? o.images : [];
  return isRecord(images[0]) ? url(images[0].url) : undefined;
}

/** A status word in Higgsfield's style (lower-case, underscores): an unknown one is kept as `unknown`, not dropped. */
const STATUS_WORD = /^[a-z][a-z_]{1,39}$/;

function errorText(o: Record<string, unknown>): string | undefined {
  return typeof o.error === 'string' ? str(o.error) : isRecord(o.error) ? pick(o.error, ['message', 'detail']) : undefined;
}

/** Request status / webhook `{status, request_id, status_url, cancel_url, video?:{url}, images?:[{url}], error?}`. */
function fromRequest(o: Record<string, unknown>): Generation | { problem: string } | undefined {
  if (!('request_id' in o) || !('status' in o)) return undefined;
  const id = str(o.request_id, 200);
  const providerStatus = str(o.status, 40);
  if (!id || !UUID.test(id) || !providerStatus || !STATUS_WORD.test(providerStatus)) {
    return {
      problem: `skipped a request: request_id ${JSON.stringify(String(o.request_id).slice(0, 60))} or status ${JSON.stringify(String(o.status).slice(0, 30))} not recognised`,
    };
  }
  const entry = lookup(STATUS, providerStatus) ?? { status: 'unknown' as const };
  return compact<Generation>({
    provider: 'higgsfield',
    id,
    status: entry.status,
    providerStatus,
    failureKind: entry.kind,
    providerCode: entry.kind ? providerStatus : undefined,
    message: errorText(o),
    prompt: pick(o, ['prompt', 'input.prompt', 'params.prompt']),
    videoUrl: firstOutputUrl(o),
    createdAt: iso(o.created_at),
    source: 'network',
  });
}

/**
 * Web job `{id, status, job_set_type}` (status poll) or `{id, status, result_url, params:{prompt}, created_at}` (GET
 * /jobs/{id}). A bare `{id, status}` is only taken from a /jobs/ URL, so other `{id, status}` objects are left alone.
 */
function fromJob(o: Record<string, unknown>, jobsUrl: boolean): Generation | { problem: string } | undefined {
  if (!('id' in o) || typeof o.status !== 'string') return undefined;
  if (!jobsUrl && !('job_set_type' in o) && !('job_type' in o) && !('result_url' in o)) return undefined;
  const id = str(o.id, 200);
  const providerStatus = str(o.status, 40);
  if (!id || !UUID.test(id) || !providerStatus || !STATUS_WORD.test(providerStatus)) {
    const what = `id ${JSON.stringify(String(o.id).slice(0, 60))} or status ${JSON.stringify(String(o.status).slice(0, 30))}`;
    return { problem: `skipped a job: ${what} not recognised` };
  }
  const entry = lookup(STATUS, providerStatus) ?? { status: 'unknown' as const };
  const result = typeof o.result_url === 'string' ? url(o.result_url) : isRecord(o.result_url) ? url(o.result_url.url) : undefined;
  return compact<Generation>({
    provider: 'higgsfield',
    id,
    status: entry.status,
    providerStatus,
    failureKind: entry.kind,
    providerCode: entry.kind ? providerStatus : undefined,
    message: errorText(o),
    prompt: pick(o, ['params.prompt', 'prompt']),
    videoUrl: result,
    createdAt: iso(o.created_at),
    model: str(o.job_set_type ?? o.job_type, 120),
    source: 'network',
  });
}

const JOBS_URL = /^https:\/\/fnf\.higgsfield\.ai\/jobs\//;

function parseResponse(reqUrl: string, body: unknown): ParseResult {
  const jobsUrl = JOBS_URL.test(reqUrl);
  const { generations, problems } = collect('Higgsfield', body, (o) => fromRequest(o) ?? fromJob(o, jobsUrl));
  // A submit answer `{id, job_sets:[{jobs:[{id}]}]}` names jobs before they have a status: nothing to record yet.
  const submitted = isRecord(body) && Array.isArray(body.job_sets);
  if (!generations.length && !problems.length && !submitted) {
    throw new ParseError('Higgsfield: no request ({request_id, status}) or job ({id, status, job_set_type}) objects in this response');
  }
  return { generations, problems };
}

/** The web app's pages and DOM are not documented; the request status JSON is the source. */
function parseDom(): ParseResult {
  return { generations: [], problems: [] };
}

export const higgsfieldCapture: ProviderCapture = {
  id: 'higgsfield',
  name: 'Higgsfield',
  // The consumer web app is served from higgsfield.ai (its pages call fnf.higgsfield.ai with Origin higgsfield.ai,
  // idx 52977355139, M; page paths are not documented, so the whole host is matched rather than guessed paths).
  // platform.higgsfield.ai is the API, cloud.higgsfield.ai the API console.
  hosts: ['higgsfield.ai'],
  matches: ['https://higgsfield.ai/*'],
  testUrls: ['https://higgsfield.ai/', 'https://higgsfield.ai/create/video'],
  apiUrls: [
    // The web app's jobs on fnf.higgsfield.ai (WEB_JOBS, M): /jobs/{id}/status, /jobs/{id}, /jobs/v2/{type}.
    /^https:\/\/fnf\.higgsfield\.ai\/jobs\//,
    /^https:\/\/platform\.higgsfield\.ai\/requests\/[0-9a-f-]{36}\/status/, // documented status endpoint
    /^https:\/\/([a-z0-9-]+\.)*higgsfield\.ai\/(api|v\d+)\//, // web app endpoints (undocumented, L)
  ],
  // Output URLs come from hosts the docs do not name.
  mediaHosts: [],
  idFormats: [
    { label: 'Request ID', pattern: UUID, example: 'd7e6c0f3-6699-4f6c-bb45-2ad7fd9158ff', source: source(LIFECYCLE, 'H') },
    { label: 'Job ID (web)', pattern: UUID, example: 'b3f1c2d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d', source: source(WEB_JOBS, 'M', CHECKED) },
  ],
  parseResponse,
  parseDom,
};

export const higgsfield: ProviderDefinition = /* @__PURE__ */ withFacts(higgsfieldCapture, () => ({
  stuckAfterMinutes: fact(60, 'AVA default: no documented Higgsfield timeout', 'L'),
  support: {
    channels: [{ kind: 'email', label: 'Higgsfield support', value: 'support@higgsfield.ai', source: source(SUPPORT, 'H') }],
  },
  ticket: {
    subjects: {
      failed: 'Higgsfield: failed request — credits',
      quality: 'Higgsfield: defective output — request for review',
      moderation: 'Higgsfield: nsfw result I believe is a mistake',
      creditsNotReturned: 'Higgsfield: failed request — credits not refunded',
    },
    accountFields: ['email'],
    // The docs call request_id "the stable identifier used by ... support".
    mustInclude: ['account email', 'the request_id', 'what happened'],
    source: source(LIFECYCLE, 'H'),
  },
  policy: {
    autoRefundOnFailure: fact<boolean | 'unknown'>(true, `${CONSUMER_HELP}; ${BILLING}`, 'M', CHECKED),
    qualityClaims: fact(
      'Higgsfield charges completed requests; it documents no policy for completed but unsatisfactory output.',
      BILLING,
      'H',
    ),
    moderation: fact('Requests ending as nsfw are not charged; no appeal process is documented.', BILLING, 'H'),
    summary: fact(
      'Higgsfield returns the credits of a failed generation by itself (the app shows "Failed, Credits refunded"), ' +
        'except for a few models its help names as charging from the start.',
      `${CONSUMER_HELP}; ${BILLING}`,
      'M',
      CHECKED,
    ),
    // The title as the help page's address spells it (generation-is-stuck-or-failed).
    refundCitation: {
      title: 'Generation is stuck or failed',
      says: 'a failed generation shows "Failed, Credits refunded"; the API docs add that failed and nsfw requests are not charged',
      source: source(`${CONSUMER_HELP}; ${BILLING}; ${FAQ}`, 'M', CHECKED),
    },
  },
  lifecycle: { status: 'active', events: [] },
  terms: {
    moderation: { term: 'nsfw', codes: ['nsfw'], source: source(LIFECYCLE, 'H') },
    generation_error: { term: 'failed', codes: ['failed'], source: source(`${STATUS_API}; ${WEB_JOBS}`, 'H') },
  },
}));
