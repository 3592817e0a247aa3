import { fact, source } from '../shared/facts.ts';
import type { Generation, GenerationStatus, HardFailureKind } from '../shared/generation.ts';
import { collect, compact, isRecord, lookup, pick, str, url } from './parse-util.ts';
import { ParseError, type ParseResult, type ProviderDefinition } from './types.ts';

// Sources (shared/providers.md, checked 2026-11-25; all re-checked with `search` on docs.higgsfield.ai).
const LIFECYCLE = 'https://docs.higgsfield.ai/docs/concepts/requests';
const BILLING = 'https://docs.higgsfield.ai/docs/concepts/billing-and-retention';
const SUPPORT = 'https://docs.higgsfield.ai/docs/help/support';
const STATUS_API = 'https://docs.higgsfield.ai/docs/api-reference/requests/get-request-status';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Request lifecycle (docs, H): `nsfw` is "input or output was rejected by content moderation". */
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

/** Request status / webhook `{status, request_id, status_url, cancel_url, video?:{url}, images?:[{url}], error?}`. */
function fromRequest(o: Record<string, unknown>): Generation | { problem: string } | undefined {
  if (!('request_id' in o) || !('status' in o)) return undefined;
  const id = str(o.request_id, 200);
  const providerStatus = str(o.status, 40);
  const entry = lookup(STATUS, providerStatus);
  if (!id || !UUID.test(id) || !providerStatus || !entry) {
    return { problem: `skipped a request: request_id ${JSON.stringify(String(o.request_id).slice(0, 60))} or status ${JSON.stringify(String(o.status).slice(0, 30))} not recognised` };
  }
  const message = typeof o.error === 'string' ? str(o.error) : isRecord(o.error) ? pick(o.error, ['message', 'detail']) : undefined;
  return compact<Generation>({
    provider: 'higgsfield',
    id,
    status: entry.status,
    providerStatus,
    failureKind: entry.kind,
    providerCode: entry.kind ? providerStatus : undefined,
    message,
    prompt: pick(o, ['prompt', 'input.prompt', 'params.prompt']),
    videoUrl: firstOutputUrl(o),
    source: 'network',
  });
}

function parseResponse(_url: string, body: unknown): ParseResult {
  const { generations, problems } = collect('Higgsfield', body, (o) => fromRequest(o));
  if (!generations.length && !problems.length) {
    throw new ParseError('Higgsfield: no request objects ({request_id: uuid, status: queued|in_progress|completed|failed|nsfw|canceled}) in this response');
  }
  return { generations, problems };
}

/** The web app's pages and DOM are not documented; the request status JSON is the source. */
function parseDom(): ParseResult {
  return { generations: [], problems: [] };
}

export const higgsfield: ProviderDefinition = {
  id: 'higgsfield',
  name: 'Higgsfield',
  // The consumer web app is served from higgsfield.ai (L: its generation page paths are not documented, so the whole
  // host is matched rather than guessed paths). platform.higgsfield.ai is the API, cloud.higgsfield.ai the API console.
  hosts: ['higgsfield.ai'],
  matches: ['https://higgsfield.ai/*'],
  testUrls: ['https://higgsfield.ai/', 'https://higgsfield.ai/create/video'],
  apiUrls: [
    /^https:\/\/platform\.higgsfield\.ai\/requests\/[0-9a-f-]{36}\/status/, // documented status endpoint
    /^https:\/\/([a-z0-9-]+\.)*higgsfield\.ai\/(api|v\d+)\//, // web app endpoints (undocumented, L)
  ],
  // Output URLs come from hosts the docs do not name.
  mediaHosts: [],
  idFormats: [{ label: 'Request ID', pattern: UUID, example: 'd7e6c0f3-6699-4f6c-bb45-2ad7fd9158ff', source: source(LIFECYCLE, 'H') }],
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
    autoRefundOnFailure: fact<boolean | 'unknown'>(true, BILLING, 'H'),
    qualityClaims: fact('Higgsfield charges successful (completed) requests; it documents no policy for completed but unsatisfactory output.', BILLING, 'H'),
    moderation: fact('Requests ending as nsfw are not charged; no appeal process is documented.', BILLING, 'H'),
    summary: fact(
      'Higgsfield’s policy: requests ending as failed or nsfw are not charged, and reserved credits are refunded automatically. A completed but unsatisfactory result is a request and the outcome is not guaranteed.',
      BILLING,
      'H',
    ),
  },
  lifecycle: { status: 'active', events: [] },
  terms: {
    moderation: { term: 'nsfw', codes: ['nsfw'], source: source(LIFECYCLE, 'H') },
    generation_error: { term: 'failed', codes: ['failed'], source: source(STATUS_API, 'H') },
  },
  parseResponse,
  parseDom,
};
