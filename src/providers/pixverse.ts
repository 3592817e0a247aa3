import { fact, source } from '../shared/facts.ts';
import type { Generation, GenerationStatus, HardFailureKind } from '../shared/generation.ts';
import { collect, compact, iso, isRecord, lookup, pick, str, url } from './parse-util.ts';
import { ParseError, type ParseResult, type ProviderDefinition } from './types.ts';

// Sources (shared/providers.md, checked 2026-11-25; platform docs located with `search`).
const API_STATUS_DOC = 'https://docs.platform.pixverse.ai/ (Get Video Generation Status; statuses per shared/providers.md)';
const FAQ = 'PixVerse official FAQ: a failed generation deducts no credits (shared/providers.md)';

const NUMERIC_ID = /^\d{6,24}$/;

/** API `Resp.status` (shared/providers.md): 1 success, 5 generating, 7 moderation failure, 8 failed. */
const STATUS: Record<number, { status: GenerationStatus; kind?: HardFailureKind; label: string }> = {
  1: { status: 'succeeded', label: 'success' },
  5: { status: 'running', label: 'generating' },
  7: { status: 'blocked', kind: 'moderation', label: 'moderation failure' },
  8: { status: 'failed', kind: 'generation_error', label: 'generation failed' },
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
  const entry = lookup(STATUS, rawStatus);
  if (!id || !entry) return { problem: `skipped a video: id ${JSON.stringify(String(rawId).slice(0, 40))} or status ${rawStatus} not recognised` };
  return compact<Generation>({
    provider: 'pixverse',
    id,
    status: entry.status,
    providerStatus: String(rawStatus),
    failureKind: entry.kind,
    providerCode: entry.kind ? String(rawStatus) : undefined,
    // PixVerse's own label for the status when the object carries no message.
    message: pick(o, ['fail_reason', 'err_msg', 'message']) ?? (entry.kind ? entry.label : undefined),
    prompt: pick(o, ['prompt']),
    videoUrl: url(o.url ?? o.video_url),
    createdAt: iso(o.create_time ?? o.created_at),
    source: 'network',
  });
}

function parseResponse(_url: string, body: unknown): ParseResult {
  const { generations, problems } = collect('PixVerse', body, (o) => fromVideo(o));
  // `{ErrCode, ErrMsg, Resp}`: a non-zero ErrCode without a video is a refused request, reported verbatim.
  const errCode = isRecord(body) && (typeof body.ErrCode === 'number' || typeof body.ErrCode === 'string') ? String(body.ErrCode) : undefined;
  if (errCode && errCode !== '0' && !generations.length) {
    problems.push(`PixVerse API error ${errCode}${isRecord(body) && str(body.ErrMsg) ? `: ${str(body.ErrMsg)}` : ''} (no video in the response)`);
  }
  const knownEnvelope = isRecord(body) && errCode === '0' && (body.Resp === null || (isRecord(body.Resp) && Array.isArray(body.Resp.data)));
  if (!generations.length && !problems.length && !knownEnvelope) {
    throw new ParseError('PixVerse: no video objects ({id, status: 1|5|7|8}) or {ErrCode, ErrMsg, Resp} envelope in this response');
  }
  return { generations, problems };
}

/** PixVerse's pages show no documented generation ID in the URL or DOM; the network responses are the source. */
function parseDom(): ParseResult {
  return { generations: [], problems: [] };
}

export const pixverse: ProviderDefinition = {
  id: 'pixverse',
  name: 'PixVerse',
  hosts: ['app.pixverse.ai'],
  matches: ['https://app.pixverse.ai/*'],
  testUrls: ['https://app.pixverse.ai/', 'https://app.pixverse.ai/create'],
  // The web app and the public API share app-api.pixverse.ai (public code, M; API docs, H).
  apiUrls: [/^https:\/\/app-api\.pixverse\.ai\//],
  mediaHosts: [],
  idFormats: [{ label: 'Video ID', pattern: NUMERIC_ID, example: '315947621884160', source: source(API_STATUS_DOC, 'M') }],
  stuckAfterMinutes: fact(60, 'AVA default: no documented PixVerse timeout', 'L'),
  support: {
    channels: [{ kind: 'email', label: 'PixVerse support', value: 'support@pixverse.ai', source: source('Public listings (shared/providers.md)', 'M') }],
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
    autoRefundOnFailure: fact<boolean | 'unknown'>(true, FAQ, 'H'),
    qualityClaims: fact('PixVerse documents no policy for completed but unsatisfactory output.', 'shared/providers.md (no policy found)', 'L'),
    moderation: fact('PixVerse documents no appeal for moderation failures.', 'shared/providers.md (no policy found)', 'L'),
    summary: fact(
      'PixVerse’s FAQ: a failed generation deducts no credits. For a completed but unsatisfactory video there is no stated policy, so this is a request and the outcome is not guaranteed.',
      FAQ,
      'H',
    ),
  },
  lifecycle: { status: 'active', events: [] },
  terms: {
    moderation: { term: 'Moderation failure (status 7)', codes: ['7'], source: source(API_STATUS_DOC, 'M') },
    generation_error: { term: 'Generation failed (status 8)', codes: ['8'], source: source(API_STATUS_DOC, 'M') },
  },
  parseResponse,
  parseDom,
};
