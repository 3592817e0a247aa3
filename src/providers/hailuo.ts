import { fact, source } from '../shared/facts.ts';
import type { Generation, GenerationStatus, HardFailureKind } from '../shared/generation.ts';
import { collect, compact, iso, isRecord, lookup, pick, ratio, str, url } from './parse-util.ts';
import { ParseError, type ParseResult, type ProviderCapture, type ProviderDefinition, withFacts } from './types.ts';

// Sources (shared/providers.md, checked 2026-11-25; API statuses and base_resp codes re-checked with `search`).
const API_QUERY =
  'MiniMax video generation query API (shared/providers.md, H); statuses and 1026/1027 re-checked at https://cloud.baidu.com/doc/qianfan-api/s/tmwbl4b6e';
const WEB_CODE = 'Hailuo web app internal API, public code (shared/providers.md)';
// Web statuses: MeUtils meutils/schemas/hailuo_types.py @edd343f ("生成中是1 成功是2 失败是5 内容审核7 排队中11"; status_mapper
// 12 Processing), idx 1305185066. The 2026 poll path and feed shape: a service contract verified 2026-09 (idx 69682612678)
// and its fake upstream (idx 69511253398); v4 assets keyed by batchID with downloadURL: MeUtils apis/hailuoai (idx 40409287448).
const WEB_STATUS = 'MeUtils meutils/schemas/hailuo_types.py @edd343f (idx 1305185066)';
const FEED = 'Hailuo service contract verified 2026-09 (idx 69682612678; fake upstream idx 69511253398)';
const CHECKED = '2026-12-06';

const NUMERIC_ID = /^\d{6,24}$/;

/**
 * Web video `status` numbers (WEB_STATUS, M): 1 generating, 2 done, 5 failed (generation), 7 content review
 * (moderation), 11 queued, 12 processing ("Optimizing prompt"). Any other number is kept as `unknown` with the number.
 */
const WEB: Record<number, { status: GenerationStatus; kind?: HardFailureKind; label: string }> = {
  1: { status: 'running', label: 'generating' },
  2: { status: 'succeeded', label: 'completed' },
  5: { status: 'failed', kind: 'generation_error', label: 'failed' },
  7: { status: 'blocked', kind: 'moderation', label: 'content review' },
  11: { status: 'queued', label: 'queued' },
  12: { status: 'running', label: 'processing' },
};
/** Fields that make a `{id, status}` object a Hailuo video: the 2024 list (videoURL...) or a v4 asset (downloadURL). */
const WEB_FIELDS = ['percent', 'videoURL', 'downloadURL', 'canAppeal', 'canRetry'];

const API_STATUS: Record<string, GenerationStatus> = {
  Preparing: 'queued',
  Queueing: 'queued',
  Processing: 'running',
  Success: 'succeeded',
  Fail: 'failed',
};

/** `base_resp.status_code` (MiniMax API, H): 1026 input sensitive, 1027 output sensitive. */
const BASE_CODES: Record<string, HardFailureKind> = { '1026': 'moderation_input', '1027': 'moderation_output' };

type Found = Generation | { problem: string } | undefined;

const numericId = (v: unknown): string | undefined => {
  const s = str(v, 40);
  return s && NUMERIC_ID.test(s) ? s : undefined;
};

/** A web status number to AVA's status; an unknown number is kept, as `unknown`. */
function webStatus(n: number): { status: GenerationStatus; kind?: HardFailureKind; label?: string } {
  return lookup(WEB, n) ?? { status: 'unknown' };
}

/** Web video `{id, status, message, percent, canAppeal, canRetry, videoURL}` (2024) or v4 asset `{batchID, downloadURL}`. */
function fromWeb(o: Record<string, unknown>): Found {
  if (typeof o.status !== 'number' || !WEB_FIELDS.some((k) => k in o)) return undefined;
  const id = numericId(o.id ?? o.batchID);
  if (!id) return { problem: `skipped a web video: id ${JSON.stringify(String(o.id ?? o.batchID).slice(0, 40))} not recognised` };
  const entry = webStatus(o.status);
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
    videoUrl: url(o.videoURL) ?? url(o.downloadURL),
    createdAt: iso(o.createTime ?? o.created_at),
    progress: ratio(o.percent, 100),
    relatedIds: o.id !== undefined && numericId(o.batchID) && numericId(o.batchID) !== id ? [numericId(o.batchID)!] : undefined,
    source: 'network',
  });
}

/**
 * 2026 feed item (FEED): `{commonInfo:{id, batchID, createTime, status}, feedMessage:{message}, modelParameter:
 * {videoParameter:{modelID, desc}}, metaInfo:{videoMetaInfo:{mediaInfo:{url}}}}`. The status numbers are read with
 * the web table (the contract's fake upstream uses the client's own status constants for both).
 */
function fromFeed(o: Record<string, unknown>): Found {
  const info = isRecord(o.commonInfo) ? o.commonInfo : undefined;
  if (!info || typeof info.status !== 'number' || !('metaInfo' in o || 'feedMessage' in o)) return undefined;
  // The record id names the feed item; where it is not numeric, the batch id (what the app polls by) does.
  const id = numericId(info.id) ?? numericId(info.batchID);
  if (!id) return { problem: `skipped a feed item: id ${JSON.stringify(String(info.id).slice(0, 40))} not recognised` };
  const entry = webStatus(info.status);
  const own = isRecord(o.feedMessage) ? str(o.feedMessage.message) : undefined;
  const params = isRecord(o.modelParameter) ? o.modelParameter : {};
  const batch = numericId(info.batchID);
  return compact<Generation>({
    provider: 'hailuo',
    id,
    status: entry.status,
    providerStatus: String(info.status),
    failureKind: entry.kind,
    providerCode: entry.kind ? String(info.status) : undefined,
    message: own ?? (entry.kind ? entry.label : undefined),
    prompt: pick(params, ['videoParameter.desc', 'imageParameter.desc']),
    videoUrl: url(pick(o, ['metaInfo.videoMetaInfo.mediaInfo.url'])),
    createdAt: iso(info.createTime),
    model: pick(params, ['videoParameter.modelID', 'imageParameter.modelID'], 120),
    relatedIds: batch && batch !== id ? [batch] : undefined,
    source: 'network',
  });
}

/** v4 answers `{batchVideos:[{batchID, assets:[...]}]}`: an asset without its own batchID gets its batch's. */
function withBatchIds(body: unknown): unknown {
  const rec = isRecord(body) ? body : undefined;
  const data = rec && isRecord(rec.data) ? rec.data : undefined;
  if (!rec || !data || !Array.isArray(data.batchVideos)) return body;
  const batchVideos = data.batchVideos.map((b) =>
    isRecord(b) && Array.isArray(b.assets)
      ? { ...b, assets: b.assets.map((a) => (isRecord(a) && !('batchID' in a) && !('id' in a) ? { batchID: b.batchID, ...a } : a)) }
      : b,
  );
  return { ...rec, data: { ...data, batchVideos } };
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
    return {
      problem: `skipped an API task without a task_id${code && code !== '0' ? ` (base_resp ${code}${codeMessage ? `: ${codeMessage}` : ''})` : ''}`,
    };
  }
  const providerStatus = str(o.status, 40);
  const mapped = lookup(API_STATUS, providerStatus);
  // An unknown status word stays, as `unknown` with the word verbatim.
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
  const { generations, problems } = collect('Hailuo', withBatchIds(body), (o) => fromApi(o) ?? fromFeed(o) ?? fromWeb(o));
  // `{data:{videos|batchVideos|batchFeeds:[...]}}`: an empty page is a known shape, not an error.
  const data = isRecord(body) && isRecord(body.data) ? body.data : undefined;
  const knownEnvelope = !!data && ['videos', 'batchVideos', 'batchFeeds'].some((k) => Array.isArray(data[k]));
  if (!generations.length && !problems.length && !knownEnvelope) {
    throw new ParseError('Hailuo: no API task ({task_id, status, base_resp}), web video ({id, status, videoURL}) or feed item here');
  }
  return { generations, problems };
}

/** Hailuo's pages show no generation ID in the URL or in documented attributes; the network responses are the source. */
function parseDom(): ParseResult {
  return { generations: [], problems: [] };
}

export const hailuoCapture: ProviderCapture = {
  id: 'hailuo',
  name: 'MiniMax Hailuo',
  hosts: ['hailuoai.video'],
  matches: ['https://hailuoai.video/*'],
  testUrls: ['https://hailuoai.video/create', 'https://hailuoai.video/create?type=image-to-video'],
  apiUrls: [
    // Web app internal API (public code, M): /api/feed/creation/my/batch (2026), /v4/api/multimodal/video/processing,
    // /api/multimodal/video/processing (2024).
    /^https:\/\/hailuoai\.video\/(v\d+\/)?api\//,
    /^https:\/\/api\.minimaxi?\.(io|com|chat)\/v\d+\/query\/video_generation/, // official API, for `ava extract`
  ],
  // The video CDN host is not named in a source we could check.
  mediaHosts: [],
  idFormats: [
    { label: 'Task ID (API)', pattern: NUMERIC_ID, example: '106916112212032', source: source(API_QUERY, 'H') },
    { label: 'Video ID (web)', pattern: NUMERIC_ID, example: '312245658493452290', source: source(WEB_CODE, 'M') },
    { label: 'Batch ID (web, 2025-26)', pattern: NUMERIC_ID, example: '469902511826763781', source: source(FEED, 'M', CHECKED) },
  ],
  parseResponse,
  parseDom,
};

export const hailuo: ProviderDefinition = /* @__PURE__ */ withFacts(hailuoCapture, () => ({
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
    autoRefundOnFailure: fact<boolean | 'unknown'>(
      'unknown',
      'shared/providers.md: failed or blocked API jobs are not billed (L-M); no official refund policy found',
      'L',
    ),
    qualityClaims: fact(
      'MiniMax documents no policy for completed but unsatisfactory Hailuo output.',
      'shared/providers.md (no policy found)',
      'L',
    ),
    moderation: fact(
      'The Hailuo web app marks some moderated videos as appealable (canAppeal); appeal from the video where the app offers it. ' +
        'No written appeal policy was found.',
      WEB_CODE,
      'M',
    ),
    summary: fact(
      'MiniMax publishes no refund policy for Hailuo that AVA could find.',
      'shared/providers-2026-12.md 1.6 (none found; only third-party advice)',
      'L',
      CHECKED,
    ),
  },
  lifecycle: { status: 'active', events: [] },
  terms: {
    moderation_input: { term: 'Input sensitive (1026)', codes: ['1026'], source: source(API_QUERY, 'H') },
    moderation_output: { term: 'Output sensitive (1027)', codes: ['1027'], source: source(API_QUERY, 'H') },
    moderation: { term: 'Content review (status 7)', codes: ['7'], source: source(WEB_STATUS, 'M', CHECKED) },
    generation_error: { term: 'Generation failed (status 5)', codes: ['5'], source: source(WEB_STATUS, 'M', CHECKED) },
  },
}));
