import { fact, source } from '../shared/facts.ts';
import type { Generation, GenerationStatus, HardFailureKind } from '../shared/generation.ts';
import { collect, compact, iso, isRecord, lookup, pick, str, url } from './parse-util.ts';
import { ParseError, type ParseResult, type ProviderDefinition } from './types.ts';

// Sources (shared/providers.md, checked 2026-11-25; API docs re-checked with `search`).
const SDK_GENERATION = 'https://github.com/lumalabs/lumaai-python/blob/main/src/lumaai/types/generation.py';
const API_ERRORS = 'https://docs.lumalabs.ai/docs/errors';
const API_FAQ = 'https://docs.lumalabs.ai/docs/faq';
const AGENTS_ERRORS = 'https://docs.agents.lumalabs.ai/guides/error-handling/';
const HELP_CENTER = 'https://lumaai-help.freshdesk.com/';
const FRESHDESK_FORM_FIELDS = 'https://support.freshdesk.com/solution/articles/154064-pre-populating-feedback-widget-form';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const STATES: Record<string, GenerationStatus> = { queued: 'queued', dreaming: 'running', completed: 'succeeded', failed: 'failed' };

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

/** API / web generation `{id (uuid), state, failure_reason, failure_code?, assets:{video}, request:{prompt}}`. */
function fromGeneration(o: Record<string, unknown>): Generation | { problem: string } | undefined {
  const id = str(o.id, 200);
  const state = str(o.state, 40);
  if (!id || !state) return undefined;
  const mapped = lookup(STATES, state);
  if (!UUID.test(id) || !mapped) return { problem: `skipped a generation: id ${JSON.stringify(id.slice(0, 60))} or state ${JSON.stringify(state.slice(0, 30))} not recognised` };
  let status = mapped;
  const message = str(o.failure_reason);
  const providerCode = str(o.failure_code, 120);
  const failureKind = status === 'failed' ? lumaFailureKind(providerCode, message) : undefined;
  if (failureKind?.startsWith('moderation')) status = 'blocked';
  const assets = isRecord(o.assets) ? o.assets : undefined;
  return compact<Generation>({
    provider: 'luma',
    id,
    status,
    providerStatus: state,
    failureKind,
    providerCode,
    message,
    prompt: pick(o, ['request.prompt', 'prompt']),
    videoUrl: assets ? url(assets.video) : undefined,
    createdAt: iso(o.created_at),
    source: 'network',
  });
}

function parseResponse(_url: string, body: unknown): ParseResult {
  const { generations, problems } = collect('Luma', body, (o) => fromGeneration(o));
  // `GET /generations` answers `{generations: [...], count, has_more}`; an empty page is not an error.
  const knownEnvelope = isRecord(body) && Array.isArray(body.generations);
  if (!generations.length && !problems.length && !knownEnvelope) {
    throw new ParseError('Luma: no generation objects ({id: uuid, state: queued|dreaming|completed|failed}) in this response');
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
  return { generations: [...ids].map((id) => ({ provider: 'luma', id, status: 'unknown' as const, source: 'dom' as const })), problems: [] };
}

export const luma: ProviderDefinition = {
  id: 'luma',
  name: 'Luma Dream Machine',
  hosts: ['lumalabs.ai'],
  // Only Dream Machine (creations at /dream-machine/creations/{uuid}, public code, M): lumalabs.ai also hosts other
  // products and the marketing site.
  matches: ['https://lumalabs.ai/dream-machine/*'],
  testUrls: [
    'https://lumalabs.ai/dream-machine/creations/2b7e9d4c-1a3f-4c5e-9b8d-6f0a1e2d3c4b',
    'https://lumalabs.ai/dream-machine/creations/7c1d2e3f-4a5b-4c6d-8e9f-a0b1c2d3e4f5?view=detail',
  ],
  apiUrls: [
    /^https:\/\/api\.lumalabs\.ai\/dream-machine\/v1\/generations/,
    // The web app's own endpoints are not documented; any lumalabs.ai JSON whose path names generations is offered
    // to the parser, which only accepts the documented generation shape.
    /^https:\/\/([a-z0-9-]+\.)*lumalabs\.ai\/[^?#]*generations/,
  ],
  // The asset CDN host is not named in a source we could check.
  mediaHosts: [],
  idFormats: [{ label: 'Generation ID', pattern: UUID, example: '2b7e9d4c-1a3f-4c5e-9b8d-6f0a1e2d3c4b', source: source(SDK_GENERATION, 'H') }],
  stuckAfterMinutes: fact(60, 'AVA default: no documented Luma timeout', 'L'),
  support: {
    channels: [
      { kind: 'help-center', label: 'Luma Help Center', value: HELP_CENTER, source: source(HELP_CENTER, 'H') },
      { kind: 'email', label: 'Luma web support (subscription refunds)', value: 'support+web@lumalabs.ai', source: source(`${HELP_CENTER} (subscription refund article)`, 'H') },
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
    autoRefundOnFailure: fact<boolean | 'unknown'>(true, `${API_FAQ}; ${HELP_CENTER}`, 'H'),
    qualityClaims: fact('Luma refunds failed generations; completed but unsatisfactory ones are not refunded by policy, so a request is goodwill.', 'shared/providers.md ("What this means for AVA")', 'M'),
    moderation: fact('If you think a moderation block is wrong, Luma asks you to reach out through the form on its website.', API_ERRORS, 'H'),
    summary: fact(
      'Luma’s policy: failed generations are refunded to your credit balance automatically; subscription refunds are possible within 30 days of start or renewal by email to support+web@lumalabs.ai with the reason, account email and invoice number. A completed but unsatisfactory generation is a goodwill request and the outcome is not guaranteed.',
      `${API_FAQ}; ${HELP_CENTER}`,
      'H',
    ),
  },
  lifecycle: { status: 'active', events: [] },
  terms: {
    moderation_input: { term: 'Advanced prompt moderation failed', codes: ['Contains blacklisted words', 'Frame moderation failed', 'Advanced prompt moderation failed'], source: source(API_ERRORS, 'H') },
    moderation: { term: 'content_moderated', codes: ['content_moderated', 'Advanced moderation failed'], source: source(AGENTS_ERRORS, 'M') },
    generation_error: { term: 'generation_failed', codes: ['generation_failed', 'output_not_found', 'budget_exhausted'], source: source(AGENTS_ERRORS, 'M') },
  },
  parseResponse,
  parseDom,
};
