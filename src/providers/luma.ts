import { fact, source } from '../shared/facts.ts';
import type { Generation, GenerationStatus, HardFailureKind } from '../shared/generation.ts';
import { collect, compact, iso, isRecord, lookup, pick, str, url } from './parse-util.ts';
import { ParseError, type ParseResult, type ProviderCapture, type ProviderDefinition, withFacts } from './types.ts';

// Sources (shared/providers.md, checked 2026-11-25; API docs re-checked with `search`).
const SDK_GENERATION = 'https://github.com/lumalabs/lumaai-python/blob/main/src/lumaai/types/generation.py';
const API_ERRORS = 'https://docs.lumalabs.ai/docs/errors';
const API_FAQ = 'https://docs.lumalabs.ai/docs/faq';
const AGENTS_ERRORS = 'https://docs.agents.lumalabs.ai/guides/error-handling/';
const HELP_CENTER = 'https://lumaai-help.freshdesk.com/';
const HELP_FAILED_REFUND = 'https://lumaai-help.freshdesk.com/support/solutions/articles/151000221533';
// The web app's own shape (2024 public clients; no evidence found for today's app): state pending|processing|completed|failed.
// WEB_CLIENTS: yihong0618/LumaDreamCreator luma/luma.py @6d9e188; LumaAI-API/Luma-API models.go @291c41f (provenance.json).
const CHECKED = '2026-12-06';
const FRESHDESK_FORM_FIELDS = 'https://support.freshdesk.com/solution/articles/154064-pre-populating-feedback-widget-form';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The official API's words (queued, dreaming) and the web app's (pending, processing; WEB_CLIENTS). */
const STATES: Record<string, GenerationStatus> = {
  queued: 'queued',
  pending: 'queued',
  dreaming: 'running',
  processing: 'running',
  completed: 'succeeded',
  failed: 'failed',
};
/** A state word: an unknown one is kept as `unknown` with the word verbatim, never dropped. */
const STATE_WORD = /^[a-z][a-z_]{1,39}$/;

/** `failure_code` (Luma API error-handling guide): moderation is the only non-technical one. */
const FAILURE_CODES: Record<string, HardFailureKind> = {
  content_moderated: 'moderation',
  generation_failed: 'generation_error',
  budget_exhausted: 'generation_error',
  output_not_found: 'generation_error',
  image_too_large: 'generation_error',
  unsupported_format: 'generation_error',
  corrupt_input: 'generation_error',
  invalid_request: 'generation_error',
};

/**
 * `failure_reason` texts (Luma API errors page, H; the last two observed, M). Prompt and keyframe checks run on the
 * input, so they are input moderation; "Advanced moderation failed" does not say which side, so it stays generic.
 */
const REASONS: readonly [RegExp, HardFailureKind][] = [
  [/contains blacklisted words/i, 'moderation_input'],
  [/frame moderation failed/i, 'moderation_input'],
  [/advanced prompt moderation failed/i, 'moderation_input'],
  [/failed to moderate image/i, 'moderation_input'],
  [/advanced moderation failed/i, 'moderation'],
  [/moderat|blacklist/i, 'moderation'],
];

export function lumaFailureKind(code: string | undefined, reason: string | undefined): HardFailureKind {
  const byCode = lookup(FAILURE_CODES, code);
  if (byCode) return byCode;
  if (reason) for (const [re, kind] of REASONS) if (re.test(reason)) return kind;
  return 'generation_error';
}

/** The clip: the API's `assets.video` (a URL string) or the web app's `video: {url, download_url}`. */
function videoUrl(o: Record<string, unknown>): string | undefined {
  if (isRecord(o.assets) && typeof o.assets.video === 'string') return url(o.assets.video);
  if (isRecord(o.video)) return url(o.video.url ?? o.video.download_url);
  return undefined;
}

/**
 * API generation `{id (uuid), state, failure_reason, failure_code?, assets:{video}, request:{prompt}}` and the web
 * app's `{id, prompt, state, video:{url}, created_at, estimate_wait_seconds}` (no failure reason on the web shape).
 */
function fromGeneration(o: Record<string, unknown>): Generation | { problem: string } | undefined {
  const id = str(o.id, 200);
  const state = str(o.state, 40);
  if (!id || !state) return undefined;
  if (!UUID.test(id) || !STATE_WORD.test(state)) {
    const what = `id ${JSON.stringify(id.slice(0, 60))} or state ${JSON.stringify(state.slice(0, 30))}`;
    return { problem: `skipped a generation: ${what} not readable` };
  }
  let status = lookup(STATES, state) ?? 'unknown';
  const message = str(o.failure_reason);
  const providerCode = str(o.failure_code, 120);
  const failureKind = status === 'failed' ? lumaFailureKind(providerCode, message) : undefined;
  if (failureKind?.startsWith('moderation')) status = 'blocked';
  return compact<Generation>({
    provider: 'luma',
    id,
    status,
    providerStatus: state,
    failureKind,
    providerCode,
    message,
    prompt: pick(o, ['request.prompt', 'prompt']),
    videoUrl: videoUrl(o),
    createdAt: iso(o.created_at),
    model: str(o.model, 120),
    source: 'network',
  });
}

function parseResponse(_url: string, body: unknown): ParseResult {
  const { generations, problems } = collect('Luma', body, (o) => fromGeneration(o));
  // `GET /generations` answers `{generations: [...], count, has_more}`; an empty page is not an error.
  // The web app's list is a bare array (WEB_CLIENTS); an empty one is an empty page too.
  const knownEnvelope = (isRecord(body) && Array.isArray(body.generations)) || (Array.isArray(body) && body.length === 0);
  if (!generations.length && !problems.length && !knownEnvelope) {
    throw new ParseError('Luma: no generation objects ({id: uuid, state: pending|queued|processing|dreaming|completed|failed}) here');
  }
  return { generations, problems };
}

const CREATION = /\/dream-machine\/creations\/([0-9a-f-]{36})/i;

/** Fallback: the creation page URL and links to creations carry the generation uuid; the status is not readable. */
function parseDom(root: ParentNode, pageUrl: string): ParseResult {
  const ids = new Set<string>();
  try {
    const m = CREATION.exec(new URL(pageUrl).pathname);
    if (m && UUID.test(m[1]!)) ids.add(m[1]!.toLowerCase());
  } catch {
    // an unparsable page URL just gives no ID
  }
  for (const a of root.querySelectorAll<HTMLAnchorElement>('a[href*="/dream-machine/creations/"]')) {
    const m = CREATION.exec(a.getAttribute('href') ?? '');
    if (m && UUID.test(m[1]!)) ids.add(m[1]!.toLowerCase());
  }
  return {
    generations: [...ids].map((id) => ({ provider: 'luma', id, status: 'unknown' as const, source: 'dom' as const })),
    problems: [],
  };
}

export const lumaCapture: ProviderCapture = {
  id: 'luma',
  name: 'Luma Dream Machine',
  hosts: ['lumalabs.ai', 'app.lumalabs.ai'],
  // Only Dream Machine (creations at /dream-machine/creations/{uuid}, public code, M): lumalabs.ai also hosts other
  // products and the marketing site. In 2026 /dream-machine redirects to the /app page (idx 71370909521, L), whose
  // "Try Ray3.2" links to the product app on app.lumalabs.ai (a 2026-09-27 audit note, find_string id 70144455733, L-M):
  // that host is the app's own, so all of it is matched.
  matches: ['https://lumalabs.ai/dream-machine/*', 'https://app.lumalabs.ai/*'],
  testUrls: [
    'https://lumalabs.ai/dream-machine/creations/2b7e9d4c-1a3f-4c5e-9b8d-6f0a1e2d3c4b',
    'https://lumalabs.ai/dream-machine/creations/7c1d2e3f-4a5b-4c6d-8e9f-a0b1c2d3e4f5?view=detail',
    'https://app.lumalabs.ai/',
  ],
  apiUrls: [
    /^https:\/\/api\.lumalabs\.ai\/dream-machine\/v1\/generations/,
    // The web app's own endpoints are not documented; any lumalabs.ai JSON whose path names generations is offered
    // to the parser, which only accepts the generation shapes. This includes the 2024 web app's
    // internal-api.virginia.labs.lumalabs.ai/api/photon/v1/user/generations (WEB_CLIENTS, M then; L now).
    /^https:\/\/([a-z0-9-]+\.)*lumalabs\.ai\/[^?#]*generations/,
  ],
  // The asset CDN host is not named in a source we could check.
  mediaHosts: [],
  idFormats: [
    { label: 'Generation ID', pattern: UUID, example: '2b7e9d4c-1a3f-4c5e-9b8d-6f0a1e2d3c4b', source: source(SDK_GENERATION, 'H') },
  ],
  parseResponse,
  parseDom,
};

export const luma: ProviderDefinition = /* @__PURE__ */ withFacts(lumaCapture, () => ({
  stuckAfterMinutes: fact(60, 'AVA default: no documented Luma timeout', 'L'),
  support: {
    channels: [
      { kind: 'help-center', label: 'Luma Help Center', value: HELP_CENTER, source: source(HELP_CENTER, 'H') },
      {
        kind: 'email',
        label: 'Luma web support (subscription refunds)',
        value: 'support+web@lumalabs.ai',
        source: source(`${HELP_CENTER} (subscription refund article)`, 'H'),
      },
      {
        // The help center is a Freshdesk portal (H); /support/tickets/new is the Freshdesk portal's new-ticket page.
        kind: 'ticket-form',
        form: 'freshdesk',
        label: 'Luma Help Center: new support ticket',
        value: 'https://lumaai-help.freshdesk.com/support/tickets/new',
        source: source(`${HELP_CENTER} (Freshdesk portal); ${FRESHDESK_FORM_FIELDS}`, 'M'),
      },
    ],
  },
  ticket: {
    subjects: {
      failed: 'Dream Machine: failed generation — credits',
      quality: 'Dream Machine: defective generation — goodwill request',
      moderation: 'Dream Machine: moderation block I believe is a mistake',
      creditsNotReturned: 'Dream Machine: credits not returned after a failed generation',
    },
    accountFields: ['email'],
    // Luma asks subscription-refund emails for the reason, the account email and the invoice number.
    mustInclude: ['the reason', 'account email', 'invoice number (for a subscription refund)', 'the generation IDs'],
    source: source(`${HELP_CENTER} (subscription refund article)`, 'H'),
  },
  policy: {
    autoRefundOnFailure: fact<boolean | 'unknown'>(true, `${HELP_FAILED_REFUND}; ${API_FAQ}`, 'H', CHECKED),
    qualityClaims: fact(
      'Luma states no policy for completed but unsatisfactory generations.',
      'No Luma statement found (shared/providers-2026-12.md 1.4)',
      'L',
      CHECKED,
    ),
    moderation: fact(
      'If you think a moderation block is wrong, Luma asks you to reach out through the form on its website.',
      API_ERRORS,
      'H',
    ),
    summary: fact(
      'Luma refunds the credits of a failed generation automatically, moderation failures included; it may take a few minutes.',
      HELP_FAILED_REFUND,
      'H',
      CHECKED,
    ),
    // "May take a few minutes", no number: AVA waits an hour before calling the credits missing.
    refundWithinMinutes: fact(60, `${HELP_FAILED_REFUND}: "may take a few minutes" (60 is AVA's margin)`, 'M', CHECKED),
    // The FAQ section's own heading is the title; the help article (title not in any stored copy) says the same.
    refundCitation: {
      title: 'What if my generation fails',
      says: 'if a generation fails, the amount is fully refunded to the credit balance',
      source: source(`${API_FAQ} ("What if my generation fails"); ${HELP_FAILED_REFUND}`, 'H', CHECKED),
    },
  },
  lifecycle: { status: 'active', events: [] },
  terms: {
    moderation_input: {
      term: 'Advanced prompt moderation failed',
      codes: ['Contains blacklisted words', 'Frame moderation failed', 'Advanced prompt moderation failed'],
      source: source(API_ERRORS, 'H'),
    },
    moderation: {
      term: 'content_moderated',
      codes: ['content_moderated', 'Advanced moderation failed'],
      source: source(AGENTS_ERRORS, 'M'),
    },
    generation_error: {
      term: 'generation_failed',
      codes: ['generation_failed', 'output_not_found', 'budget_exhausted'],
      source: source(AGENTS_ERRORS, 'M'),
    },
  },
}));
