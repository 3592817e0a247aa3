import { fact, source } from '../shared/facts.ts';
import type { Generation, GenerationStatus, HardFailureKind } from '../shared/generation.ts';
import { collect, compact, iso, isRecord, lookup, pick, ratio, str, url } from './parse-util.ts';
import { ParseError, type ParseResult, type ProviderDefinition } from './types.ts';

// Sources (shared/providers.md, checked 2026-11-25; API statuses and base_resp codes re-checked with `search`).
const API_QUERY = 'MiniMax video generation query API (shared/providers.md, H); statuses and 1026/1027 re-checked at https://cloud.baidu.com/doc/qianfan-api/s/tmwbl4b6e';
const WEB_CODE = 'Hailuo web app internal API, public code (shared/providers.md)';

const NUMERIC_ID = /^\d{6,24}$/;

/** Web video `status` numbers (M). 5, 7 and 14 are all moderation outcomes; the web object does not say which side. */
const WEB: Record<number, { status: GenerationStatus; kind?: HardFailureKind; label: string }> = {
  0: { status: 'queued', label: 'pending' },
  1: { status: 'running', label: 'processing' },
  2: { status: 'succeeded', label: 'completed' },
  3: { status: 'failed', kind: 'generation_error', label: 'failed' },
  5: { status: 'blocked', kind: 'moderation', label: 'moderated' },
  7: { status: 'blocked', kind: 'moderation', label: 'moderated' },
  11: { status: 'queued', label: 'queued' },
  12: { status: 'running', label: 'processing' },
  14: { status: 'blocked', kind: 'moderation', label: 'moderated' },
};
const WEB_FIELDS = ['percent', 'videoURL', 'canAppeal', 'canRetry'];

const API_STATUS: Record<string, GenerationStatus> = { Preparing: 'queued', Queueing: 'queued', Processing: 'running', Success: 'succeeded', Fail: 'failed' };

/** `base_resp.status_code` (MiniMax API, H): 1026 input sensitive, 1027 output sensitive. */
const BASE_CODES: Record<string, HardFailureKind> = { '1026': 'moderation_input', '1027': 'moderation_output' };

type Found = Generation | { problem: string } | undefined;

const numericId = (v: unknown): string | undefined => {
  const s = str(v, 40);
  return s && NUMERIC_ID.test(s) ? s : undefined;
};

/** Web video `{id, status, message, percent, canAppeal, canRetry, videoURL}`. */
function fromWeb(o: Record<string, unknown>): Found {
  if (typeof o.status !== 'number' || !WEB_FIELDS.some((k) => k in o)) return undefined;
  const id = numericId(o.id);
  const entry = lookup(WEB, o.status);
  if (!id || !entry) return { problem: `skipped a web video: id ${JSON.stringify(String(o.id).slice(0, 40))} or status ${o.status} not recognised` };
  const own = str(o.message);
  // The app's own canAppeal flag decides whether an appeal is offered; it follows the verbatim text in brackets.
  const appeal = entry.kind === 'moderation' && typeof o.canAppeal === 'boolean' ? `[canAppeal: ${o.canAppeal}]` : undefined;
  return compact<Generation>({
    provider: 'hailuo',
    id,
    status: entry.status,
    providerStatus: String(o.status),
    failureKind: entry.kind,
    providerCode: entry.kind ? String(o.status) : undefined,
    message: [own ?? (entry.kind ? entry.label : undefined), appeal].filter(Boolean).join(' ') || undefined,
    prompt: pick(o, ['prompt', 'desc']),
    videoUrl: url(o.videoURL),
    createdAt: iso(o.createTime ?? o.created_at),
    progress: ratio(o.percent, 100),
    source: 'network',
  });
}

/** API query `{task_id, status, file_id, base_resp:{status_code, status_msg}}`. */
function fromApi(o: Record<string, unknown>): Found {
  if (!('task_id' in o) || !('status' in o || 'base_resp' in o)) return undefined;
  const base = isRecord(o.base_resp) ? o.base_resp : undefined;
  const code = base ? str(base.status_code, 20) : undefined;
  const codeMessage = base ? str(base.status_msg) : undefined;
  const id = numericId(o.task_id);
  if (!id) {
    // A request refused at submission (1026) comes back with an empty task_id: nothing to name it by.
    return { problem: `skipped an API task without a task_id${code && code !== '0' ? ` (base_resp ${code}${codeMessage ? `: ${codeMessage}` : ''})` : ''}` };
  }
  const providerStatus = str(o.status, 40);
  const mapped = lookup(API_STATUS, providerStatus);
  if (providerStatus && !mapped) return { problem: `skipped task ${id}: status ${JSON.stringify(providerStatus.slice(0, 30))} not recognised` };
  let status: GenerationStatus = mapped ?? 'unknown';
  let failureKind: HardFailureKind | undefined;
  const blocked = lookup(BASE_CODES, code);
  if (blocked) {
    failureKind = blocked;
    status = 'blocked';
  } else if (status === 'failed') failureKind = 'generation_error';
  return compact<Generation>({
    provider: 'hailuo',
    id,
    status,
    providerStatus,
    failureKind,
    providerCode: failureKind && code && code !== '0' ? code : undefined,
    message: failureKind ? codeMessage : undefined,
    prompt: pick(o, ['prompt']),
    videoUrl: url(o.download_url ?? o.url),
    relatedIds: str(o.file_id, 60) ? [str(o.file_id, 60)!] : undefined,
    source: 'network',
  });
}

function parseResponse(_url: string, body: unknown): ParseResult {
  const { generations, problems } = collect('Hailuo', body, (o) => fromApi(o) ?? fromWeb(o));
  // The web list answers `{data:{videos:[...]}}`; an empty page is a known shape, not an error.
  const knownEnvelope = isRecord(body) && isRecord(body.data) && Array.isArray(body.data.videos);
  if (!generations.length && !problems.length && !knownEnvelope) {
    throw new ParseError('Hailuo: no API task ({task_id, status, base_resp}) or web video ({id, status, percent, videoURL}) in this response');
  }
  return { generations, problems };
}

/** Hailuo's pages show no generation ID in the URL or in documented attributes; the network responses are the source. */
function parseDom(): ParseResult {
  return { generations: [], problems: [] };
}

export const hailuo: ProviderDefinition = {
  id: 'hailuo',
  name: 'MiniMax Hailuo',
  hosts: ['hailuoai.video'],
  matches: ['https://hailuoai.video/*'],
  testUrls: ['https://hailuoai.video/create', 'https://hailuoai.video/create?type=image-to-video'],
  apiUrls: [
    /^https:\/\/hailuoai\.video\/(v\d+\/)?api\//, // web app internal API (public code, M)
    /^https:\/\/api\.minimaxi?\.(io|com|chat)\/v\d+\/query\/video_generation/, // official API, for `ava extract`
  ],
  // The video CDN host is not named in a source we could check.
  mediaHosts: [],
  idFormats: [
    { label: 'Task ID (API)', pattern: NUMERIC_ID, example: '106916112212032', source: source(API_QUERY, 'H') },
    { label: 'Video ID (web)', pattern: NUMERIC_ID, example: '312245658493452290', source: source(WEB_CODE, 'M') },
  ],
  stuckAfterMinutes: fact(60, 'AVA default: no documented Hailuo timeout', 'L'),
  support: {
    channels: [],
    noneDocumented:
      'MiniMax documents no support address or refund process for Hailuo that AVA could verify; contact Hailuo through its own app or website. (support@hailuoai.video was seen once in a single source, so AVA does not use it.)',
  },
  ticket: {
    subjects: {
      failed: 'Hailuo: failed generation — credits',
      quality: 'Hailuo: defective generation — request for review',
      moderation: 'Hailuo: moderation block — appeal',
      creditsNotReturned: 'Hailuo: failed generation — credits not returned',
    },
    accountFields: ['email'],
    mustInclude: ['account email', 'the video or task IDs', 'the status shown', 'what happened'],
    source: source('No ticket format documented by MiniMax; AVA generic wording', 'L'),
  },
  policy: {
    autoRefundOnFailure: fact<boolean | 'unknown'>('unknown', 'shared/providers.md: failed or blocked API jobs are not billed (L-M); no official refund policy found', 'L'),
    qualityClaims: fact('MiniMax documents no policy for completed but unsatisfactory Hailuo output.', 'shared/providers.md (no policy found)', 'L'),
    moderation: fact('The Hailuo web app marks some moderated videos as appealable (canAppeal); appeal from the video where the app offers it. No written appeal policy was found.', WEB_CODE, 'M'),
    summary: fact(
      'MiniMax publishes no refund policy for Hailuo that AVA could find; failed or blocked API jobs are reported not to be billed. This is a request and the outcome is not guaranteed.',
      'shared/providers.md Hailuo policy',
      'L',
    ),
  },
  lifecycle: { status: 'active', events: [] },
  terms: {
    moderation_input: { term: 'Input sensitive (1026)', codes: ['1026'], source: source(API_QUERY, 'H') },
    moderation_output: { term: 'Output sensitive (1027)', codes: ['1027'], source: source(API_QUERY, 'H') },
    moderation: { term: 'Moderated (status 5 / 7 / 14)', codes: ['5', '7', '14'], source: source(WEB_CODE, 'M') },
  },
  parseResponse,
  parseDom,
};
