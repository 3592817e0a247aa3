import { fact, source } from '../shared/facts.ts';
import type { Generation, GenerationStatus, HardFailureKind } from '../shared/generation.ts';
import { amount, collect, compact, iso, isRecord, lookup, pick, str, url, walkObjects } from './parse-util.ts';
import { type BalanceReading, ParseError, type ParseResult, type ProviderCapture, type ProviderDefinition, withFacts } from './types.ts';

// Sources (shared/providers.md, checked 2026-11-25; providers-2026-12.md and real-shapes.md, re-checked 2026-12-06).
const API_DOCS = 'Kling AI official API documentation (copy cited in shared/providers.md)';
const WEB_CODE = 'Kling web app internal API, public code (shared/providers.md)';
const WEB_CODE_2026 =
  'yihong0618/klingCreator kling/kling.py @e567c6a (taskInfo.arguments, 9/50 failed); search idx 67518842402 (2026 capture); ' +
  'berikbekishev-source/tg-nanobanana botapp/providers/video/kling.py (53, 54, 58, 6, 7, 9, 50 treated as failures)';
const POINT_POLICY = 'https://kling.ai/docs/point-policy';
const USER_POLICY = 'Kling User Policy §4.7.4 names support@kling.ai (search idx 55529792879, 62977939390, 70129940354)';
const CHECKED = '2026-12-06';

const TASK_ID = /^\d{6,24}$/;

/** Web numeric statuses (M). 98 "partially completed": some output exists, but not all that was paid for. */
const WEB: Record<number, { status: GenerationStatus; kind?: HardFailureKind; label: string }> = {
  5: { status: 'queued', label: 'queuing' },
  6: { status: 'failed', kind: 'generation_error', label: 'unqualified input' },
  7: { status: 'blocked', kind: 'moderation_input', label: 'sensitive text' },
  8: { status: 'blocked', kind: 'moderation_input', label: 'sensitive image' },
  9: { status: 'blocked', kind: 'moderation_output', label: 'sensitive result' },
  10: { status: 'running', label: 'running' },
  50: { status: 'failed', kind: 'generation_error', label: 'fail' },
  51: { status: 'failed', kind: 'generation_error', label: 'no face' },
  52: { status: 'failed', kind: 'generation_error', label: 'payment fail' },
  // A public web client treats these as failures too; no source gives their names, so AVA says only "failed".
  53: { status: 'failed', kind: 'generation_error', label: 'failed (status 53)' },
  54: { status: 'failed', kind: 'generation_error', label: 'failed (status 54)' },
  58: { status: 'failed', kind: 'generation_error', label: 'failed (status 58)' },
  98: { status: 'succeeded', kind: 'charged_no_output', label: 'partially completed' },
  99: { status: 'succeeded', label: 'completed' },
};

const API_STATUS: Record<string, GenerationStatus> = { submitted: 'queued', processing: 'running', succeed: 'succeeded', failed: 'failed' };

/** API response codes (official docs): 1300/1301 are policy blocks; the rest are technical or account errors. */
const API_CODES: Record<string, { kind: HardFailureKind; label: string }> = {
  '1102': { kind: 'generation_error', label: 'resource pack depleted' },
  '1300': { kind: 'moderation', label: 'platform policy' },
  '1301': { kind: 'moderation', label: 'content security policy' },
  '1302': { kind: 'generation_error', label: 'rate limit' },
  '5000': { kind: 'generation_error', label: 'server error' },
  '5001': { kind: 'generation_error', label: 'service unavailable' },
  '5002': { kind: 'generation_error', label: 'server timeout' },
};

const MODERATION_TEXT = /sensitive|content security|platform policy|risk control|moderat/i;

const numericId = (v: unknown): string | undefined => {
  const s = str(v, 40);
  return s && TASK_ID.test(s) ? s : undefined;
};

type Found = Generation | { problem: string } | undefined;

/** The prompt as the web app sends it: `taskInfo.arguments[{name:"prompt", value}]` (older fixtures: `taskInfo.prompt`). */
function webPrompt(...holders: Record<string, unknown>[]): string | undefined {
  for (const h of holders) {
    const info = isRecord(h.taskInfo) ? h.taskInfo : undefined;
    const args = info && Array.isArray(info.arguments) ? info.arguments.filter(isRecord) : [];
    const arg = args.find((a) => a.name === 'prompt');
    const p = (arg ? str(arg.value, 4000) : undefined) ?? pick(h, ['taskInfo.prompt', 'prompt', 'arguments.prompt']);
    if (p) return p;
  }
  return undefined;
}

/**
 * Web task `{id, status, message, taskInfo}`, alone or with its works `{task:{...}, works:[{workId, resource}]}`
 * (`/api/task/status` data, `/api/user/works/personal/feeds` data.history[]). A status AVA does not know is kept as
 * `unknown` with the number verbatim.
 */
function fromWeb(o: Record<string, unknown>): Found {
  const task = isRecord(o.task) ? o.task : o;
  if (typeof task.status !== 'number') return undefined;
  const rawId = task.id ?? task.taskId ?? task.workId;
  if (rawId === undefined) return undefined;
  const id = numericId(rawId);
  const shown = JSON.stringify(String(rawId).slice(0, 30));
  if (!id) return { problem: `skipped a Kling task with status ${task.status}: id ${shown} is not a task ID` };
  const entry = lookup(WEB, task.status);
  const works = Array.isArray(o.works) ? o.works.filter(isRecord) : [];
  const resource = works[0] && isRecord(works[0].resource) ? works[0].resource : undefined;
  const providerMessage = pick(task, ['message', 'failMsg', 'errorMsg']) ?? (o !== task ? pick(o, ['message']) : undefined);
  return compact<Generation>({
    provider: 'kling',
    id,
    status: entry?.status ?? 'unknown',
    providerStatus: String(task.status),
    failureKind: entry?.kind,
    providerCode: entry?.kind || !entry ? String(task.status) : undefined,
    // Kling's own words for the status when the object carries no message of its own.
    message: providerMessage ?? (entry?.kind ? entry.label : undefined),
    prompt: webPrompt(task, ...works),
    videoUrl: resource ? url(resource.resource ?? resource.url) : undefined,
    createdAt: iso(task.createTime ?? task.created_at),
    relatedIds: works.map((w) => numericId(w.workId ?? w.id)).filter((s): s is string => !!s && s !== id),
    source: 'network',
  });
}

/** API task `data:{task_id, task_status, task_status_msg, task_result:{videos}, final_unit_deduction}`. */
function fromApiTask(o: Record<string, unknown>, envelopeCode: string | undefined): Found {
  if (!('task_status' in o) || !('task_id' in o)) return undefined;
  const id = numericId(o.task_id);
  const providerStatus = str(o.task_status, 40);
  if (!id || !providerStatus) {
    return {
      problem: `skipped an API task: task_id ${JSON.stringify(String(o.task_id).slice(0, 40))} or task_status ${JSON.stringify(String(o.task_status).slice(0, 30))} not recognised`,
    };
  }
  // A status word AVA does not know: the task is kept as unknown with Kling's word, not dropped.
  let status = lookup(API_STATUS, providerStatus) ?? 'unknown';
  const message = str(o.task_status_msg);
  let failureKind: HardFailureKind | undefined;
  if (status === 'failed') {
    failureKind = lookup(API_CODES, envelopeCode)?.kind ?? (message && MODERATION_TEXT.test(message) ? 'moderation' : 'generation_error');
    // A failed task that still shows units deducted is the "credits not returned" case AVA drafts for.
    if (Number(o.final_unit_deduction) > 0) failureKind = 'charged_no_output';
    else if (failureKind.startsWith('moderation')) status = 'blocked';
  }
  const videos = isRecord(o.task_result) && Array.isArray(o.task_result.videos) ? o.task_result.videos.filter(isRecord) : [];
  return compact<Generation>({
    provider: 'kling',
    id,
    status,
    providerStatus,
    failureKind,
    providerCode: failureKind ? envelopeCode : undefined,
    message,
    prompt: pick(o, ['task_info.prompt', 'prompt']),
    videoUrl: videos[0] ? url(videos[0].url) : undefined,
    createdAt: iso(o.created_at),
    updatedAt: iso(o.updated_at),
    relatedIds: videos.map((v) => str(v.id, 200)).filter((s): s is string => !!s),
    source: 'network',
  });
}

function parseResponse(_url: string, body: unknown): ParseResult {
  const code = isRecord(body) && (typeof body.code === 'number' || typeof body.code === 'string') ? String(body.code) : undefined;
  const envelopeCode = code && code !== '0' ? code : undefined;
  const { generations, problems } = collect('Kling', body, (o) => fromApiTask(o, envelopeCode) ?? fromWeb(o));
  // A request refused before a task existed (e.g. 1301 at submission) has only the request_id to name it.
  if (isRecord(body) && envelopeCode && !generations.length) {
    const known = lookup(API_CODES, envelopeCode);
    const requestId = str(body.request_id, 200);
    const message = str(body.message) ?? known?.label;
    if (requestId) {
      const kind = known?.kind ?? 'generation_error';
      generations.push(
        compact<Generation>({
          provider: 'kling',
          id: requestId,
          status: kind === 'moderation' ? 'blocked' : 'failed',
          failureKind: kind,
          providerCode: envelopeCode,
          message,
          source: 'network',
        }),
      );
    } else problems.push(`Kling API error ${envelopeCode}${message ? ` (${message})` : ''} without a task or request_id`);
  }
  const knownEnvelope =
    isRecord(body) &&
    (Array.isArray(body.data) || (isRecord(body.data) && (Array.isArray(body.data.works) || Array.isArray(body.data.history))));
  if (!generations.length && !problems.length && !knownEnvelope) {
    throw new ParseError('Kling: no API task ({code, data:{task_id, task_status}}) or web task ({id, status: 5..99}) in this response');
  }
  return { generations, problems };
}

/** API task `final_unit_deduction` (official API docs, H): the units a task was charged, per task. */
function parseBalance(_url: string, body: unknown): BalanceReading[] {
  const out: BalanceReading[] = [];
  walkObjects(body, (o) => {
    const id = numericId(o.task_id);
    const n = id && Object.hasOwn(o, 'final_unit_deduction') ? amount(o.final_unit_deduction) : undefined;
    if (id && n !== undefined) out.push({ kind: 'charge', amount: n, unit: 'units', field: 'final_unit_deduction', generationId: id });
  });
  return out.slice(0, 50);
}

/** Kling's pages show no generation ID in the URL or in documented attributes; the network responses are the source. */
function parseDom(): ParseResult {
  return { generations: [], problems: [] };
}

export const klingCapture: ProviderCapture = {
  id: 'kling',
  name: 'Kling AI',
  // The app moved to kling.ai/app/… (2026; M: several public repos, search idx 68339072972, 52514906941, 53795853636);
  // app.klingai.com still answers (it redirects there), so both stay.
  hosts: ['kling.ai', 'app.klingai.com'],
  // Only the real app hosts: look-alike domains (kling-4.net, klingo1.co, kling3ai.co, klingai-app.com) are not Kling.
  // On kling.ai only the app (/app/…): the docs and marketing pages there generate nothing.
  matches: ['https://kling.ai/app/*', 'https://app.klingai.com/*'],
  testUrls: [
    'https://kling.ai/app/video/new',
    'https://kling.ai/app/omni/new',
    'https://app.klingai.com/global/',
    'https://app.klingai.com/global/text-to-video/new',
  ],
  apiUrls: [
    // Web app internal API: api-app-global.klingai.com / api-app-cn.klingai.com (/api/task/status,
    // /api/user/works/personal/feeds), and klingai.com/api in older clients (M).
    /^https:\/\/([a-z0-9-]+\.)*klingai\.com\/api\//,
    /^https:\/\/api(-[a-z]+)?\.klingai\.com\/v1\/(videos|images)\//, // official API, for `ava extract`
  ],
  // Kling's CDN host is not named in a source we could check.
  mediaHosts: [],
  idFormats: [{ label: 'Task ID', pattern: TASK_ID, example: '784261523409510467', source: source(API_DOCS, 'H') }],
  parseResponse,
  parseDom,
  parseBalance,
};

export const kling: ProviderDefinition = /* @__PURE__ */ withFacts(klingCapture, () => ({
  stuckAfterMinutes: fact(60, 'AVA default: no documented Kling timeout', 'L'),
  support: {
    channels: [
      // First-party: Kling's own User Policy names it. support@klingai.com appears only on third-party pages: unused.
      { kind: 'email', label: 'Kling support', value: 'support@kling.ai', source: source(USER_POLICY, 'M', CHECKED) },
    ],
  },
  ticket: {
    subjects: {
      failed: 'Kling AI: failed generation — credits',
      quality: 'Kling AI: defective generation — request for review',
      moderation: 'Kling AI: content block I believe is a mistake',
      creditsNotReturned: 'Kling AI: failed generation — credits not returned',
    },
    accountFields: ['email'],
    mustInclude: ['account email', 'the task IDs', 'the status or error code shown', 'what happened'],
    source: source('No ticket format documented by Kling; AVA generic wording', 'L'),
  },
  policy: {
    autoRefundOnFailure: fact<boolean | 'unknown'>(
      true,
      `${POINT_POLICY} (Credits Policy: credits are deducted when a generation starts and refunded if it fails; ` +
        'quoted by search idx 70142017800, 55450461946, 70106260520)',
      'M',
      CHECKED,
    ),
    qualityClaims: fact(
      'Kling documents no refund for completed generations; its Credits Policy refunds failed ones only.',
      POINT_POLICY,
      'M',
      CHECKED,
    ),
    moderation: fact('Kling documents no appeal for content blocks.', 'providers-2026-12.md (no policy found)', 'L', CHECKED),
    summary: fact(
      'Kling’s Credits Policy says credits for a generation that fails are refunded; it documents no refund for completed videos.',
      POINT_POLICY,
      'M',
      CHECKED,
    ),
    refundCitation: {
      title: 'Kling AI Credits Policy',
      says: 'credits deducted for a generation are refunded if the generation fails',
      source: source(POINT_POLICY, 'M', CHECKED),
    },
  },
  billing: { kind: 'credits', unit: 'credits', source: source(POINT_POLICY, 'M', CHECKED) },
  lifecycle: { status: 'active', events: [] },
  terms: {
    moderation_input: { term: 'Sensitive text / sensitive image (status 7 / 8)', codes: ['7', '8'], source: source(WEB_CODE, 'M') },
    moderation_output: { term: 'Sensitive result (status 9)', codes: ['9'], source: source(WEB_CODE, 'M') },
    moderation: { term: 'Content security policy (1301)', codes: ['1300', '1301'], source: source(API_DOCS, 'H') },
    generation_error: {
      // No one status in the name: it covers ten, and the popup shows the one the page reported beside it (58, not 50).
      term: 'Generation failed',
      codes: ['50', '51', '52', '53', '54', '58', '6', '5000', '5001', '5002'],
      source: source(`${WEB_CODE}; ${WEB_CODE_2026}`, 'M', CHECKED),
    },
    charged_no_output: { term: 'Partially completed (status 98)', codes: ['98'], source: source(WEB_CODE, 'M') },
  },
}));
