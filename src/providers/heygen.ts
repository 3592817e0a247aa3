import { fact, source } from '../shared/facts.ts';
import type { Generation, GenerationStatus, HardFailureKind } from '../shared/generation.ts';
import { compact, isRecord, lookup, pick, statusAnswers, str, url } from './parse-util.ts';
import { ParseError, type ParseResult, type ProviderCapture, type ProviderDefinition, withFacts } from './types.ts';

// Sources (checked 2026-12-06).
const CHECKED = '2026-12-06';
const REFUND = 'https://help.heygen.com/en/articles/8304807-refund-policy';
/** `GET /v1/video_status.get?video_id=…` → `{data:{status, video_url, error}}`; `POST /v2/video/generate` → `{data:{video_id}}`. */
const STATUS_API =
  'idx 54676460059, 71404103914, 51867653749, 60528496579 (clients of api.heygen.com video_status.get, statuses completed|failed|…)';
/** The dashboard's own words for a failed render, and 32-hex video IDs (docs.heygen.com discussions). */
const DASHBOARD = 'https://docs.heygen.com/discuss/663cba90e4441d0045e9e2a3 ("video render failed, we are looking into the issue")';
/** The web app calls private api2.heygen.com endpoints with its session cookie (idx 51948025887, 56737189946). */
const WEB_HOST = 'idx 51948025887, 56737189946 (HeyGen web app: private api2.heygen.com endpoints, cookie auth)';
const NOTES = 'shared/providers-2026-12.md §2.1 (HeyGen UI "Video render failed … Video credits refunded")';

const sourced = (ref: string, c: 'H' | 'M' | 'L') => source(ref, c, CHECKED);
const VIDEO_ID = /^[0-9a-f]{32}$/;

const STATUS: Record<string, GenerationStatus> = {
  pending: 'queued',
  waiting: 'queued',
  processing: 'running',
  completed: 'succeeded',
  failed: 'failed',
};

const MODERATION = /moderat|content polic|violat|inappropriate|not allowed/i;

/** `video_id` from a status poll URL: the answer itself may not repeat it. */
export function heygenVideoIdFromUrl(raw: string): string | undefined {
  try {
    const id = new URL(raw).searchParams.get('video_id') ?? undefined;
    return id && VIDEO_ID.test(id) ? id : undefined;
  } catch {
    return undefined;
  }
}

function parseOne(reqUrl: string, body: unknown): ParseResult {
  if (!isRecord(body) || !('data' in body || 'error' in body || 'code' in body)) {
    throw new ParseError('HeyGen: expected the API envelope {code?, data, error?, message?}');
  }
  const data = isRecord(body.data) ? body.data : undefined;
  const id = [str(data?.video_id, 40), str(data?.id, 40), heygenVideoIdFromUrl(reqUrl)].find((s): s is string => !!s && VIDEO_ID.test(s));
  const raw = data ? str(data.status, 40) : undefined;
  if (!data || (!raw && !data.video_id)) {
    // A refused request (`{error:{code, message}, data:null}`) names no video.
    const err = isRecord(body.error) ? body.error : undefined;
    if (err || (typeof body.code === 'number' && body.code !== 100)) {
      const code = err?.code ? ` (${String(err.code)})` : '';
      const text = (err && pick(err, ['message'])) ?? str(body.message) ?? 'no message';
      return { generations: [], problems: [`HeyGen refused the request${code}: ${text}`] };
    }
    return { generations: [], problems: [] };
  }
  if (!id)
    return { generations: [], problems: [`skipped a HeyGen video: no 32-hex video ID in the body or the URL (status ${raw ?? 'none'})`] };
  let status: GenerationStatus = raw ? (lookup(STATUS, raw.toLowerCase()) ?? 'unknown') : 'queued';
  const err = isRecord(data.error) ? data.error : undefined;
  const message = (err && pick(err, ['message', 'detail'])) ?? (typeof data.error === 'string' ? str(data.error) : undefined);
  const code = err && (typeof err.code === 'number' || typeof err.code === 'string') ? String(err.code) : undefined;
  let failureKind: HardFailureKind | undefined;
  if (status === 'failed') {
    failureKind = MODERATION.test(message ?? '') ? 'moderation' : 'generation_error';
    if (failureKind === 'moderation') status = 'blocked';
  }
  const generation = compact<Generation>({
    provider: 'heygen',
    id,
    status,
    providerStatus: raw ?? 'submitted',
    failureKind,
    providerCode: failureKind ? (code ?? raw) : undefined,
    message: failureKind || status === 'unknown' ? message : undefined,
    videoUrl: status === 'succeeded' ? url(data.video_url) : undefined,
    durationS: typeof data.duration === 'number' && data.duration >= 0 && data.duration < 86_400 ? data.duration : undefined,
    source: 'network',
  });
  return { generations: [generation], problems: [] };
}

/**
 * One status answer, or a saved list of them (what `ava extract` may be given, and the demo's file): in a list the
 * URL names no single job, so each answer must carry its own ID.
 */
const parseResponse = (reqUrl: string, body: unknown): ParseResult => statusAnswers('HeyGen', reqUrl, body, parseOne);

/** Project pages are undocumented; the status answers are the source. */
function parseDom(): ParseResult {
  return { generations: [], problems: [] };
}

export const heygenCapture: ProviderCapture = {
  id: 'heygen',
  name: 'HeyGen',
  hosts: ['app.heygen.com'],
  matches: ['https://app.heygen.com/*'],
  testUrls: ['https://app.heygen.com/'],
  apiUrls: [
    /^https:\/\/api2?\.heygen\.com\/v1\/video_status\.get\?/, // status poll (STATUS_API; api2 = the web app's host, WEB_HOST)
    /^https:\/\/api2?\.heygen\.com\/v2\/video\/generate(\?|$)/, // submission answer with the new video_id
  ],
  mediaHosts: [],
  idFormats: [
    {
      label: 'Video ID',
      pattern: VIDEO_ID,
      example: 'ba6c802a4de4418f84272c1fdc0dfaf8',
      source: sourced(`${DASHBOARD}; ${STATUS_API}; ${WEB_HOST}`, 'M'),
    },
  ],
  parseResponse,
  parseDom,
};

export const heygen: ProviderDefinition = /* @__PURE__ */ withFacts(heygenCapture, () => ({
  stuckAfterMinutes: fact(60, 'AVA default: no documented HeyGen render timeout', 'L', CHECKED),
  support: {
    channels: [
      { kind: 'help-center', label: 'HeyGen Help Center', value: 'https://help.heygen.com/', source: sourced(REFUND, 'H') },
      // The refund article names live chat on the platform and an email address; the stored copy hides the address,
      // so AVA does not guess it.
      { kind: 'chat', label: 'HeyGen live chat (in the app)', value: 'https://app.heygen.com/', source: sourced(REFUND, 'H') },
    ],
  },
  ticket: {
    subjects: {
      failed: 'HeyGen: video render failed — credits',
      quality: 'HeyGen: rendering fault in my video — fix and credit refund',
      moderation: 'HeyGen: video blocked by moderation that I believe is a mistake',
      creditsNotReturned: 'HeyGen: failed render — video credits not refunded',
    },
    accountFields: ['email'],
    // HeyGen's refund article asks for exactly these for a rendering fault; the draft names them.
    mustInclude: ['account email', 'the video ID', 'the problematic part of the video (where it is and what is wrong)'],
    source: sourced(REFUND, 'H'),
  },
  policy: {
    autoRefundOnFailure: fact<boolean | 'unknown'>(true, NOTES, 'M', CHECKED),
    qualityClaims: fact(
      'For inaccuracies in a render caused by a technical issue, HeyGen asks for the video ID and the problematic part, then ' +
        'investigates, fixes the video and refunds the credits used for it.',
      REFUND,
      'H',
      CHECKED,
    ),
    moderation: fact('HeyGen documents no appeal for moderated videos.', 'No policy found (searched 2026-12-06)', 'L', CHECKED),
    summary: fact(
      'HeyGen’s refund policy: credits used on a render with inaccuracies caused by a technical issue are refunded once HeyGen has ' +
        'investigated the video ID and the problematic part; payments are otherwise generally non-refundable, so the outcome is not ' +
        'guaranteed.',
      REFUND,
      'H',
      CHECKED,
    ),
    refundCitation: {
      title: 'Refund Policy',
      says:
        'for inaccuracies in the video rendering due to a technical issue, HeyGen will investigate, fix the video and refund the ' +
        'credits used for it, given the video ID and the problematic part',
      // HeyGen refunds after it has looked, so the person gives what it asks for rather than saying nothing came back.
      mine: 'the video ID and what went wrong are below',
      source: sourced(REFUND, 'H'),
    },
  },
  billing: { kind: 'credits', unit: 'credits', source: sourced(REFUND, 'H') },
  lifecycle: { status: 'active', events: [] },
  terms: {
    generation_error: { term: 'Video render failed', codes: ['failed'], source: sourced(`${DASHBOARD}; ${STATUS_API}`, 'M') },
  },
}));
