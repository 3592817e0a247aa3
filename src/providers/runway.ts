import { fact, source } from '../shared/facts.ts';
import type { Generation, GenerationStatus, HardFailureKind } from '../shared/generation.ts';
import { compact, iso, isRecord, pick, ratio, str, url, walkObjects } from './parse-util.ts';
import { ParseError, type ParseResult, type ProviderDefinition } from './types.ts';

// Sources (shared/providers.md, checked 2026-11-25).
const HELP_CREDITS = 'https://help.runwayml.com/hc/en-us/articles/34266159290003';
const API_DOCS = 'https://docs.dev.runwayml.com/api/#tag/Task-management';
const SDK = 'https://github.com/runwayml/sdk-node';
const ZENDESK_NEW_REQUEST = 'https://developer.zendesk.com/api-reference/help_center/help-center-templates/new_request_page/';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const STATUSES: Record<string, GenerationStatus> = {
  PENDING: 'queued', THROTTLED: 'queued', RUNNING: 'running', SUCCEEDED: 'succeeded', FAILED: 'failed', CANCELLED: 'cancelled',
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

/** API task (`GET /v1/tasks/{id}`) and the web app's task share `id`, `status`; they differ in the extras. */
function fromTask(o: Record<string, unknown>): Generation | undefined {
  const id = str(o.id, 200);
  const providerStatus = str(o.status, 40);
  if (!id || !UUID.test(id) || !providerStatus || !Object.hasOwn(STATUSES, providerStatus)) return undefined;
  let status = STATUSES[providerStatus]!;
  const providerCode = str(o.failureCode, 120) ?? (isRecord(o.error) ? str(o.error.code ?? o.error.reason, 120) : undefined);
  const message = str(o.failure) ?? (typeof o.error === 'string' ? str(o.error) : isRecord(o.error) ? pick(o.error, ['message', 'errorMessage']) : undefined);
  const failureKind = status === 'failed' ? runwayFailureKind(providerCode, message) : undefined;
  if (failureKind?.startsWith('moderation')) status = 'blocked';
  const artifacts = Array.isArray(o.artifacts) ? o.artifacts : Array.isArray(o.output) ? o.output : [];
  const first = artifacts[0];
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
    progress: ratio(o.progressRatio ?? o.progress),
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
    if (typeof o.status === 'string' && /^[A-Z_]+$/.test(o.status)) problems.push(`skipped a task: id ${JSON.stringify(String(o.id).slice(0, 60))} or status ${JSON.stringify(String(o.status).slice(0, 30))} not recognised`);
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
    generations.push(compact<Generation>({
      provider: 'runway', id, status: failed ? 'failed' : 'unknown',
      failureKind: failed ? runwayFailureKind(undefined, text) : undefined, source: 'dom',
    }));
  }
  return { generations, problems: [] };
}

export const runway: ProviderDefinition = {
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
  stuckAfterMinutes: fact(120, `${HELP_CREDITS} (truly stuck generations auto-cancel in 1-2 h with a refund)`, 'H'),
  support: {
    channels: [
      { kind: 'help-center', label: 'Runway Help Center', value: 'https://help.runwayml.com/', source: source(HELP_CREDITS, 'H') },
      { kind: 'email', label: 'Runway support email', value: 'support@runwayml.com', source: source('Public code and help-center mentions (shared/providers.md)', 'M') },
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
    autoRefundOnFailure: fact<boolean | 'unknown'>(true, HELP_CREDITS, 'H'),
    qualityClaims: fact('Completed but unsatisfactory generations are not reinstated.', HELP_CREDITS, 'H'),
    moderation: fact('Support cannot override usage-policy blocks; use "Send feedback" for false positives. Repeated attempts can lead to suspension.', HELP_CREDITS, 'H'),
    summary: fact(
      'Runway’s policy: credits are returned automatically, within minutes, when a generation ends in a generation error, and truly stuck generations auto-cancel in 1-2 hours with a refund; completed but unsatisfactory generations are not reinstated, so this is a goodwill request and the outcome is not guaranteed.',
      HELP_CREDITS,
      'H',
    ),
    // The longer of the two stated times: "within minutes" for generation errors, 1-2 h for stuck generations.
    refundWithinMinutes: fact(120, `${HELP_CREDITS} (within minutes; stuck generations auto-cancel with a refund in 1-2 h)`, 'H'),
  },
  lifecycle: { status: 'active', events: [] },
  terms: {
    moderation_input: { term: 'Input safety block', codes: ['SAFETY.INPUT.TEXT', 'SAFETY.INPUT.IMAGE', 'SAFETY.INPUT.VIDEO', 'INPUT_PREPROCESSING.SAFETY.TEXT'], source: source(API_DOCS, 'H') },
    moderation_output: { term: 'Output safety block', codes: ['SAFETY.OUTPUT.VIDEO', 'SAFETY.OUTPUT.IMAGE', 'SAFETY.OUTPUT.TEXT'], source: source(API_DOCS, 'H') },
    generation_error: { term: 'Generation error', codes: ['INTERNAL', 'INPUT_PREPROCESSING.INTERNAL', 'INTERNAL.BAD_OUTPUT.CODE01', 'THIRD_PARTY.UNAVAILABLE', 'ASSET.INVALID'], source: source(API_DOCS, 'H') },
    stuck: { term: 'Stuck generation (auto-cancelled after 1-2 h)', source: source(HELP_CREDITS, 'H') },
  },
  parseResponse,
  parseDom,
};
