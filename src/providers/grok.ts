import { fact, source } from '../shared/facts.ts';
import type { Generation, GenerationStatus, HardFailureKind } from '../shared/generation.ts';
import { compact, isRecord, pick, str, url } from './parse-util.ts';
import { ParseError, type ParseResult, type ProviderCapture, type ProviderDefinition, withFacts } from './types.ts';

// Sources (checked 2026-12-06). xAI documents none of the web app's internals: all from public clients (M-L).
const CHECKED = '2026-12-06';
/** `POST grok.com/rest/app-chat/conversations/new` streams `{result:{response:{streamingVideoGenerationResponse}}}`. */
const STREAM = 'idx 59708934564 (SSE lines with progress, videoPostId, videoUrl, moderated), 60875923029, 53004001074, 71516467059';
const CREATE = 'idx 1318748090, 55826947984 (CREATE_POST_API grok.com/rest/media/post/create; assets at assets.grok.com)';
/** Post pages are grok.com/imagine/post/<uuid> (userscripts and archivers that open them). */
const POST_PAGES = 'idx 5658584455, 63132782861, 61503199752 (grok.com/imagine/post/<uuid>)';
const LIMITS =
  'https://www.atlascloud.ai/blog/guides/grok-xai-image-generation-daily-limit ("failed generations still count against your limit")';
const MODERATED = 'https://www.weshop.ai/blog/grok-video-moderated-what-the-message-really-tells-us-about-ai-video/ ("Video moderated")';

const sourced = (ref: string, c: 'H' | 'M' | 'L') => source(ref, c, CHECKED);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ASSETS = 'https://assets.grok.com/';

/** What one video's frames in the stream add up to. */
interface VideoState {
  id: string;
  other?: string;
  progress?: number;
  moderated?: boolean;
  url?: string;
  prompt?: string;
  model?: string;
  /** The error chunk that ended this video's frames, verbatim. */
  error?: string;
}

/** Relative asset paths ("users/…/generated_video.mp4") live on assets.grok.com (CREATE). */
function assetUrl(v: unknown): string | undefined {
  const s = str(v, 2000);
  if (!s) return undefined;
  return /^https:\/\//i.test(s) ? url(s) : /^[\w./-]+$/.test(s) ? url(ASSETS + s.replace(/^\/+/, '')) : undefined;
}

function errorText(chunk: Record<string, unknown>): string | undefined {
  const resp = isRecord(chunk.result) && isRecord(chunk.result.response) ? chunk.result.response : undefined;
  const err = chunk.error ?? resp?.error;
  return typeof err === 'string' ? str(err, 500) : isRecord(err) ? (pick(err, ['message', 'code'], 500) ?? 'error') : undefined;
}

function toGeneration(v: VideoState): Generation {
  const error = v.error;
  let status: GenerationStatus = 'running';
  let failureKind: HardFailureKind | undefined;
  if (v.moderated) [status, failureKind] = ['blocked', 'moderation'];
  else if (error) [status, failureKind] = ['failed', 'generation_error'];
  else if ((v.progress ?? 0) >= 100) status = v.url ? 'succeeded' : 'unknown';
  return compact<Generation>({
    provider: 'grok',
    id: v.id,
    status,
    providerStatus: v.moderated ? 'moderated' : v.progress !== undefined ? `progress ${v.progress}` : undefined,
    failureKind,
    providerCode: v.moderated ? 'moderated' : undefined,
    // "Video moderated" is the app's own wording for this block (MODERATED).
    message: v.moderated ? 'Video moderated' : error,
    prompt: v.prompt,
    videoUrl: status === 'succeeded' ? v.url : undefined,
    progress: v.progress !== undefined ? Math.min(1, Math.max(0, v.progress / 100)) : undefined,
    model: v.model,
    relatedIds: v.other ? [v.other] : undefined,
    source: 'network',
  });
}

/**
 * The body is decodeBody's array of stream chunks (or one chunk, or the media-post answer). Frames for one video
 * arrive many times with rising progress; the last word wins. An error chunk names no video: it ends every video
 * whose frames came before it and that had neither finished nor been moderated (a real stream is about one video).
 */
function parseResponse(_url: string, body: unknown): ParseResult {
  const chunks = Array.isArray(body) ? body : [body];
  if (!chunks.some(isRecord)) throw new ParseError('Grok: expected stream chunks ({result:{response:{…}}}) or a media post');
  const videos = new Map<string, VideoState>();
  const problems: string[] = [];
  let known = false;
  for (const chunk of chunks.slice(0, 500)) {
    if (!isRecord(chunk)) continue;
    if (isRecord(chunk.post) || isRecord(chunk.result)) known = true;
    const error = errorText(chunk);
    if (error) {
      const open = [...videos.values()].filter((v) => !v.moderated && !v.error && !((v.progress ?? 0) >= 100 && v.url));
      if (!open.length) problems.push(`Grok answered with an error for no video in progress: ${error}`);
      for (const v of open) v.error = error;
      known = true;
      continue;
    }
    const resp = isRecord(chunk.result) && isRecord(chunk.result.response) ? chunk.result.response : undefined;
    const frame = resp && isRecord(resp.streamingVideoGenerationResponse) ? resp.streamingVideoGenerationResponse : undefined;
    if (!frame) continue;
    const ids = [str(frame.videoId, 80), str(frame.videoPostId, 80)].filter((s): s is string => !!s);
    const id = ids.find((s) => UUID.test(s))?.toLowerCase();
    if (!id) {
      if (ids.length) problems.push(`skipped a video frame: id ${JSON.stringify(ids[0]!.slice(0, 40))} not recognised`);
      continue;
    }
    const v = videos.get(id) ?? { id };
    const other = ids.find((s) => s.toLowerCase() !== id && UUID.test(s));
    if (other) v.other = other.toLowerCase();
    if (typeof frame.progress === 'number' && Number.isFinite(frame.progress)) v.progress = frame.progress;
    if (frame.moderated === true) v.moderated = true;
    v.url = assetUrl(frame.videoUrl) ?? v.url;
    v.prompt = str(frame.videoPrompt, 4000) ?? v.prompt;
    v.model = str(frame.modelName, 120) ?? v.model;
    videos.set(id, v);
  }
  if (!videos.size && !known) throw new ParseError('Grok: no streamingVideoGenerationResponse frames in this response');
  return { generations: [...videos.values()].map(toGeneration), problems };
}

/** The Imagine page's DOM is undocumented; a post page names its post in the URL (POST_PAGES), status unknown. */
function parseDom(_root: ParentNode, pageUrl: string): ParseResult {
  const id = /^https:\/\/grok\.com\/imagine\/post\/([0-9a-f-]{36})(?:[/?#]|$)/i.exec(pageUrl)?.[1];
  const generations =
    id && UUID.test(id) ? [{ provider: 'grok', id: id.toLowerCase(), status: 'unknown' as const, source: 'dom' as const }] : [];
  return { generations, problems: [] };
}

export const grokCapture: ProviderCapture = {
  id: 'grok',
  name: 'Grok Imagine',
  hosts: ['grok.com'],
  // Only the Imagine pages, not Grok's chats. A visit that reaches Imagine without a page load (in-app navigation
  // from a chat) is not covered until the tab reloads: the popup offers the reload.
  matches: ['https://grok.com/imagine*'],
  testUrls: ['https://grok.com/imagine', 'https://grok.com/imagine/post/0b6e1f4a-2c3d-4e5f-8a9b-0c1d2e3f4a5b'],
  apiUrls: [/^https:\/\/grok\.com\/rest\/app-chat\/conversations\/new(\?|$)/, /^https:\/\/grok\.com\/rest\/media\/post\/create(\?|$)/],
  mediaHosts: ['assets.grok.com'],
  idFormats: [
    {
      label: 'Video ID',
      pattern: UUID,
      example: '0b6e1f4a-2c3d-4e5f-8a9b-0c1d2e3f4a5b',
      source: sourced(`${POST_PAGES}; ${STREAM}; ${CREATE}`, 'M'),
    },
  ],
  parseResponse,
  parseDom,
};

export const grok: ProviderDefinition = /* @__PURE__ */ withFacts(grokCapture, () => ({
  stuckAfterMinutes: fact(30, 'AVA default: no documented Grok Imagine timeout (videos are 6-15 s clips)', 'L', CHECKED),
  support: {
    channels: [],
    noneDocumented: 'xAI documents no support address for Grok Imagine that AVA could verify; use the feedback option in the Grok app.',
  },
  ticket: {
    subjects: {
      failed: 'Grok Imagine: failed video counted against my limit',
      quality: 'Grok Imagine: defective video counted against my limit',
      moderation: 'Grok Imagine: “Video moderated” block I believe is a mistake',
      creditsNotReturned: 'Grok Imagine: failed video not restored to my limit',
    },
    accountFields: ['email'],
    mustInclude: ['account email', 'your plan (SuperGrok tier)', 'the video IDs', 'what happened'],
    source: sourced('No ticket format documented by xAI; AVA generic wording for a quota complaint', 'L'),
  },
  policy: {
    autoRefundOnFailure: fact<boolean | 'unknown'>(false, LIMITS, 'L', CHECKED),
    qualityClaims: fact(
      'xAI documents no policy for completed but unsatisfactory videos.',
      'No policy found (searched 2026-12-06)',
      'L',
      CHECKED,
    ),
    moderation: fact('A moderated video shows "Video moderated"; xAI documents no appeal.', MODERATED, 'L', CHECKED),
    summary: fact(
      'Grok Imagine is part of a subscription with a generation limit, not credits; xAI publishes no rule for failed generations, and ' +
        'one guide says they still count against the limit. This asks for the allowance to be restored and the outcome is not guaranteed.',
      LIMITS,
      'L',
      CHECKED,
    ),
  },
  // The unit is what the ledger shows ("2 video generations back"); the plan's limit is the SuperGrok tier's.
  billing: { kind: 'quota', unit: 'video generations', source: sourced(LIMITS, 'L') },
  lifecycle: { status: 'active', events: [] },
  terms: {
    moderation: { term: 'Video moderated', codes: ['moderated'], source: sourced(`${MODERATED}; ${STREAM}`, 'M') },
  },
}));
