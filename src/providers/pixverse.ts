import { fact, source } from '../shared/facts.ts';
import type { Generation, GenerationStatus, HardFailureKind } from '../shared/generation.ts';
import { amount, collect, compact, iso, isRecord, lookup, pick, str, url } from './parse-util.ts';
import { ParseError, type ParseResult, type ProviderCapture, type ProviderDefinition, withFacts } from './types.ts';

// Sources (shared/providers.md, checked 2026-11-25; platform docs located with `search`).
const API_STATUS_DOC = 'https://docs.platform.pixverse.ai/ (Get Video Generation Status; statuses per shared/providers.md)';
// Official OpenAPI text "1: Generation successful; 5: Generating; 6: Deleted; 7: Contents moderation failed; 8: Generation
// failed" (find_string ids 55892064057, 41584093586). Web clients: Sakenfor/pixsim7 pixverse_operations.py @03cb4ae and its
// video operations (idx 53940444663): 8 and 9 failed, /creative_platform/account/message polled with Resp.video_list.
const OPENAPI_STATUS = 'PixVerse OpenAPI status text (find_string ids 55892064057, 41584093586)';
const WEB_CLIENT = 'Sakenfor/pixsim7 pixverse_operations.py @03cb4ae; idx 53940444663';
const CHECKED = '2026-12-06';

const NUMERIC_ID = /^\d{6,24}$/;

/**
 * `status` / `video_status`: 1 success, 5 generating, 6 deleted, 7 moderation failure, 8 failed (OPENAPI_STATUS, H);
 * 9 failed (WEB_CLIENT, two web clients, M). 10 is contested (processing, filtered or completed in different clients),
 * so it stays `unknown` with the number, like any other number.
 */
const STATUS: Record<number, { status: GenerationStatus; kind?: HardFailureKind; label: string }> = {
  1: { status: 'succeeded', label: 'success' },
  5: { status: 'running', label: 'generating' },
  6: { status: 'cancelled', label: 'deleted' },
  7: { status: 'blocked', kind: 'moderation', label: 'moderation failure' },
  8: { status: 'failed', kind: 'generation_error', label: 'generation failed' },
  9: { status: 'failed', kind: 'generation_error', label: 'generation failed' },
};

const numericId = (v: unknown): string | undefined => {
  const s = str(v, 40);
  return s && NUMERIC_ID.test(s) ? s : undefined;
};

/** Video `{id | video_id, status | video_status, url, prompt, create_time}` (API `Resp` and the web app's lists). */
function fromVideo(o: Record<string, unknown>): Generation | { problem: string } | undefined {
  const rawStatus = o.status ?? o.video_status;
  const rawId = o.id ?? o.video_id;
  if (typeof rawStatus !== 'number' || rawId === undefined) return undefined;
  const id = numericId(rawId);
  if (!id) return { problem: `skipped a video: id ${JSON.stringify(String(rawId).slice(0, 40))} not recognised` };
  const entry: { status: GenerationStatus; kind?: HardFailureKind; label?: string } = lookup(STATUS, rawStatus) ?? { status: 'unknown' };
  return compact<Generation>({
    provider: 'pixverse',
    id,
    status: entry.status,
    providerStatus: String(rawStatus),
    failureKind: entry.kind,
    providerCode: entry.kind ? String(rawStatus) : undefined,
    // PixVerse's own label for the status when the object carries no message.
    message: pick(o, ['fail_reason', 'err_msg', 'message']) ?? (entry.kind || entry.status === 'cancelled' ? entry.label : undefined),
    prompt: pick(o, ['prompt']),
    videoUrl: url(o.url ?? o.video_url),
    createdAt: iso(o.create_time ?? o.created_at),
    model: str(o.model, 120),
    durationS: amount(o.duration),
    source: 'network',
  });
}

function parseResponse(_url: string, body: unknown): ParseResult {
  const { generations, problems } = collect('PixVerse', body, (o) => fromVideo(o));
  // `{ErrCode, ErrMsg, Resp}`: a non-zero ErrCode without a video is a refused request, reported verbatim.
  const errCode =
    isRecord(body) && (typeof body.ErrCode === 'number' || typeof body.ErrCode === 'string') ? String(body.ErrCode) : undefined;
  if (errCode && errCode !== '0' && !generations.length) {
    problems.push(
      `PixVerse API error ${errCode}${isRecord(body) && str(body.ErrMsg) ? `: ${str(body.ErrMsg)}` : ''} (no video in the response)`,
    );
  }
  // The web app's `/creative_platform/account/message` poll answers `Resp.video_list` (finished video ids, WEB_CLIENT):
  // no generations in it, and nothing wrong with it.
  const resp = isRecord(body) ? body.Resp : undefined;
  const listed = isRecord(resp) && (Array.isArray(resp.data) || Array.isArray(resp.video_list));
  const knownEnvelope = errCode === '0' && (resp === null || listed);
  if (!generations.length && !problems.length && !knownEnvelope) {
    throw new ParseError('PixVerse: no video objects ({video_id, video_status}) or {ErrCode, ErrMsg, Resp} envelope in this response');
  }
  return { generations, problems };
}

/** PixVerse's pages show no documented generation ID in the URL or DOM; the network responses are the source. */
function parseDom(): ParseResult {
  return { generations: [], problems: [] };
}

export const pixverseCapture: ProviderCapture = {
  id: 'pixverse',
  name: 'PixVerse',
  hosts: ['app.pixverse.ai'],
  matches: ['https://app.pixverse.ai/*'],
  testUrls: ['https://app.pixverse.ai/', 'https://app.pixverse.ai/create'],
  // The web app and the public API share app-api.pixverse.ai (public code, M; API docs, H): the web app's
  // /creative_platform/video/list/personal, /account/message and /video/list/detail (WEB_CLIENT).
  apiUrls: [/^https:\/\/app-api\.pixverse\.ai\//],
  mediaHosts: [],
  idFormats: [{ label: 'Video ID', pattern: NUMERIC_ID, example: '315947621884160', source: source(API_STATUS_DOC, 'M') }],
  parseResponse,
  parseDom,
};

export const pixverse: ProviderDefinition = /* @__PURE__ */ withFacts(pixverseCapture, () => ({
  stuckAfterMinutes: fact(60, 'AVA default: no documented PixVerse timeout', 'L'),
  support: {
    channels: [
      {
        kind: 'email',
        label: 'PixVerse support',
        value: 'support@pixverse.ai',
        source: source('Public listings (shared/providers.md)', 'M'),
      },
    ],
  },
  ticket: {
    subjects: {
      failed: 'PixVerse: failed generation — credits',
      quality: 'PixVerse: defective generation — request for review',
      moderation: 'PixVerse: moderation failure I believe is a mistake',
      creditsNotReturned: 'PixVerse: failed generation — credits deducted',
    },
    accountFields: ['email'],
    mustInclude: ['account email', 'the video IDs', 'what happened'],
    source: source('No ticket format documented by PixVerse; AVA generic wording', 'L'),
  },
  policy: {
    // A "failed generation deducts no credits" FAQ was cited before; no copy of it was found (providers-2026-12.md 1.8).
    autoRefundOnFailure: fact<boolean | 'unknown'>(
      'unknown',
      'PixVerse FAQ "a failed generation deducts no credits": not found in any corpus',
      'L',
      CHECKED,
    ),
    qualityClaims: fact(
      'PixVerse documents no policy for completed but unsatisfactory output.',
      'shared/providers.md (no policy found)',
      'L',
    ),
    moderation: fact('PixVerse documents no appeal for moderation failures.', 'shared/providers.md (no policy found)', 'L'),
    summary: fact(
      'PixVerse publishes no refund policy for failed generations that AVA could verify.',
      'shared/providers-2026-12.md 1.8',
      'L',
      CHECKED,
    ),
  },
  lifecycle: { status: 'active', events: [] },
  terms: {
    moderation: { term: 'Contents moderation failed (status 7)', codes: ['7'], source: source(OPENAPI_STATUS, 'H', CHECKED) },
    generation_error: {
      term: 'Generation failed (status 8 or 9)',
      codes: ['8', '9'],
      source: source(`${OPENAPI_STATUS}; ${WEB_CLIENT}`, 'M', CHECKED),
    },
  },
}));
