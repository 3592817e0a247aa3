import { fact, source } from '../shared/facts.ts';
import type { Generation, GenerationStatus, HardFailureKind } from '../shared/generation.ts';
import { amount, compact, iso, isRecord, lookup, pick, str, url } from './parse-util.ts';
import { type BalanceReading, ParseError, type ParseResult, type ProviderCapture, type ProviderDefinition, withFacts } from './types.ts';

// Sources (checked 2026-12-06). The web app is undocumented: everything below comes from public clients of it.
const CHECKED = '2026-12-06';
/** Status and ErrNo enums read out of the web bundle by a public Jimeng client (idx 68835470110). */
const BUNDLE = 'idx 68835470110 (Jimeng client: TASK_STATUS and ErrNo enums "from bundle static forensics")';
/** Clients that poll /mweb/v1/get_history_by_ids and read status, fail_code, fail_starling_message. */
const CLIENTS = 'idx 54696469298, 62319003698, 56059312518, 60988006147 (Dreamina/Jimeng web-API clients)';
/** A captured failure (status 30, fail_code 2036, "生成失败，本次不消耗积分"). */
const FAILED_CAPTURE = 'idx 52849855076 (Jimeng capture: status 30, fail_code 2036)';
const MODERATION_CAPTURE = 'idx 70072418992 (status 30 + fail_code 2038, text rule message); idx 55414508076 (fail_code 4013)';
const QUEUE = 'idx 56885550187 (get_history_queue_info: result[<id>].queue_info.queue_idx, forecast_cost_time)';
const CREDIT = 'idx 68306460318, 56874233582, 71500162065 (user_credit → data.credit.{vip,gift,purchase}_credit)';

const sourced = (ref: string, c: 'H' | 'M' | 'L') => source(ref, c, CHECKED);

/** History IDs are numeric (history_record_id); video submit IDs are UUIDs the client makes (idx 11813456319). */
const HISTORY_ID = /^\d{8,20}$/;
const SUBMIT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isId = (s: string | undefined): s is string => !!s && (HISTORY_ID.test(s) || SUBMIT_ID.test(s));

/**
 * task.status, per the bundle (M). 10 is disputed: the bundle calls it pre_check_reject, older clients treat 10 as
 * success; `fromRecord` decides 10 by what the record carries (a fail_code, or output) and else keeps it unknown.
 */
const STATUS: Record<number, { status: GenerationStatus; kind?: HardFailureKind; label: string }> = {
  0: { status: 'queued', label: 'init' },
  20: { status: 'running', label: 'submitted' },
  30: { status: 'failed', kind: 'generation_error', label: 'generate_failed' },
  40: { status: 'blocked', kind: 'moderation_output', label: 'post_check_reject' },
  42: { status: 'running', label: 'thinking' },
  45: { status: 'succeeded', kind: 'charged_no_output', label: 'partial_success' },
  50: { status: 'succeeded', label: 'success' },
};

/** ErrNo values that are content review or copyright blocks (bundle enum, M); the rest are technical failures. */
const MODERATION_CODES: Record<string, HardFailureKind> = {
  '1063': 'moderation_input', // text_audit_not_pass
  '1159': 'moderation_input', // copyright
  '2003': 'moderation_input', // pre_img_risk
  '2004': 'moderation_output', // post_img_risk
  '2005': 'moderation_input', // pre_text_risk
  '2035': 'moderation', // security_not_pass
  '2038': 'moderation_input', // text_security_block
  '2039': 'moderation_input', // image_security_block
  '2041': 'moderation_input', // image_security_block
  '2042': 'moderation', // video_security_block (input or output: not said)
  '2043': 'moderation', // security_not_retry
  '2048': 'moderation_input', // image_copyright_block
  '2050': 'moderation_input', // text_copyright_block
  '4013': 'moderation_input', // web_risk_control_message_reject_generation (Community Guidelines)
};

const failCode = (o: Record<string, unknown>): string | undefined => {
  const c = str(o.fail_code, 20) ?? (isRecord(o.task) ? str(o.task.fail_code, 20) : undefined);
  return c && c !== '0' ? c : undefined;
};

function videoUrl(rec: Record<string, unknown>): string | undefined {
  const items = Array.isArray(rec.item_list) ? rec.item_list.filter(isRecord) : [];
  for (const it of items) {
    const u = pick(it, [
      'video.transcoded_video.origin.video_url',
      'common_attr.transcoded_video.origin.video_url',
      'video.play_url',
      'video.download_url',
    ]);
    if (u) return url(u);
  }
  return undefined;
}

type Found = Generation | { problem: string };

/** One history record `{status | task.status, fail_code, fail_starling_message, item_list, ...}`, keyed by its ID. */
function fromRecord(key: string, rec: Record<string, unknown>): Found {
  const task = isRecord(rec.task) ? rec.task : {};
  const raw = typeof task.status === 'number' ? task.status : typeof rec.status === 'number' ? rec.status : undefined;
  const id = [str(rec.history_record_id, 40), key, str(task.submit_id, 40)].find(isId);
  if (!id) return { problem: `skipped a history record: ID ${JSON.stringify(key.slice(0, 40))} not recognised` };
  const code = failCode(rec);
  const video = videoUrl(rec);
  let entry = lookup(STATUS, raw);
  if (raw === 10)
    entry = code ? { status: 'blocked', kind: 'moderation_input', label: 'pre_check_reject' } : video ? STATUS[50] : undefined;
  let status: GenerationStatus = entry?.status ?? 'unknown';
  let kind = entry?.kind;
  // A failed record whose fail_code is a content block is a moderation block, whatever the numeric status said.
  const modKind = code ? lookup(MODERATION_CODES, code) : undefined;
  if ((status === 'failed' || status === 'blocked') && modKind) [status, kind] = ['blocked', modKind];
  const message = pick(rec, ['fail_starling_message', 'fail_msg', 'task.fail_msg']) ?? (kind ? entry?.label : undefined);
  return compact<Generation>({
    provider: 'dreamina',
    id,
    status,
    providerStatus: raw === undefined ? undefined : String(raw),
    failureKind: kind,
    providerCode: kind ? (code ?? String(raw)) : undefined,
    message: kind || status === 'unknown' ? message : undefined,
    prompt: pick(rec, ['prompt', 'draft_prompt', 'task.prompt']),
    videoUrl: video,
    createdAt: iso(rec.created_time ?? task.create_time),
    credits: amount(rec.forecast_generate_cost),
    model: pick(rec, ['model_info.model_req_key']),
    relatedIds: [key, str(task.submit_id, 40)].filter((s): s is string => isId(s) && s !== id),
    source: 'network',
  });
}

function parseResponse(_url: string, body: unknown): ParseResult {
  if (!isRecord(body) || !('ret' in body)) throw new ParseError('Dreamina: expected the web API envelope {ret, errmsg, data}');
  const data = isRecord(body.data) ? body.data : undefined;
  const ret = str(body.ret, 20);
  const generations: Generation[] = [];
  const problems: string[] = [];
  if (ret !== '0') {
    // A refused submission has no history ID to name it by: say what was refused, verbatim.
    const code = data ? failCode(data) : undefined;
    const text = (data && pick(data, ['fail_starling_message'])) ?? str(body.errmsg, 300) ?? 'no message';
    problems.push(`Dreamina refused the request (ret ${ret ?? '?'}${code ? `, fail_code ${code}` : ''}): ${text}`);
    return { generations, problems };
  }
  if (!data) return { generations, problems };
  // aigc_draft/generate: the new job's history_record_id (queued until the history says otherwise).
  if (isRecord(data.aigc_data)) {
    const found = fromRecord(str(data.aigc_data.history_record_id, 40) ?? '', { ...data.aigc_data, status: 0 });
    if ('problem' in found) problems.push(found.problem);
    else generations.push(found);
    return { generations, problems };
  }
  // get_history_by_ids: {<id>: record} (or history_list[] in older builds).
  const entries: [string, unknown][] = Array.isArray(data.history_list)
    ? data.history_list.map((r) => [isRecord(r) ? (str(r.history_record_id, 40) ?? '') : '', r])
    : Object.entries(data);
  for (const [key, rec] of entries.slice(0, 200)) {
    if (!isRecord(rec)) continue;
    // get_history_queue_info: {<id>: {queue_info: {queue_idx}, forecast_cost_time}}, only while a job waits (QUEUE).
    const queue = isRecord(rec.queue_info) && typeof rec.queue_info.queue_idx === 'number' ? rec.queue_info.queue_idx : undefined;
    if (queue !== undefined && !('status' in rec) && isId(key)) {
      generations.push({ provider: 'dreamina', id: key, status: 'queued', providerStatus: `queue_idx ${queue}`, source: 'network' });
      continue;
    }
    if (!('status' in rec || isRecord(rec.task))) continue;
    const found = fromRecord(key, rec);
    if ('problem' in found) problems.push(found.problem);
    else generations.push(found);
  }
  return { generations, problems };
}

/** `/commerce/v1/benefits/user_credit` → `data.credit.{vip_credit, gift_credit, purchase_credit}`, each as shown. */
function parseBalance(_url: string, body: unknown): BalanceReading[] {
  const credit = isRecord(body) && isRecord(body.data) && isRecord(body.data.credit) ? body.data.credit : undefined;
  if (!credit) return [];
  return (['vip_credit', 'gift_credit', 'purchase_credit'] as const).flatMap((k) => {
    const n = amount(credit[k]);
    return n === undefined ? [] : [{ kind: 'balance' as const, amount: n, unit: 'credits', field: `credit.${k}` }];
  });
}

/** The page shows no generation IDs in documented places; the history responses are the source. */
function parseDom(): ParseResult {
  return { generations: [], problems: [] };
}

const HOST_API = /^https:\/\/(dreamina\.capcut\.com|jimeng\.jianying\.com|[a-z0-9-]+\.capcut\.com)\//;

export const dreaminaCapture: ProviderCapture = {
  id: 'dreamina',
  name: 'Dreamina (Seedance)',
  // Jimeng (即梦) is the same ByteDance web app for China, on the same /mweb/v1 API (idx 21382492028).
  hosts: ['dreamina.capcut.com', 'jimeng.jianying.com'],
  matches: ['https://dreamina.capcut.com/*', 'https://jimeng.jianying.com/*'],
  testUrls: ['https://dreamina.capcut.com/ai-tool/video/generate', 'https://jimeng.jianying.com/ai-tool/home'],
  apiUrls: [
    new RegExp(`${HOST_API.source}mweb/v1/(aigc_draft/generate|get_history_by_ids|get_history_queue_info)`),
    new RegExp(`${HOST_API.source}commerce/v1/benefits/user_credit(\\?|$)`),
  ],
  // Videos come from vlabvod.com hosts in public clients (idx 16176304238), not named precisely enough to list.
  mediaHosts: [],
  idFormats: [
    { label: 'History ID', pattern: HISTORY_ID, example: '34168772863756', source: sourced(`${FAILED_CAPTURE}; ${QUEUE}`, 'M') },
    { label: 'Submit ID', pattern: SUBMIT_ID, example: '1e06b3c9-bd41-46dd-8889-70f2c61f66bb', source: sourced('idx 11813456319', 'M') },
  ],
  parseResponse,
  parseDom,
  parseBalance,
};

export const dreamina: ProviderDefinition = /* @__PURE__ */ withFacts(dreaminaCapture, () => ({
  stuckAfterMinutes: fact(60, 'AVA default: no documented Dreamina timeout', 'L', CHECKED),
  support: {
    channels: [],
    noneDocumented: 'Dreamina documents no support address that AVA could verify; use the feedback or help option inside the Dreamina app.',
  },
  ticket: {
    subjects: {
      failed: 'Dreamina: failed generation — credits',
      quality: 'Dreamina: defective generation — request for review',
      moderation: 'Dreamina: content block I believe is a mistake',
      creditsNotReturned: 'Dreamina: failed generation — credits not returned',
    },
    accountFields: ['email'],
    mustInclude: ['account email', 'the history IDs', 'the fail_code and message shown', 'what happened'],
    source: sourced('No ticket format documented by Dreamina; AVA generic wording', 'L'),
  },
  policy: {
    autoRefundOnFailure: fact<boolean | 'unknown'>(
      'unknown',
      `No official statement found. ${FAILED_CAPTURE} shows the app saying a failed generation "does not consume credits"; ` +
        `${BUNDLE} reports a status-30 failure that was still charged. The sources disagree.`,
      'L',
      CHECKED,
    ),
    qualityClaims: fact(
      'Dreamina documents no policy for completed but unsatisfactory output.',
      'No policy found (searched 2026-12-06)',
      'L',
      CHECKED,
    ),
    moderation: fact(
      'Dreamina documents no appeal for content blocks; its message asks you to change the prompt and try again.',
      MODERATION_CAPTURE,
      'L',
      CHECKED,
    ),
    summary: fact(
      'Dreamina publishes no refund policy that I could find, so this is a request and the outcome is not guaranteed.',
      'No official refund statement found (shared/providers-2026-12.md §2.1)',
      'L',
      CHECKED,
    ),
  },
  billing: { kind: 'credits', unit: 'credits', source: sourced(CREDIT, 'M') },
  lifecycle: { status: 'active', events: [] },
  terms: {
    generation_error: {
      term: 'generate_failed (status 30)',
      codes: ['30', '2002', '2036'],
      source: sourced(`${BUNDLE}; ${FAILED_CAPTURE}; ${CLIENTS}`, 'M'),
    },
    moderation_input: {
      term: 'Content review block (fail_code)',
      codes: ['2038', '2039', '2041', '2003', '2005', '1063', '4013'],
      source: sourced(`${BUNDLE}; ${MODERATION_CAPTURE}`, 'M'),
    },
    moderation_output: { term: 'post_check_reject (status 40)', codes: ['40', '2004'], source: sourced(BUNDLE, 'M') },
    charged_no_output: { term: 'partial_success (status 45)', codes: ['45'], source: sourced(BUNDLE, 'M') },
  },
}));
