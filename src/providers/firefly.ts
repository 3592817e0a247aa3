import { fact, source } from '../shared/facts.ts';
import type { Generation, GenerationStatus, HardFailureKind } from '../shared/generation.ts';
import { amount, compact, iso, isRecord, lookup, pick, statusAnswers, str, url } from './parse-util.ts';
import { type BalanceReading, ParseError, type ParseResult, type ProviderCapture, type ProviderDefinition, withFacts } from './types.ts';

// Sources (checked 2026-12-06). Adobe documents the Firefly Services API, not the firefly.adobe.com web app.
const CHECKED = '2026-12-06';
/** The web app's own calls, read from its bundle and replayed: 3p-videos/generate-async, then a status link. */
const WEB_PROTOCOL = 'idx 56949396862 (Firefly web protocol report, generate/video: /v2/3p-videos/generate-async, poll to COMPLETED)';
/** Poll hosts and paths (firefly-epo*.adobe.io …/jobs/result/<id> | /status/<id>), status words, credits balance. */
const WEB_CLIENT = 'idx 62566225841 (Firefly web client: normalizeAdobePollUrl, isAdobeJobFailed, parseAdobeCreditsBalance)';
const SERVICES_API = 'https://developer.adobe.com/firefly-services/docs/firefly-api/ (jobId, status pending|running|succeeded|failed)';
const CREDITS_FAQ = 'https://helpx.adobe.com/creative-cloud/apps/generative-ai/creative-cloud-generative-ai-features.html';

const sourced = (ref: string, c: 'H' | 'M' | 'L') => source(ref, c, CHECKED);
/** Job IDs are the last segment of the status link; the web app's own IDs have no published format (L). */
const JOB_ID = /^[A-Za-z0-9][A-Za-z0-9:_-]{7,119}$/;

/** Status words of the web poll (upper case) and of the Services API (lower case), one table. */
const STATUS: Record<string, GenerationStatus> = {
  SUBMITTED: 'queued',
  QUEUED: 'queued',
  PENDING: 'queued',
  RUNNING: 'running',
  IN_PROGRESS: 'running',
  PROCESSING: 'running',
  SUCCEEDED: 'succeeded',
  COMPLETED: 'succeeded',
  FAILED: 'failed',
  ERROR: 'failed',
  CANCELLED: 'cancelled',
  CANCELED: 'cancelled',
};

const MODERATION = /content polic|guideline|moderat|not allowed|inappropriate|content (was )?rejected/i;

/** The job ID from a status link: …/jobs/result/<id>, …/status/<id> (the body may not carry it). */
export function fireflyJobIdFromUrl(raw: string): string | undefined {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return undefined;
  }
  const m = /\/(?:jobs\/result|status)\/([^/?#]+)\/?$/.exec(u.pathname);
  const id = m ? decodeURIComponent(m[1]!) : undefined;
  return id && JOB_ID.test(id) ? id : undefined;
}

function errorOf(o: Record<string, unknown>): { code?: string; message?: string } {
  const first = Array.isArray(o.errors) && isRecord(o.errors[0]) ? o.errors[0] : undefined;
  const err = isRecord(o.error) ? o.error : first;
  return {
    code: str(o.error_code, 120) ?? (err ? str(err.code ?? err.error_code, 120) : undefined),
    message: (err ? pick(err, ['message', 'detail']) : undefined) ?? (typeof o.error === 'string' ? str(o.error) : str(o.message)),
  };
}

function parseOne(reqUrl: string, body: unknown): ParseResult {
  if (!isRecord(body)) throw new ParseError('Firefly: expected a JSON object (a job status or a submit answer)');
  const linked = pick(body, ['links.result.href', 'links.result', 'statusUrl']);
  const id = [str(body.jobId, 120), linked ? fireflyJobIdFromUrl(linked) : undefined, fireflyJobIdFromUrl(reqUrl)].find(
    (s): s is string => !!s && JOB_ID.test(s),
  );
  const raw = str(body.status, 40);
  const outputs = Array.isArray(body.outputs) ? body.outputs.filter(isRecord) : [];
  const video = outputs.map((o) => (isRecord(o.video) ? url(o.video.presignedUrl ?? o.video.url) : undefined)).find(Boolean);
  const submit = !raw && !!linked;
  if (!raw && !submit && !outputs.length) {
    // The credits answer (parseBalance reads it) carries no job.
    if (isRecord(body.total) && isRecord(body.credits)) return { generations: [], problems: [] };
    if ('error_code' in body || 'errors' in body) {
      const e = errorOf(body);
      return { generations: [], problems: [`Firefly refused the request${e.code ? ` (${e.code})` : ''}: ${e.message ?? 'no message'}`] };
    }
    throw new ParseError('Firefly: no job status ({status, outputs}) or submit answer ({links.result}) in this response');
  }
  if (!id) return { generations: [], problems: [`skipped a Firefly job: no job ID in the body or the URL (status ${raw ?? 'none'})`] };
  let status: GenerationStatus = submit
    ? 'queued'
    : raw
      ? (lookup(STATUS, raw.toUpperCase()) ?? 'unknown')
      : video
        ? 'succeeded'
        : 'unknown';
  const e = errorOf(body);
  let failureKind: HardFailureKind | undefined;
  if (status === 'failed') {
    failureKind = MODERATION.test(`${e.code ?? ''} ${e.message ?? ''}`) ? 'moderation' : 'generation_error';
    if (failureKind === 'moderation') status = 'blocked';
  }
  const generation = compact<Generation>({
    provider: 'firefly',
    id,
    status,
    providerStatus: raw,
    failureKind,
    providerCode: failureKind ? (e.code ?? raw) : undefined,
    message: failureKind || status === 'unknown' ? e.message : undefined,
    prompt: pick(body, ['prompt', 'input.prompt']),
    videoUrl: status === 'succeeded' ? video : undefined,
    createdAt: iso(body.created),
    updatedAt: iso(body.modified),
    progress: typeof body.progress === 'number' ? Math.min(1, Math.max(0, body.progress / 100)) : undefined,
    model: pick(body, ['modelVersion', 'modelId']),
    source: 'network',
  });
  return { generations: [generation], problems: [] };
}

/**
 * One status answer, or a saved list of them (what `ava extract` may be given, and the demo's file): in a list the
 * URL names no single job, so each answer must carry its own ID.
 */
const parseResponse = (reqUrl: string, body: unknown): ParseResult => statusAnswers('Firefly', reqUrl, body, parseOne);

/** `firefly.adobe.io/v1/credits` → `total.available` (or `total.quota.available`), as the web client reads it. */
function parseBalance(reqUrl: string, body: unknown): BalanceReading[] {
  if (!/^https:\/\/firefly\.adobe\.io\/v1\/credits/.test(reqUrl) || !isRecord(body) || !isRecord(body.total)) return [];
  const quota = isRecord(body.total.quota);
  const block = isRecord(body.total.quota) ? body.total.quota : body.total;
  const n = amount(block.available);
  return n === undefined
    ? []
    : [{ kind: 'balance', amount: n, unit: 'generative credits', field: quota ? 'total.quota.available' : 'total.available' }];
}

/** The web app's DOM is undocumented; the job status answers are the source. */
function parseDom(): ParseResult {
  return { generations: [], problems: [] };
}

export const fireflyCapture: ProviderCapture = {
  id: 'firefly',
  name: 'Adobe Firefly',
  hosts: ['firefly.adobe.com'],
  matches: ['https://firefly.adobe.com/*'],
  testUrls: ['https://firefly.adobe.com/generate/video', 'https://firefly.adobe.com/'],
  apiUrls: [
    /^https:\/\/firefly-3p\.ff\.adobe\.io\/v2\/3p-videos\/generate-async/, // web submit (WEB_PROTOCOL, M)
    /^https:\/\/(firefly-epo|bks-epo)[a-z0-9-]*\.adobe\.io\/([\w.-]+\/)*(jobs\/result|status)\/[^/?#]+/, // web poll (WEB_CLIENT, M)
    /^https:\/\/firefly\.adobe\.io\/v1\/credits/, // web balance (WEB_CLIENT, M)
    /^https:\/\/firefly-api\.adobe\.io\/v3\/(status\/|videos\/generate)/, // Firefly Services API, for `ava extract`
  ],
  // Outputs are presigned links on hosts no source names exactly.
  mediaHosts: [],
  idFormats: [
    {
      label: 'Job ID',
      pattern: JOB_ID,
      example: 'f54e0fcb-260b-47c3-b520-de0d17dc2b67',
      source: sourced(`${SERVICES_API}; ${WEB_CLIENT}`, 'L'),
    },
  ],
  parseResponse,
  parseDom,
  parseBalance,
};

export const firefly: ProviderDefinition = /* @__PURE__ */ withFacts(fireflyCapture, () => ({
  stuckAfterMinutes: fact(60, 'AVA default: no documented Firefly timeout', 'L', CHECKED),
  support: {
    channels: [
      { kind: 'help-center', label: 'Adobe Help Center', value: 'https://helpx.adobe.com/support.html', source: sourced(CREDITS_FAQ, 'M') },
    ],
  },
  ticket: {
    subjects: {
      failed: 'Adobe Firefly: failed video generation — generative credits',
      quality: 'Adobe Firefly: defective video generation — request for review',
      moderation: 'Adobe Firefly: video blocked by a content filter I believe is a mistake',
      creditsNotReturned: 'Adobe Firefly: failed video generation — generative credits not returned',
    },
    accountFields: ['email'],
    mustInclude: ['Adobe ID email', 'the job IDs', 'the date and time', 'what happened'],
    source: sourced('No ticket format documented by Adobe for Firefly; AVA generic wording', 'L'),
  },
  policy: {
    autoRefundOnFailure: fact<boolean | 'unknown'>(
      'unknown',
      'No Adobe statement on failed generations found (shared/providers-2026-12.md §2.1)',
      'M',
      CHECKED,
    ),
    qualityClaims: fact(
      'Adobe documents no policy for completed but unsatisfactory output.',
      'No policy found (searched 2026-12-06)',
      'L',
      CHECKED,
    ),
    moderation: fact('Adobe documents no appeal for blocked generations.', 'No policy found (searched 2026-12-06)', 'L', CHECKED),
    summary: fact(
      'Video is a premium Firefly feature paid in generative credits; Adobe publishes no rule for failed generations that I could find, ' +
        'so this is a request and the outcome is not guaranteed.',
      CREDITS_FAQ,
      'M',
      CHECKED,
    ),
  },
  billing: { kind: 'credits', unit: 'generative credits', source: sourced(CREDITS_FAQ, 'H') },
  lifecycle: { status: 'active', events: [] },
  terms: {
    generation_error: {
      term: 'Job FAILED',
      codes: ['FAILED', 'failed'],
      source: sourced(`${WEB_PROTOCOL}; ${WEB_CLIENT}; ${SERVICES_API}`, 'M'),
    },
  },
}));
