import { fact, source } from '../shared/facts.ts';
import type { Generation, HardFailureKind } from '../shared/generation.ts';
import { amount, compact, iso, isRecord, pick, ratio, str, url, walkObjects } from './parse-util.ts';
import { type BalanceReading, ParseError, type ParseResult, type ProviderCapture, type ProviderDefinition, withFacts } from './types.ts';

// Sources (shared/providers.md, checked 2026-11-25; providers-2026-12.md, re-checked 2026-12-06).
const HELP_WINDDOWN = 'https://help.openai.com/en/articles/12642688';
const HELP_DISCONTINUED = 'https://help.openai.com/en/articles/20001152-what-to-know-about-the-sora-discontinuation';
const HELP_CENTER = 'https://help.openai.com/';
const NO_FAILED_POLICY =
  'No OpenAI article on failed Sora generations (a third-party audit of OpenAI’s Sora help found none, search idx 60589299946)';
const CHECKED = '2026-12-06';
const VIDEO_GUIDE = 'https://platform.openai.com/docs/guides/video-generation';
const OPENAI_PY_VIDEO = 'https://github.com/openai/openai-python/blob/main/src/openai/types/video.py';
const WEB_API = 'Sora web app internal API, public code (shared/providers.md)';
const NF_TASK_CLIENTS = 'Public Sora web clients polling GET /backend/nf/tasks/{id}/v2 (search idx 53910928767, 53566631256)';

const GEN_ID = /^gen_[0-9a-z]{26}$/;
const TASK_ID = /^task_[0-9a-z]{26}$/;
const VIDEO_ID = /^video_[0-9a-f]{48}$/;

const MODERATION_TEXT = /content polic|guardrail|violat|moderat|similarity to third-party|sentinel_block|didn't look right/i;

function failureFromText(text: string | undefined): HardFailureKind {
  return text && MODERATION_TEXT.test(text) ? 'moderation' : 'generation_error';
}

/** `GET /backend/nf/pending/v2`: tasks `{id:"task_...", status, progress_pct, failure_reason, generations}`. */
function fromPendingTask(o: Record<string, unknown>): Generation | undefined {
  const id = str(o.id, 200);
  if (!id || !TASK_ID.test(id)) return undefined;
  const providerStatus = str(o.status, 80);
  const reason = pick(o, ['failure_reason', 'reason_str']);
  const status =
    providerStatus === 'succeeded'
      ? 'succeeded'
      : providerStatus === 'failed'
        ? 'failed'
        : providerStatus === 'running'
          ? 'running'
          : providerStatus === 'queued' || providerStatus === 'pending'
            ? 'queued'
            : 'unknown';
  const gens = Array.isArray(o.generations) ? o.generations.filter(isRecord) : [];
  const kind = status === 'failed' ? failureFromText(reason) : undefined;
  return compact<Generation>({
    provider: 'sora',
    id,
    status: kind === 'moderation' ? 'blocked' : status,
    providerStatus,
    failureKind: kind,
    providerCode: kind === 'moderation' ? 'content_policy' : undefined,
    message: reason,
    prompt: pick(o, ['prompt', 'title', 'generations.0.prompt']) ?? (gens[0] ? pick(gens[0], ['prompt']) : undefined),
    createdAt: iso(o.created_at),
    progress: ratio(o.progress_pct, o.progress_pct !== undefined && Number(o.progress_pct) > 1 ? 100 : 1),
    relatedIds: gens.map((g) => str(g.id, 200)).filter((s): s is string => !!s && GEN_ID.test(s)),
    source: 'network',
  });
}

/** `GET /backend/project_y/profile/drafts/v2` items: `{id:"gen_...", task_id, kind, reason_str, downloadable_url}`. */
function fromDraft(o: Record<string, unknown>): Generation | undefined {
  const id = str(o.id, 200);
  if (!id || !GEN_ID.test(id)) return undefined;
  const kind = str(o.kind, 80);
  const message = pick(o, ['reason_str', 'markdown_reason_str']);
  const durationS = typeof o.duration_s === 'number' && o.duration_s >= 0 && o.duration_s < 86_400 ? o.duration_s : undefined;
  const base = {
    provider: 'sora',
    id,
    providerStatus: kind,
    message,
    prompt: pick(o, ['prompt', 'title', 'creation_config.prompt']),
    videoUrl: url(o.downloadable_url ?? o.url),
    durationS,
    createdAt: iso(o.created_at),
    relatedIds: str(o.task_id) ? [str(o.task_id)!] : undefined,
    source: 'network' as const,
  };
  if (kind === 'sora_content_violation')
    return compact<Generation>({ ...base, status: 'blocked', failureKind: 'moderation', providerCode: kind });
  if (kind === 'sora_error') return compact<Generation>({ ...base, status: 'failed', failureKind: 'generation_error', providerCode: kind });
  if (kind === 'sora_draft') return compact<Generation>({ ...base, status: 'succeeded' });
  // A kind AVA does not know: kept, with OpenAI's word for it, rather than dropped.
  return kind ? compact<Generation>({ ...base, status: 'unknown', providerCode: kind }) : undefined;
}

/** Videos API object (openai-python types/video.py). */
function fromVideo(o: Record<string, unknown>): Generation | undefined {
  const id = str(o.id, 200);
  if (o.object !== 'video' || !id || !VIDEO_ID.test(id)) return undefined;
  const s = str(o.status, 40);
  const err = isRecord(o.error) ? o.error : undefined;
  const code = err ? str(err.code, 120) : undefined;
  const message = err ? str(err.message) : undefined;
  const failed = s === 'failed';
  const moderated = code === 'moderation_blocked' || (failed && failureFromText(message) === 'moderation');
  return compact<Generation>({
    provider: 'sora',
    id,
    status: moderated
      ? 'blocked'
      : s === 'completed'
        ? 'succeeded'
        : s === 'in_progress'
          ? 'running'
          : s === 'queued'
            ? 'queued'
            : failed
              ? 'failed'
              : 'unknown',
    providerStatus: s,
    failureKind: moderated ? 'moderation' : failed ? 'generation_error' : undefined,
    providerCode: code,
    message,
    prompt: pick(o, ['prompt']),
    createdAt: iso(o.created_at),
    updatedAt: iso(o.completed_at),
    progress: ratio(o.progress, 100),
    source: 'network',
  });
}

function parseResponse(reqUrl: string, body: unknown): ParseResult {
  if (!isRecord(body) && !Array.isArray(body)) throw new ParseError('Sora: expected a JSON object or array');
  const generations: Generation[] = [];
  const problems: string[] = [];
  const byId = new Set<string>();
  walkObjects(body, (o) => {
    const looksLikeJob = typeof o.id === 'string' && /^(task|gen|video)_/.test(o.id);
    if (!looksLikeJob) return;
    const g = fromPendingTask(o) ?? fromDraft(o) ?? fromVideo(o);
    if (!g) {
      problems.push(`skipped ${String(o.id).slice(0, 60)}: not a known Sora task, draft or video object`);
      return true;
    }
    if (!byId.has(g.id)) generations.push(g);
    byId.add(g.id);
    return g.id.startsWith('task_') ? undefined : true; // tasks nest their generations; keep walking
  });
  if (!generations.length && !problems.length && !/\/backend\/|\/v1\/videos/.test(reqUrl)) {
    throw new ParseError('Sora: no task, draft or video objects in this response');
  }
  return { generations, problems };
}

/** `GET /backend/nf/check`: `{rate_limit_and_credit_balance: {credit_remaining, ...}}` (public code, M). */
function parseBalance(_reqUrl: string, body: unknown): BalanceReading[] {
  const b = isRecord(body) && isRecord(body.rate_limit_and_credit_balance) ? body.rate_limit_and_credit_balance : undefined;
  const n = b ? amount(b.credit_remaining) : undefined;
  return n === undefined ? [] : [{ kind: 'balance', amount: n, unit: 'credits', field: 'credit_remaining' }];
}

const DOM_MODERATION = /This content may violate OpenAI's (content policies|guardrails)[^.]*\./;

/** Fallback: generation links (`/d/gen_...`) and the generation page itself, with any visible error text. */
function parseDom(root: ParentNode, pageUrl: string): ParseResult {
  const found = new Map<string, Generation>();
  const add = (id: string, scope: ParentNode | null) => {
    const text = scope && 'textContent' in scope ? String((scope as Node).textContent ?? '') : '';
    const mod = DOM_MODERATION.exec(text);
    found.set(
      id,
      compact<Generation>({
        provider: 'sora',
        id,
        status: mod ? 'blocked' : 'unknown',
        failureKind: mod ? 'moderation' : undefined,
        message: mod ? mod[0] : undefined,
        source: 'dom',
      }),
    );
  };
  const page = /\/d\/(gen_[0-9a-z]{26})/.exec(new URL(pageUrl).pathname);
  if (page) add(page[1]!, root.querySelector('main') ?? root);
  for (const a of root.querySelectorAll<HTMLAnchorElement>('a[href*="/d/gen_"]')) {
    const m = /\/d\/(gen_[0-9a-z]{26})/.exec(a.getAttribute('href') ?? '');
    if (m && !found.has(m[1]!)) add(m[1]!, a.closest('article,li,[data-generation]') ?? a);
  }
  return { generations: [...found.values()], problems: [] };
}

export const soraCapture: ProviderCapture = {
  id: 'sora',
  name: 'OpenAI Sora 2',
  hosts: ['sora.chatgpt.com', 'sora.com'],
  matches: ['https://sora.chatgpt.com/*', 'https://sora.com/*'],
  testUrls: [
    'https://sora.chatgpt.com/library',
    'https://sora.chatgpt.com/drafts',
    'https://sora.chatgpt.com/d/gen_01k2m3n4p5q6r7s8t9v0w1x2y3',
    'https://sora.com/p/s_68e1f2a3b4c5d6e7f8091a2b3c4d5e6f',
  ],
  apiUrls: [
    /^https:\/\/sora\.(chatgpt\.)?com\/backend\/(nf\/pending|project_y\/profile\/drafts|project_y\/profile_feed|nf\/check)/,
    // One task by id: two public clients poll it (M); whether the web app itself did is not known.
    /^https:\/\/sora\.(chatgpt\.)?com\/backend\/nf\/tasks\/task_[0-9a-z]{26}\/v2(?:[?#]|$)/,
    /^https:\/\/api\.openai\.com\/v1\/videos/,
  ],
  mediaHosts: ['videos.openai.com'],
  idFormats: [
    { label: 'Generation ID', pattern: GEN_ID, example: 'gen_01k2m3n4p5q6r7s8t9v0w1x2y3', source: source(WEB_API, 'M') },
    {
      label: 'Task ID',
      pattern: TASK_ID,
      example: 'task_01k2m3n4p5q6r7s8t9v0w1x2y3',
      source: source(`${WEB_API}; ${NF_TASK_CLIENTS}`, 'M', CHECKED),
    },
    {
      label: 'Video ID (API)',
      pattern: VIDEO_ID,
      example: 'video_68d7512d07848190b3e45da0ecbebcde004da08e1e0678d5',
      source: source(OPENAI_PY_VIDEO, 'H'),
    },
  ],
  parseResponse,
  parseDom,
  parseBalance,
};

export const sora: ProviderDefinition = /* @__PURE__ */ withFacts(soraCapture, () => ({
  stuckAfterMinutes: fact(60, 'AVA default: no documented Sora timeout', 'L'),
  support: {
    channels: [
      {
        kind: 'help-center',
        label: 'OpenAI Help Center (chat, then billing ticket)',
        value: HELP_CENTER,
        source: source(`${HELP_CENTER} (providers-2026-12.md)`, 'H', CHECKED),
      },
    ],
    noneDocumented: 'OpenAI documents no support email address; open a billing ticket through the Help Center chat at help.openai.com.',
  },
  ticket: {
    // One per situation, like every other provider's: the one subject this file had said "failed generations" for a
    // single job, a completed but broken video and a moderation block alike. AVA's own wording (no OpenAI format).
    subjects: {
      failed: 'Sora 2 credit refund — failed generation',
      quality: 'Sora 2 goodwill credit request — defective video',
      moderation: 'Sora 2 content policy block — request for review',
      creditsNotReturned: 'Sora 2 credit refund — credits not returned after a failed generation',
    },
    accountFields: ['email', 'last4'],
    mustInclude: ['account email', 'last 4 digits of the payment method', 'the Generation IDs'],
    // Not an OpenAI format: "Sora 2 credit refund" comes from a third-party site (aivideoauditor.com); the rest of each
    // subject is written here. mustInclude is that site's too.
    source: source(
      'Third-party site (aivideoauditor.com, JoeChenZ/aivideoauditor-app app/sora-refund/page.tsx), subjects per ' +
        'situation written here (2026-12-07); no OpenAI ticket format',
      'L',
      CHECKED,
    ),
  },
  policy: {
    // Article 8264644 (cited before) is about prepaid API credits and has no goodwill sentence: not Sora's policy.
    autoRefundOnFailure: fact<boolean | 'unknown'>('unknown', NO_FAILED_POLICY, 'M', CHECKED),
    qualityClaims: fact('OpenAI documents no policy for completed but unsatisfactory Sora videos.', NO_FAILED_POLICY, 'M', CHECKED),
    moderation: fact('OpenAI documents no appeal for Sora content-policy blocks.', NO_FAILED_POLICY, 'M', CHECKED),
    summary: fact(
      'OpenAI documents no refund for failed Sora generations and says Sora credits are non-refundable; ' +
        'the Sora app closed on 26 April 2026.',
      `${HELP_WINDDOWN} (credits non-refundable, per a third-party summary, search idx 65943542985); ${HELP_DISCONTINUED}`,
      'M',
      CHECKED,
    ),
  },
  lifecycle: {
    status: 'discontinued',
    events: [
      {
        label: 'Sora web and mobile app discontinued',
        date: '2026-04-26',
        source: source(`${HELP_DISCONTINUED}; ${HELP_WINDDOWN}`, 'H', CHECKED),
      },
      { label: 'Sora credits usable for Codex and ChatGPT for Excel', date: '2026-05-05', source: source(HELP_WINDDOWN, 'H') },
      { label: 'Videos API and sora-2 models shut down', date: '2026-09-24', source: source(VIDEO_GUIDE, 'H') },
      // No "last day for refund tickets": the 2026-09-30 date traced only to a third-party site, so it is not a date
      // AVA reminds anyone of.
    ],
    migration: [
      { useCase: 'Short clips with native audio', suggestion: 'Veo 3 (8 s max, native audio, cheaper per second)' },
      { useCase: 'Stylized motion', suggestion: 'Pika' },
      { useCase: 'Character consistency across cuts', suggestion: 'Runway Gen-4 References' },
      { useCase: 'Long-form (over 8 s)', suggestion: 'No consumer option at present' },
    ],
  },
  terms: {
    // No quality terms of OpenAI's own: the five technical names are AVA's descriptions (they trace to a third-party
    // site, not to OpenAI), so the canonical names apply without claiming OpenAI recognises them.
    moderation: {
      term: 'Content policy block',
      codes: ['moderation_blocked', 'sora_content_violation'],
      source: source(OPENAI_PY_VIDEO, 'M'),
    },
    generation_error: { term: 'Generation failed', codes: ['sora_error'], source: source(WEB_API, 'M') },
  },
}));
