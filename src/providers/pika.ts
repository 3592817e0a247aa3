import { fact, source } from '../shared/facts.ts';
import type { Generation, GenerationStatus, HardFailureKind } from '../shared/generation.ts';
import { compact, iso, isRecord, pick, ratio, str, url, walkObjects } from './parse-util.ts';
import { ParseError, type ParseResult, type ProviderCapture, type ProviderDefinition, withFacts } from './types.ts';

// Sources (shared/providers.md, checked 2026-11-25; real-shapes.md / providers-2026-12.md, re-checked 2026-12-06).
const WEB_CODE = 'Pika web app internal API, public code (shared/providers.md)';
const LIBRARY_CODE =
  'andrewarrow/inspiredby2 pika/list.go @024af11 (POST pika.art/my-library, Accept: text/x-component, RSC line 1 = ' +
  '{data:{results:[{id, promptText, videos:[{id, status, resultUrl, duration}]}]}}), pika/README.md @4592c42';
const RELAY_DOCS =
  'gpt-best/w8x Pika-web relay docs (video status finished / error, error text); devapi client (search idx 48985787: failed, message)';
const PIKA_ORG =
  'Pika-Labs/Pika-Experiments README (Pika Labs’ own GitHub org: security@pika.art, fallback support@pika.art; search idx 59125460673)';
const NO_POLICY = 'providers-2026-12.md (no policy found)';
const CHECKED = '2026-12-06';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** "prompt not allowed" is the partner API's refusal text (devapi client, M). */
const MODERATION_TEXT = /moderat|nsfw|content polic|inappropriate|safety|violat|not allowed/i;

/** Status words public sources show: web `queued` / `finished` / `error`, partner API `failed`. Others stay unknown. */
const FAILED = new Set(['error', 'failed']);

function errorOf(v: unknown): { code?: string; message?: string } {
  if (typeof v === 'string') return { message: str(v) };
  if (isRecord(v)) return { code: str(v.code, 120), message: pick(v, ['message', 'detail', 'reason']) };
  return {};
}

type Found = Generation | { problem: string } | undefined;

/**
 * A video `{id (uuid), status, resultUrl, error, progress, duration}`; `parent` is the generation that lists it
 * (`{id, promptText, videos:[...]}`), whose prompt it inherits. A partner-API answer without an id takes the one in
 * its URL (`devapi.pika.art/videos/{id}`).
 */
function fromVideo(o: Record<string, unknown>, parent?: Record<string, unknown>, urlId?: string): Found {
  const providerStatus = str(o.status, 40);
  if (!providerStatus) return undefined;
  const ownId = str(o.id, 200);
  const id = ownId && UUID.test(ownId) ? ownId : !ownId && urlId ? urlId : undefined;
  const knownWord = FAILED.has(providerStatus) || providerStatus === 'queued' || providerStatus === 'finished';
  const looksLikeVideo = !!parent || (o.id === undefined && knownWord);
  const shown = JSON.stringify(providerStatus.slice(0, 30));
  if (!id) return looksLikeVideo ? { problem: `skipped a Pika video with status ${shown}: no video id` } : undefined;
  const videoUrl = url(o.resultUrl ?? o.videoUrl ?? o.url);
  const errRaw = o.error ?? (FAILED.has(providerStatus) ? o.message : undefined);
  const err = errRaw !== null && errRaw !== undefined && errRaw !== '' ? errorOf(errRaw) : undefined;
  const progress = ratio(o.progress, typeof o.progress === 'number' && o.progress > 1 ? 100 : 1);
  let status: GenerationStatus;
  let failureKind: HardFailureKind | undefined;
  if (err || FAILED.has(providerStatus)) {
    failureKind = err?.message && MODERATION_TEXT.test(err.message) ? 'moderation' : 'generation_error';
    status = failureKind === 'moderation' ? 'blocked' : 'failed';
  } else if (providerStatus === 'finished') {
    // "finished" with neither a result nor an error delivered nothing: report it, the person decides.
    status = videoUrl ? 'succeeded' : 'failed';
    if (!videoUrl) failureKind = 'generation_error';
  } else if (providerStatus === 'queued') {
    // Pika keeps "queued" while rendering; progress above zero tells the two apart.
    status = progress && progress > 0 ? 'running' : 'queued';
  } else status = 'unknown';
  const parentId = parent ? str(parent.id, 200) : undefined;
  return compact<Generation>({
    provider: 'pika',
    id,
    status,
    providerStatus,
    failureKind,
    providerCode: err?.code ?? (FAILED.has(providerStatus) ? providerStatus : undefined),
    message: err?.message,
    prompt:
      pick(o, ['promptText', 'prompt', 'params.promptText']) ?? (parent ? pick(parent, ['promptText', 'params.promptText']) : undefined),
    videoUrl,
    durationS: typeof o.duration === 'number' && o.duration >= 0 && o.duration < 86_400 ? o.duration : undefined,
    createdAt: iso(o.createdAt ?? o.created_at ?? parent?.createdAt),
    progress,
    relatedIds: parentId && parentId !== id && UUID.test(parentId) ? [parentId] : undefined,
    source: 'network',
  });
}

const PARTNER_VIDEO = /^https:\/\/devapi\.pika\.art\/videos\/([0-9a-f-]{36})(?:[/?#]|$)/i;

/**
 * Library and status bodies: one JSON value, or (the app's Next.js Server Action answers, `text/x-component`) the
 * array of RSC chunks `decodeBody` returns. Generations nest their videos; a bare video object counts too.
 */
function parseResponse(reqUrl: string, body: unknown): ParseResult {
  if (!isRecord(body) && !Array.isArray(body)) throw new ParseError('Pika: expected a JSON object or array (or RSC chunks)');
  const urlId = PARTNER_VIDEO.exec(reqUrl)?.[1];
  const generations: Generation[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  const add = (f: Found) => {
    if (!f) return;
    if ('problem' in f) problems.push(f.problem);
    else if (!seen.has(f.id)) {
      seen.add(f.id);
      generations.push(f);
    }
  };
  walkObjects(
    body,
    (o) => {
      if (Array.isArray(o.videos) && o.videos.some(isRecord)) {
        for (const v of o.videos) if (isRecord(v)) add(fromVideo(v, o));
        return true;
      }
      const f = fromVideo(o, undefined, urlId && o === body ? urlId : undefined);
      add(f);
      return f ? true : undefined;
    },
    8,
  );
  if (!generations.length && !problems.length) {
    throw new ParseError(
      'Pika: no generation ({id, promptText, videos:[...]}) or video ({id: uuid, status, resultUrl, error}) in this response',
    );
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
  return {
    generations: [...ids].map((id) => ({ provider: 'pika', id, status: 'unknown' as const, source: 'dom' as const })),
    problems: [],
  };
}

export const pikaCapture: ProviderCapture = {
  id: 'pika',
  name: 'Pika',
  // The generator moved to create.pika.art (M: public 2026 code and audits, search idx 70558149562, 68585103964);
  // pika.art still serves the library and video pages, so both stay.
  hosts: ['create.pika.art', 'pika.art'],
  // pika.art and its generator only: pika.style is an unrelated product.
  matches: ['https://create.pika.art/*', 'https://pika.art/*'],
  testUrls: [
    'https://create.pika.art/apps/pika-2-5',
    'https://create.pika.art/library',
    'https://pika.art/video/5d3c2b1a-0f9e-4d8c-b7a6-1e2f3a4b5c6d',
    'https://pika.art/video/a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d?share=1',
  ],
  // The app's own endpoints are undocumented: Server Actions on the page's origin (text/x-component), api.pika.art /
  // create-api.pika.art, devapi.pika.art for the partner API. Bodies from pika.art hosts are offered; only the known
  // shapes are kept.
  apiUrls: [/^https:\/\/([a-z0-9-]+\.)*pika\.art\//],
  mediaHosts: [],
  idFormats: [
    {
      label: 'Video ID',
      pattern: UUID,
      example: '5d3c2b1a-0f9e-4d8c-b7a6-1e2f3a4b5c6d',
      source: source(`${WEB_CODE}; ${LIBRARY_CODE}`, 'M', CHECKED),
    },
  ],
  parseResponse,
  parseDom,
};

export const pika: ProviderDefinition = /* @__PURE__ */ withFacts(pikaCapture, () => ({
  stuckAfterMinutes: fact(60, 'AVA default: no documented Pika timeout', 'L'),
  support: {
    // billing@pika.art was dropped: no source names it (providers-2026-12.md).
    channels: [{ kind: 'email', label: 'Pika support', value: 'support@pika.art', source: source(PIKA_ORG, 'H', CHECKED) }],
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
    autoRefundOnFailure: fact<boolean | 'unknown'>(
      'unknown',
      'providers-2026-12.md: no Pika refund policy found; a 2026-10 third-party audit lists failure cost as unknown ' +
        '(search idx 70749354299)',
      'L',
      CHECKED,
    ),
    qualityClaims: fact('Pika documents no policy for completed but unsatisfactory output.', NO_POLICY, 'L', CHECKED),
    moderation: fact('Pika documents no appeal for content blocks.', NO_POLICY, 'L', CHECKED),
    summary: fact('Pika publishes no refund policy for failed generations that AVA could find.', 'providers-2026-12.md Pika', 'L', CHECKED),
  },
  lifecycle: { status: 'active', events: [] },
  // Pika's own words are its video statuses; it documents no failure codes.
  terms: {
    generation_error: {
      term: 'Video status "error" (partner API: "failed")',
      codes: ['error', 'failed'],
      source: source(RELAY_DOCS, 'M', CHECKED),
    },
  },
}));
