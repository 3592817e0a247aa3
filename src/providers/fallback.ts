/**
 * The generic fallback: when a provider's own parser does not know a response's shape (the app moved, renamed a field,
 * or AVA has no parser for it yet), look for generation-like objects anyway, so a failed generation is not lost just
 * because the JSON around it changed. A generation-like object has an ID-ish field beside a status, state or error
 * field. Statuses are mapped conservatively from words only (no provider table here): failure words -> failed,
 * moderation words -> blocked, anything else -> unknown, always with the raw value kept in providerStatus.
 * Pure: runs in the content script, the CLI and tests alike.
 */
import type { Generation } from '../shared/generation.ts';
import { compact, isRecord, str, url } from './parse-util.ts';

/** Keys that name a job's own ID (never `name`, `title` or user-ish ids: too many false friends). */
const ID_KEYS = [
  'id',
  'uuid',
  'taskId',
  'task_id',
  'jobId',
  'job_id',
  'generationId',
  'generation_id',
  'videoId',
  'video_id',
  'requestId',
  'request_id',
  'workId',
  'work_id',
  'batchID',
  'batchId',
  'batch_id',
  'mediaId',
  'media_id',
];
const STATUS_KEYS = [
  'status',
  'state',
  'task_status',
  'taskStatus',
  'video_status',
  'videoStatus',
  'job_status',
  'jobStatus',
  'generation_status',
  'generationStatus',
  'mediaGenerationStatus',
  'phase',
];
const ERROR_KEYS = ['error', 'errors', 'failure', 'failure_reason', 'failureReason', 'failureReasons', 'error_message', 'errorMessage'];
const CODE_KEYS = ['error_code', 'errorCode', 'failure_code', 'failureCode', 'error.code', 'error.reason', 'error.type', 'code'];
const MESSAGE_KEYS = ['failure_reason', 'failureReason', 'error_message', 'errorMessage', 'error.message', 'error', 'message', 'msg'];
const PROMPT_KEYS = ['prompt', 'promptText', 'prompt_text', 'text_prompt', 'options.text_prompt', 'request.prompt', 'input.prompt'];
const VIDEO_KEYS = ['video_url', 'videoUrl', 'videoURL', 'downloadURL', 'download_url', 'resultUrl', 'result_url', 'video.url'];
/** Objects under these keys are people, teams or plans, whose `status` ("active") is not a generation's. */
const NOT_JOBS = /^(user|users|account|owner|creator|author|team|workspace|org|organization|plan|subscription|profile|member|billing)$/i;

const BLOCKED = /moderat|nsfw|block|censor|filter|violat|safety|unsafe|sensitive|polic|flagged|prohibit|inappropriate|banned/i;
const FAILED = /fail|error|timed?[\s_-]?out|abort|crash/i;
/** What a job ID can look like: short opaque tokens, not sentences, URLs or emails. */
const ID_TEXT = /^[A-Za-z0-9][A-Za-z0-9_\-:.]{3,199}$/;

const MAX_FOUND = 200;
const MAX_DEPTH = 12;
/** Values visited at most, and list items looked at per list: a page's history is short, a hostile body is not. */
const MAX_NODES = 5000;
const MAX_ITEMS = 500;

function get(o: Record<string, unknown>, path: string): unknown {
  let cur: unknown = o;
  for (const k of path.split('.')) cur = isRecord(cur) && Object.hasOwn(cur, k) ? cur[k] : undefined;
  return cur;
}

function idOf(o: Record<string, unknown>): string | undefined {
  for (const k of ID_KEYS) {
    const v = Object.hasOwn(o, k) ? o[k] : undefined;
    if (typeof v === 'string' && ID_TEXT.test(v)) return v;
    if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 1000) return String(v);
  }
  return undefined;
}

/** The raw status value, verbatim as text (numbers too: "50"). */
function statusOf(o: Record<string, unknown>): string | undefined {
  for (const k of STATUS_KEYS) {
    const v = Object.hasOwn(o, k) ? o[k] : undefined;
    if (typeof v === 'string' && v.trim()) return v.trim().slice(0, 80);
    if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  }
  return undefined;
}

/** Does an error-ish field carry something (not null, not "", not an empty list)? */
function errorOf(o: Record<string, unknown>): boolean {
  return ERROR_KEYS.some((k) => {
    const v = Object.hasOwn(o, k) ? o[k] : undefined;
    if (typeof v === 'string') return v.trim().length > 0;
    if (Array.isArray(v)) return v.length > 0;
    return isRecord(v) && Object.keys(v).length > 0;
  });
}

function first(o: Record<string, unknown>, keys: readonly string[], max: number): string | undefined {
  for (const k of keys) {
    const v = get(o, k);
    const s = typeof v === 'number' ? String(v) : str(v, max);
    if (s) return s;
  }
  return undefined;
}

function fromObject(provider: string, o: Record<string, unknown>): Generation | undefined {
  const id = idOf(o);
  if (!id) return undefined;
  const raw = statusOf(o);
  const hasError = errorOf(o);
  if (raw === undefined && !hasError) return undefined;
  const code = first(o, CODE_KEYS, 120);
  const message = first(o, MESSAGE_KEYS, 2000);
  // Words only: the status first; an error field's code and text decide only where the status says nothing known.
  const words = [raw, code, message].filter(Boolean).join(' ');
  let status: Generation['status'] = 'unknown';
  if (raw && BLOCKED.test(raw)) status = 'blocked';
  else if (raw && FAILED.test(raw)) status = BLOCKED.test(words) ? 'blocked' : 'failed';
  else if (hasError) status = BLOCKED.test(words) ? 'blocked' : 'failed';
  return compact<Generation>({
    provider,
    id,
    status,
    providerStatus: raw,
    providerCode: code === raw ? undefined : code,
    failureKind: status === 'failed' ? 'generation_error' : status === 'blocked' ? 'moderation' : undefined,
    message: status === 'failed' || status === 'blocked' ? message : undefined,
    prompt: first(o, PROMPT_KEYS, 4000),
    videoUrl: VIDEO_KEYS.map((k) => url(get(o, k))).find(Boolean),
    source: 'network',
    viaFallback: true,
  });
}

/**
 * Generation-like objects anywhere in a decoded body (one JSON value, or the array of a stream's chunks), once per
 * ID, outermost first: a match is not searched further, so a task's nested works do not count twice.
 */
export function fallbackGenerations(provider: string, body: unknown): Generation[] {
  const found: Generation[] = [];
  const seen = new Set<string>();
  let nodes = 0;
  const stack: [unknown, number, string][] = [[body, 0, '']];
  while (stack.length && found.length < MAX_FOUND) {
    const [v, depth, key] = stack.pop()!;
    if (++nodes > MAX_NODES || depth > MAX_DEPTH) continue;
    if (Array.isArray(v)) {
      for (let i = Math.min(v.length, MAX_ITEMS) - 1; i >= 0; i--) stack.push([v[i], depth + 1, key]);
      continue;
    }
    if (!isRecord(v) || NOT_JOBS.test(key)) continue;
    const g = fromObject(provider, v);
    if (g) {
      if (!seen.has(g.id)) found.push(g);
      seen.add(g.id);
      continue;
    }
    const keys = Object.keys(v);
    for (let i = keys.length - 1; i >= 0; i--) stack.push([v[keys[i]!], depth + 1, keys[i]!]);
  }
  return found;
}
