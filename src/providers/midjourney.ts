import { fact, source } from '../shared/facts.ts';
import type { Generation, GenerationStatus, HardFailureKind } from '../shared/generation.ts';
import { compact, iso, isRecord, lookup, pick, str } from './parse-util.ts';
import { ParseError, type ParseResult, type ProviderCapture, type ProviderDefinition, withFacts } from './types.ts';

// Sources (checked 2026-12-06).
const CHECKED = '2026-12-06';
const GPU_TIME = 'https://help.midjourney.com/en/articles/9651713-what-is-gpu-time';
/** A reverse-engineered web client: submit-jobs payloads, the /api/imagine list, CDN video paths (2026-02-21). */
const WEB_CLIENT =
  'JuyeongYi/PythonMidjourneyAPIClient midjourney_api/api.py @0166391, docs/plans/2026-02-21-feature-additions-design.md @0723630';
/** submit-jobs answers `{success:[{job_id, prompt, is_queued, event_type}], failure:[{type, message}]}`. */
const SUBMIT_SHAPE = 'idx 49059884319, 49858128485 (Dart Midjourney web client: MidjourneyJobSuccess / MidjourneyJobFailure)';
/** Failure texts as Midjourney words them (an API reseller's list of the messages it passes through). */
const FAILURE_TEXTS = 'https://docs.mjapiapp.com/faq/midjourney/api (failed jobs and reasons)';
/** "Request cancelled due to output filters" among the bot's error titles (a Discord-side proxy, idx 2760661557). */
const OUTPUT_FILTER = 'idx 2760661557 (Midjourney proxy: error titles incl. "Request cancelled due to output filters")';
/** Job pages are /jobs/<uuid>?index=N (idx 56499811367, 70624865327, 5459173951). */
const JOB_PAGES = 'idx 56499811367, 70624865327, 5459173951 (www.midjourney.com/jobs/<uuid>?index=N)';

const sourced = (ref: string, c: 'H' | 'M' | 'L') => source(ref, c, CHECKED);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Status words one public client normalises (L: no capture of a failed web job was found). */
const STATUS: Record<string, GenerationStatus> = {
  completed: 'succeeded',
  complete: 'succeeded',
  done: 'succeeded',
  failed: 'failed',
  error: 'failed',
  cancelled: 'cancelled',
  running: 'running',
  generating: 'running',
  in_progress: 'running',
  pending: 'queued',
  queued: 'queued',
  enqueued: 'queued',
  waiting: 'queued',
};

/** Midjourney's own failure texts, most specific first. */
const TEXTS: readonly [RegExp, HardFailureKind][] = [
  [/banned prompt detected|invalid prompt/i, 'moderation_input'],
  [/image denied|image filters/i, 'moderation_input'],
  [/output filters/i, 'moderation_output'],
  [/job timeout|timed out/i, 'generation_error'],
  [/internal (server )?error|something went wrong|failed to process/i, 'generation_error'],
];

export function midjourneyFailureKind(text: string | undefined): HardFailureKind {
  if (text) for (const [re, kind] of TEXTS) if (re.test(text)) return kind;
  return 'generation_error';
}

const isVideo = (o: Record<string, unknown>): boolean =>
  /video/i.test(str(o.event_type, 60) ?? '') || /^vid_/i.test(str(o.job_type, 80) ?? '') || /^vid_/i.test(str(o.videoType, 80) ?? '');

/** A job from /api/imagine (finished jobs) or a submit-jobs success entry (just queued). */
function fromJob(o: Record<string, unknown>, queued: boolean): Generation | { problem: string } | undefined {
  const id = str(o.id ?? o.job_id, 80);
  if (!id || !isVideo(o)) return undefined;
  if (!UUID.test(id)) return { problem: `skipped a video job: id ${JSON.stringify(id.slice(0, 40))} is not a job ID` };
  const raw = str(o.current_status ?? o.status, 40);
  // The list the web app pages through holds finished jobs only (WEB_CLIENT), so no status there means done.
  let status: GenerationStatus = queued ? 'queued' : raw ? (lookup(STATUS, raw.toLowerCase()) ?? 'unknown') : 'succeeded';
  const message = pick(o, ['error', 'error.message', 'fail_reason', 'message']);
  const failureKind = status === 'failed' ? midjourneyFailureKind(message) : undefined;
  if (failureKind?.startsWith('moderation')) status = 'blocked';
  const pct = typeof o.percentage_complete === 'number' ? Math.min(1, Math.max(0, o.percentage_complete / 100)) : undefined;
  return compact<Generation>({
    provider: 'midjourney',
    id: id.toLowerCase(),
    status,
    providerStatus: raw ?? (queued ? (o.is_queued === true ? 'queued' : 'submitted') : undefined),
    failureKind,
    providerCode: failureKind ? message?.slice(0, 120) : undefined,
    message: status === 'succeeded' ? undefined : message,
    prompt: pick(o, ['prompt', 'full_command']),
    // The CDN path the web client documents for a finished video (WEB_CLIENT: "CDN URL format (confirmed)").
    videoUrl: status === 'succeeded' ? `https://cdn.midjourney.com/video/${id.toLowerCase()}/0.mp4` : undefined,
    createdAt: iso(o.enqueue_time),
    progress: status === 'running' ? pct : undefined,
    model: str(o.job_type ?? o.videoType, 120),
    relatedIds: isRecord(o.meta) && UUID.test(str(o.meta.parent_id, 80) ?? '') ? [str(o.meta.parent_id, 80)!.toLowerCase()] : undefined,
    source: 'network',
  });
}

function parseResponse(_url: string, body: unknown): ParseResult {
  if (!isRecord(body) && !Array.isArray(body)) throw new ParseError('Midjourney: expected a JSON object or array');
  const generations: Generation[] = [];
  const problems: string[] = [];
  const add = (f: ReturnType<typeof fromJob>) => {
    if (!f) return;
    if ('problem' in f) problems.push(f.problem);
    else if (!generations.some((g) => g.id === f.id)) generations.push(f);
  };
  if (isRecord(body) && (Array.isArray(body.success) || Array.isArray(body.failure))) {
    for (const s of (Array.isArray(body.success) ? body.success : []).filter(isRecord).slice(0, 50)) add(fromJob(s, true));
    // A refused submission has no job ID (and, per Midjourney, cost no GPU time): name it in problems, verbatim.
    for (const f of (Array.isArray(body.failure) ? body.failure : []).filter(isRecord).slice(0, 20)) {
      problems.push(`Midjourney refused a job (${str(f.type, 60) ?? 'no type'}): ${str(f.message, 300) ?? 'no message'}`);
    }
    return { generations, problems };
  }
  const list = Array.isArray(body) ? body : (['jobs', 'items', 'data'].map((k) => body[k]).find(Array.isArray) as unknown[] | undefined);
  if (!list) throw new ParseError('Midjourney: no job list (array, or {jobs|items|data: [...]}) and no submit-jobs answer');
  for (const item of list.slice(0, 1000)) if (isRecord(item)) add(fromJob(item, false));
  return { generations, problems };
}

/** Video pages link to /jobs/<uuid>; no status is shown in a documented place, so DOM finds are 'unknown'. */
function parseDom(root: ParentNode): ParseResult {
  const ids = new Set<string>();
  for (const a of root.querySelectorAll<HTMLAnchorElement>('a[href*="/jobs/"]')) {
    const m = /\/jobs\/([0-9a-f-]{36})/i.exec(a.getAttribute('href') ?? '');
    if (m && UUID.test(m[1]!)) ids.add(m[1]!.toLowerCase());
    if (ids.size >= 200) break;
  }
  return {
    generations: [...ids].map((id) => ({ provider: 'midjourney', id, status: 'unknown' as const, source: 'dom' as const })),
    problems: [],
  };
}

export const midjourneyCapture: ProviderCapture = {
  id: 'midjourney',
  name: 'Midjourney',
  hosts: ['www.midjourney.com'],
  matches: ['https://www.midjourney.com/*'],
  testUrls: ['https://www.midjourney.com/imagine', 'https://www.midjourney.com/jobs/3f6b2c1d-8e9a-4b7c-9d0e-1f2a3b4c5d6e?index=0'],
  // The web app's own API (WEB_CLIENT): job submission, the job list, the queue.
  apiUrls: [/^https:\/\/www\.midjourney\.com\/api\/(submit-jobs|imagine|user-queue)(\?|$)/],
  mediaHosts: ['cdn.midjourney.com'],
  idFormats: [
    {
      label: 'Job ID',
      pattern: UUID,
      example: '3f6b2c1d-8e9a-4b7c-9d0e-1f2a3b4c5d6e',
      source: sourced(`${WEB_CLIENT}; ${SUBMIT_SHAPE}; ${JOB_PAGES}`, 'M'),
    },
  ],
  parseResponse,
  parseDom,
};

export const midjourney: ProviderDefinition = /* @__PURE__ */ withFacts(midjourneyCapture, () => ({
  stuckAfterMinutes: fact(60, 'AVA default: no documented Midjourney timeout', 'L', CHECKED),
  support: {
    channels: [
      { kind: 'help-center', label: 'Midjourney Help Center', value: 'https://help.midjourney.com/', source: sourced(GPU_TIME, 'H') },
    ],
  },
  ticket: {
    subjects: {
      failed: 'Midjourney: video job failed — Fast GPU time',
      quality: 'Midjourney: defective video job — request for review',
      moderation: 'Midjourney: job blocked by moderation that I believe is a mistake',
      creditsNotReturned: 'Midjourney: failed video job — GPU time not returned',
    },
    accountFields: ['email'],
    mustInclude: ['account email', 'the job IDs', 'the error text shown', 'what happened'],
    source: sourced('No ticket format documented by Midjourney; AVA generic wording', 'L'),
  },
  policy: {
    autoRefundOnFailure: fact<boolean | 'unknown'>(true, `${GPU_TIME} ("jobs that error don't cost any GPU time")`, 'H', CHECKED),
    qualityClaims: fact(
      'Midjourney counts the processing time of completed jobs; it documents no policy for completed but unsatisfactory output.',
      GPU_TIME,
      'H',
      CHECKED,
    ),
    moderation: fact('Midjourney documents no appeal for moderated jobs.', 'No policy found (searched 2026-12-06)', 'L', CHECKED),
    summary: fact(
      'Midjourney says only the processing time of completed jobs is counted and jobs that error cost no GPU time; anything beyond that ' +
        'is a request and the outcome is not guaranteed.',
      GPU_TIME,
      'H',
      CHECKED,
    ),
    refundCitation: {
      title: 'What is GPU time?',
      says: 'jobs that error don’t cost any GPU time, and only the processing time of completed jobs is counted',
      // Nothing is returned when nothing was counted: the person asks for a check, not for credits that "came back".
      mine: 'please check that the time for mine was not counted',
      source: sourced(GPU_TIME, 'H'),
    },
  },
  // Plans come with Fast GPU time, an allowance, not credits (GPU_TIME).
  billing: { kind: 'quota', unit: 'Fast GPU time', source: sourced(GPU_TIME, 'H') },
  lifecycle: { status: 'active', events: [] },
  terms: {
    moderation_input: {
      term: 'Banned prompt detected / Image denied',
      codes: ['Banned prompt detected', 'Image denied'],
      source: sourced(FAILURE_TEXTS, 'M'),
    },
    moderation_output: {
      term: 'Request cancelled due to output filters',
      codes: ['Request cancelled due to output filters'],
      source: sourced(OUTPUT_FILTER, 'L'),
    },
    generation_error: {
      term: 'Internal error / Job Timeout',
      codes: ['Internal error', 'Job Timeout'],
      source: sourced(FAILURE_TEXTS, 'M'),
    },
  },
}));
