import { fact, source } from '../shared/facts.ts';
import type { Generation, GenerationStatus, HardFailureKind } from '../shared/generation.ts';
import { amount, compact, iso, isRecord, pick, ratio, str, url, walkObjects } from './parse-util.ts';
import { ParseError, type ParseResult, type ProviderCapture, type ProviderDefinition, withFacts } from './types.ts';

// Sources (shared/providers.md, checked 2026-11-25; re-checked against shared/providers-2026-12.md on 2026-12-06).
const HELP_CREDITS = 'https://help.runwayml.com/hc/en-us/articles/34266159290003-Can-I-have-credits-refunded';
// "Why is my generation stuck": only one description of it was found (a 2026-10-03 research note, search idx 71370909521).
const HELP_STUCK =
  'https://help.runwayml.com/hc/en-us/articles/32881061675795-Why-is-my-generation-stuck (as described 2026-10-03, idx 71370909521)';
const HELP_MODERATION = 'https://help.runwayml.com/hc/en-us/articles/32880432736659';
const API_MODERATION = 'https://docs.dev.runwayml.com/api-details/moderation';
const WEB_CLIENT = 'igolaizola/vidai pkg/runway/runway.go @115cb210913211c574022b6c3068931f4e2da023';
const CHECKED = '2026-12-06';
const API_DOCS = 'https://docs.dev.runwayml.com/api/#tag/Task-management';
const API_FAILURES = 'https://docs.dev.runwayml.com/errors/task-failures/';
const SDK = 'https://github.com/runwayml/sdk-node';
const ZENDESK_NEW_REQUEST = 'https://developer.zendesk.com/api-reference/help_center/help-center-templates/new_request_page/';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const STATUSES: Record<string, GenerationStatus> = {
  PENDING: 'queued',
  THROTTLED: 'queued',
  RUNNING: 'running',
  SUCCEEDED: 'succeeded',
  FAILED: 'failed',
  CANCELLED: 'cancelled',
};

/**
 * `failureCode` (API docs): the leftmost segment is the most generic, so match by prefix, longest first.
 */
const FAILURE_CODES: readonly [string, HardFailureKind][] = [
  ['INPUT_PREPROCESSING.SAFETY', 'moderation_input'],
  ['SAFETY.INPUT', 'moderation_input'],
  ['SAFETY.OUTPUT', 'moderation_output'],
  ['SAFETY', 'moderation'],
  ['ASSET.INVALID', 'generation_error'],
  ['INTERNAL.BAD_OUTPUT', 'generation_error'],
  ['INPUT_PREPROCESSING.INTERNAL', 'generation_error'],
  ['INTERNAL', 'generation_error'],
  ['THIRD_PARTY.UNAVAILABLE', 'generation_error'],
];

export function runwayFailureKind(code: string | undefined, text: string | undefined): HardFailureKind {
  if (code) for (const [prefix, kind] of FAILURE_CODES) if (code === prefix || code.startsWith(`${prefix}.`)) return kind;
  return text && /moderat|safety|usage polic|content polic/i.test(text) ? 'moderation' : 'generation_error';
}

/** A status word in Runway's style (upper-case, underscores): an unknown one is kept as `unknown`, not dropped. */
const STATUS_WORD = /^[A-Z][A-Z_]{1,39}$/;

/** The clip's length: the artifact's metadata (web app, vidai) or the requested seconds (options). */
function duration(o: Record<string, unknown>, first: unknown): number | undefined {
  const meta = isRecord(first) && isRecord(first.metadata) ? amount(first.metadata.duration) : undefined;
  const opts = isRecord(o.options) ? amount(o.options.seconds ?? o.options.duration) : undefined;
  const d = meta ?? opts ?? amount(o.duration);
  return d !== undefined && d <= 86_400 ? d : undefined;
}

/**
 * API task (`GET /v1/tasks/{id}`) and the web app's task (`{task:{...}}`, vidai) share `id`, `status`; they differ in
 * the extras: the web app names the code `error.reason`, sends `progressRatio` as a string ("0.87") and the prompt as
 * `options.text_prompt`.
 */
function fromTask(o: Record<string, unknown>): Generation | undefined {
  const id = str(o.id, 200);
  const providerStatus = str(o.status, 40);
  if (!id || !UUID.test(id) || !providerStatus || !STATUS_WORD.test(providerStatus)) return undefined;
  let status: GenerationStatus = Object.hasOwn(STATUSES, providerStatus) ? STATUSES[providerStatus]! : 'unknown';
  const err = isRecord(o.error) ? o.error : undefined;
  const providerCode = str(o.failureCode, 120) ?? (err ? str(err.reason ?? err.code, 120) : undefined);
  const message = str(o.failure) ?? (typeof o.error === 'string' ? str(o.error) : err ? pick(err, ['message', 'errorMessage']) : undefined);
  const failureKind = status === 'failed' ? runwayFailureKind(providerCode, message) : undefined;
  if (failureKind?.startsWith('moderation')) status = 'blocked';
  const artifacts = Array.isArray(o.artifacts) ? o.artifacts : Array.isArray(o.output) ? o.output : [];
  const first = artifacts[0];
  const progress = o.progressRatio ?? o.progress;
  return compact<Generation>({
    provider: 'runway',
    id,
    status,
    providerStatus,
    failureKind,
    providerCode,
    message,
    prompt: pick(o, ['promptText', 'options.textPrompt', 'options.text_prompt', 'options.promptText', 'options.name']),
    videoUrl: typeof first === 'string' ? url(first) : isRecord(first) ? url(first.url) : undefined,
    createdAt: iso(o.createdAt),
    updatedAt: iso(o.updatedAt),
    progress: ratio(typeof progress === 'string' ? amount(progress) : progress),
    durationS: duration(o, first),
    model: str(o.taskType ?? o.model, 120),
    source: 'network',
  });
}

function parseResponse(_url: string, body: unknown): ParseResult {
  if (!isRecord(body) && !Array.isArray(body)) throw new ParseError('Runway: expected a JSON object or array');
  const generations: Generation[] = [];
  const problems: string[] = [];
  walkObjects(body, (o) => {
    if (!('status' in o) || !('id' in o)) return;
    const g = fromTask(o);
    if (g) {
      generations.push(g);
      return true;
    }
    if (typeof o.status === 'string' && /^[A-Z_]+$/.test(o.status)) {
      problems.push(`skipped a task: id ${JSON.stringify(String(o.id).slice(0, 60))} is not a task ID`);
    }
  });
  if (!generations.length && !problems.length && isRecord(body) && ('task' in body || 'tasks' in body)) {
    throw new ParseError('Runway: a task response without a readable task (expected id, status)');
  }
  return { generations, problems };
}

/** Fallback: the web app puts task ids in data attributes or links on generation cards. */
function parseDom(root: ParentNode): ParseResult {
  const generations: Generation[] = [];
  const seen = new Set<string>();
  for (const el of root.querySelectorAll<HTMLElement>('[data-task-id], a[href*="taskId="]')) {
    const raw = el.getAttribute('data-task-id') ?? /taskId=([0-9a-f-]{36})/i.exec(el.getAttribute('href') ?? '')?.[1];
    const id = raw && UUID.test(raw) ? raw : undefined;
    if (!id || seen.has(id)) continue;
    seen.add(id);
    const text = el.textContent ?? '';
    const failed = /generation failed|failed to generate|usage policy/i.test(text);
    generations.push(
      compact<Generation>({
        provider: 'runway',
        id,
        status: failed ? 'failed' : 'unknown',
        failureKind: failed ? runwayFailureKind(undefined, text) : undefined,
        source: 'dom',
      }),
    );
  }
  return { generations, problems: [] };
}

export const runwayCapture: ProviderCapture = {
  id: 'runway',
  name: 'Runway',
  hosts: ['app.runwayml.com'],
  matches: ['https://app.runwayml.com/*'],
  testUrls: [
    'https://app.runwayml.com/video-tools/teams/demo/ai-tools/generate?mode=tools&sessionId=6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f',
    'https://app.runwayml.com/video-tools/teams/acme/dashboard',
  ],
  apiUrls: [/^https:\/\/api\.(dev\.)?runwayml\.com\//, /^https:\/\/app\.runwayml\.com\/api\//],
  // Runway's media CDN host is not documented in a source we could check; added when one is.
  mediaHosts: [],
  idFormats: [{ label: 'Task ID', pattern: UUID, example: '6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f', source: source(SDK, 'H') }],
  parseResponse,
  parseDom,
};

export const runway: ProviderDefinition = /* @__PURE__ */ withFacts(runwayCapture, () => ({
  // The article's one description: a bar stuck near 90% is "likely still actively processing"; "Cancel appears after 30
  // minutes and does not refund". No source says Runway cancels or refunds a stuck generation by itself.
  stuckAfterMinutes: fact(30, `${HELP_STUCK}: Cancel appears after 30 minutes and does not refund`, 'L', CHECKED),
  support: {
    channels: [
      { kind: 'help-center', label: 'Runway Help Center', value: 'https://help.runwayml.com/', source: source(HELP_CREDITS, 'H') },
      {
        kind: 'email',
        label: 'Runway support email',
        value: 'support@runwayml.com',
        source: source('Public code and help-center mentions (shared/providers.md)', 'M'),
      },
      {
        // help.runwayml.com serves Zendesk Guide paths (/hc/<locale>/articles/<id>); /hc/<locale>/requests/new is the
        // page Zendesk documents for every help center's "Submit a request" form.
        kind: 'ticket-form',
        form: 'zendesk',
        label: 'Runway Help Center: submit a request',
        value: 'https://help.runwayml.com/hc/en-us/requests/new',
        source: source(`${HELP_CREDITS} (Zendesk /hc/ paths); ${ZENDESK_NEW_REQUEST}`, 'M'),
      },
    ],
  },
  billing: { kind: 'credits', unit: 'credits', source: source(HELP_CREDITS, 'H', CHECKED) },
  ticket: {
    subjects: {
      failed: 'Credit refund request — failed generation',
      quality: 'Goodwill credit request — defective generation',
      moderation: 'False-positive moderation block — feedback',
      creditsNotReturned: 'Credits not returned after failed generation',
    },
    accountFields: ['email'],
    mustInclude: ['account email', 'the task IDs', 'what happened'],
    source: source(HELP_CREDITS, 'M'),
  },
  policy: {
    autoRefundOnFailure: fact<boolean | 'unknown'>(true, HELP_CREDITS, 'H', CHECKED),
    qualityClaims: fact(
      'A generation that completes uses its credits, even when the result does not match the prompt.',
      HELP_CREDITS,
      'H',
      CHECKED,
    ),
    moderation: fact(
      'Support cannot override a usage-policy block; "Send feedback" is the way to report a false positive, and repeating ' +
        'blocked requests can lead to suspension. Runway’s API docs say moderated generations cost the same credits as ' +
        'successful ones.',
      `${HELP_MODERATION}; ${API_MODERATION}`,
      'H',
      CHECKED,
    ),
    summary: fact(
      'Runway returns credits by itself, within a few minutes, when a generation ends in an error. A generation that ' +
        'completes keeps its cost, and cancelling a stuck one does not refund it.',
      `${HELP_CREDITS}; ${HELP_STUCK}`,
      'M',
      CHECKED,
    ),
    // The article says "within a few minutes" and names no number. AVA waits an hour before calling the credits missing,
    // so a draft that says "within 1 hour" never holds Runway to less than its own words.
    refundWithinMinutes: fact(60, `${HELP_CREDITS}: credits "should reappear within a few minutes" (60 is AVA's margin)`, 'M', CHECKED),
    refundCitation: {
      title: 'Can I have credits refunded?',
      says: 'credits are returned automatically when a generation ends in a generation error, within a few minutes',
      source: source(HELP_CREDITS, 'H', CHECKED),
    },
  },
  lifecycle: { status: 'active', events: [] },
  terms: {
    moderation_input: {
      term: 'Input safety block',
      codes: ['SAFETY.INPUT.TEXT', 'SAFETY.INPUT.IMAGE', 'SAFETY.INPUT.VIDEO', 'INPUT_PREPROCESSING.SAFETY.TEXT'],
      source: source(`${API_FAILURES}; ${WEB_CLIENT}`, 'H', CHECKED),
    },
    moderation_output: {
      term: 'Output safety block',
      codes: ['SAFETY.OUTPUT.VIDEO', 'SAFETY.OUTPUT.IMAGE', 'SAFETY.OUTPUT.TEXT'],
      source: source(API_DOCS, 'H'),
    },
    generation_error: {
      term: 'Generation error',
      codes: ['INTERNAL', 'INPUT_PREPROCESSING.INTERNAL', 'INTERNAL.BAD_OUTPUT.CODE01', 'THIRD_PARTY.UNAVAILABLE', 'ASSET.INVALID'],
      source: source(API_DOCS, 'H'),
    },
    stuck: { term: 'Stuck generation', source: source(HELP_STUCK, 'L', CHECKED) },
  },
}));
