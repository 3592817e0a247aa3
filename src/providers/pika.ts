import { fact, source } from '../shared/facts.ts';
import type { Generation, GenerationStatus, HardFailureKind } from '../shared/generation.ts';
import { collect, compact, iso, isRecord, pick, ratio, str, url } from './parse-util.ts';
import { ParseError, type ParseResult, type ProviderDefinition } from './types.ts';

// Sources (shared/providers.md, checked 2026-11-25). Pika publishes no API reference for its web app.
const WEB_CODE = 'Pika web app internal API, public code (shared/providers.md)';
const OPERATOR = 'Pika terms / public listings: operator Mellis, Inc. (shared/providers.md)';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MODERATION_TEXT = /moderat|nsfw|content polic|inappropriate|safety|violat/i;

/** The app's status words (M). Only `queued` and `finished` are known; anything else is reported, not guessed. */
const KNOWN = new Set(['queued', 'finished']);

function errorOf(v: unknown): { code?: string; message?: string } {
  if (typeof v === 'string') return { message: str(v) };
  if (isRecord(v)) return { code: str(v.code, 120), message: pick(v, ['message', 'detail', 'reason']) };
  return {};
}

/** Web video `{id (uuid), status: queued|finished, resultUrl, error, progress}`. */
function fromVideo(o: Record<string, unknown>): Generation | { problem: string } | undefined {
  const id = str(o.id, 200);
  const providerStatus = str(o.status, 40);
  if (!id || !providerStatus || !UUID.test(id)) return undefined;
  if (!KNOWN.has(providerStatus)) return { problem: `skipped video ${id}: status ${JSON.stringify(providerStatus.slice(0, 30))} not recognised` };
  const videoUrl = url(o.resultUrl ?? o.videoUrl);
  const err = o.error !== null && o.error !== undefined && o.error !== '' ? errorOf(o.error) : undefined;
  const progress = ratio(o.progress, typeof o.progress === 'number' && o.progress > 1 ? 100 : 1);
  let status: GenerationStatus;
  let failureKind: HardFailureKind | undefined;
  if (err) {
    failureKind = err.message && MODERATION_TEXT.test(err.message) ? 'moderation' : 'generation_error';
    status = failureKind === 'moderation' ? 'blocked' : 'failed';
  } else if (providerStatus === 'finished') {
    // "finished" with neither a result nor an error delivered nothing: report it, the person decides.
    status = videoUrl ? 'succeeded' : 'failed';
    if (!videoUrl) failureKind = 'generation_error';
  } else {
    // Pika keeps "queued" while rendering; progress above zero tells the two apart.
    status = progress && progress > 0 ? 'running' : 'queued';
  }
  return compact<Generation>({
    provider: 'pika',
    id,
    status,
    providerStatus,
    failureKind,
    providerCode: err?.code,
    message: err?.message,
    prompt: pick(o, ['promptText', 'prompt', 'params.promptText']),
    videoUrl,
    createdAt: iso(o.createdAt ?? o.created_at),
    progress,
    source: 'network',
  });
}

function parseResponse(_url: string, body: unknown): ParseResult {
  const { generations, problems } = collect('Pika', body, (o) => fromVideo(o));
  if (!generations.length && !problems.length) {
    throw new ParseError('Pika: no video objects ({id: uuid, status: queued|finished, resultUrl, error}) in this response');
  }
  return { generations, problems };
}

const VIDEO_PATH = /\/video\/([0-9a-f-]{36})(?:[/?#]|$)/i;

/** Fallback: the video page URL and links to `/video/{uuid}` carry the ID; the status is not readable from the DOM. */
function parseDom(root: ParentNode, pageUrl: string): ParseResult {
  const ids = new Set<string>();
  try {
    const m = VIDEO_PATH.exec(new URL(pageUrl).pathname);
    if (m && UUID.test(m[1]!)) ids.add(m[1]!.toLowerCase());
  } catch {
    // an unparsable page URL just gives no ID
  }
  for (const a of root.querySelectorAll<HTMLAnchorElement>('a[href*="/video/"]')) {
    const m = VIDEO_PATH.exec(a.getAttribute('href') ?? '');
    if (m && UUID.test(m[1]!)) ids.add(m[1]!.toLowerCase());
  }
  return { generations: [...ids].map((id) => ({ provider: 'pika', id, status: 'unknown' as const, source: 'dom' as const })), problems: [] };
}

export const pika: ProviderDefinition = {
  id: 'pika',
  name: 'Pika',
  hosts: ['pika.art'],
  // pika.art only: pika.style is an unrelated product.
  matches: ['https://pika.art/*'],
  testUrls: [
    'https://pika.art/video/5d3c2b1a-0f9e-4d8c-b7a6-1e2f3a4b5c6d',
    'https://pika.art/video/a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d?share=1',
  ],
  // The app's own endpoints are undocumented; JSON from pika.art hosts is offered and only the known shape is kept.
  apiUrls: [/^https:\/\/([a-z0-9-]+\.)*pika\.art\//],
  mediaHosts: [],
  idFormats: [{ label: 'Video ID', pattern: UUID, example: '5d3c2b1a-0f9e-4d8c-b7a6-1e2f3a4b5c6d', source: source(WEB_CODE, 'M') }],
  stuckAfterMinutes: fact(60, 'AVA default: no documented Pika timeout', 'L'),
  support: {
    channels: [
      { kind: 'email', label: 'Pika support', value: 'support@pika.art', source: source(OPERATOR, 'L') },
      { kind: 'email', label: 'Pika billing', value: 'billing@pika.art', source: source(OPERATOR, 'L') },
    ],
  },
  ticket: {
    subjects: {
      failed: 'Pika: failed generation — credits',
      quality: 'Pika: defective generation — request for review',
      moderation: 'Pika: content block I believe is a mistake',
      creditsNotReturned: 'Pika: failed generation — credits not returned',
    },
    accountFields: ['email'],
    mustInclude: ['account email', 'the video links or IDs', 'what happened'],
    source: source('No ticket format documented by Pika; AVA generic wording', 'L'),
  },
  policy: {
    autoRefundOnFailure: fact<boolean | 'unknown'>('unknown', 'shared/providers.md: no Pika refund policy found', 'L'),
    qualityClaims: fact('Pika documents no policy for completed but unsatisfactory output.', 'shared/providers.md (no policy found)', 'L'),
    moderation: fact('Pika documents no appeal for content blocks.', 'shared/providers.md (no policy found)', 'L'),
    summary: fact(
      'Pika publishes no refund policy that AVA could find, so this is a request and the outcome is not guaranteed.',
      'shared/providers.md Pika',
      'L',
    ),
  },
  lifecycle: { status: 'active', events: [] },
  // Pika has no documented codes of its own: the canonical names are used.
  terms: {},
  parseResponse,
  parseDom,
};
