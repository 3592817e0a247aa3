/**
 * Google Flow parsers: the 2025 `operations[]` status entries, the 2026 `media[]` contract of
 * `aisandbox-pa.googleapis.com/v1/video:batchCheckAsyncVideoGenerationStatus`, and the failed-tile fallback of the
 * flow.google.com page. Pure functions over untrusted JSON / DOM; split from veo.parse.ts to keep files small.
 *
 * Evidence (checked 2026-12-06):
 * - 2025 shape: gygahealthy/ytb-ai-automation docs/ve03-apis/video-generate/202510-VEO3-Video_Polling.md @c3a9a2e (M).
 * - 2026 `media[]`: a Flow CLI's parse_video_status (search idx 59094681959: `mediaMetadata.mediaStatus.
 *   {mediaGenerationStatus, failureReasons, error.message}`, from its captures), the AutoFlow passive extension
 *   (idx 69358858936: `failureReason`, `mediaMetadata.createTime`, `requestData.promptInputs[].structuredPrompt.parts`,
 *   `videoModelControlInput.videoModelName`), an R2V capture (idx 68425595444: `media[]` beside `operations[]` and
 *   `remainingCredits`, `workflowId`, `sceneId`). M.
 * - `PUBLIC_ERROR_*` codes: crisng95/flowkit README.md / skills/fk-doctor.md @66e8596 (M).
 * - flow.google.com's `batchexecute` answers are positional arrays with no field names; no public source documents
 *   where a failure sits in them ("This API does not state failures", idx 69358858936), so AVA does not read them (L).
 *   The page states failures on a `flow-error-tile` (`.error-title`, `.error-message-text`, `.disclaimer-message`;
 *   idx 68725197763, 69445828527, 66357524923, M); that is what parseFlowDom reads.
 */
import type { Generation, GenerationStatus, HardFailureKind } from '../shared/generation.ts';
import { compact, iso, isRecord, lookup, pick, str, url } from './parse-util.ts';
import type { ParseResult } from './types.ts';

type Found = Generation | { problem: string } | undefined;

const MODERATION_TEXT = /usage guidelines|responsible ai|safety filter|content polic|violat|not been charged for this attempt/i;

export const FLOW_STATUS: Readonly<Record<string, GenerationStatus>> = {
  MEDIA_GENERATION_STATUS_PENDING: 'queued',
  MEDIA_GENERATION_STATUS_ACTIVE: 'running',
  MEDIA_GENERATION_STATUS_WORKING: 'running',
  MEDIA_GENERATION_STATUS_PROCESSING: 'running',
  MEDIA_GENERATION_STATUS_SUCCESSFUL: 'succeeded',
  MEDIA_GENERATION_STATUS_FAILED: 'failed',
  MEDIA_GENERATION_STATUS_REJECTED: 'blocked',
  // flowkit's omni_flash poller ends on "...CANCELLED" as well as "...FAILED".
  MEDIA_GENERATION_STATUS_CANCELLED: 'cancelled',
};

/**
 * Flow's public error codes (flowkit, M). Quota, tier and "unusual activity" refusals are not content blocks: they
 * stay generation errors with the code verbatim, so the draft names what Google said.
 */
export const FLOW_PUBLIC_ERRORS: Readonly<Record<string, HardFailureKind>> = {
  PUBLIC_ERROR_UNSAFE_GENERATION: 'moderation',
  PUBLIC_ERROR_DANGER_FILTER: 'moderation',
  PUBLIC_ERROR_MINOR_INPUT_IMAGE: 'moderation_input',
  PUBLIC_ERROR_USER_QUOTA_REACHED: 'generation_error',
  PUBLIC_ERROR_PER_MODEL_DAILY_QUOTA_REACHED: 'generation_error',
  PUBLIC_ERROR_MODEL_ACCESS_DENIED: 'generation_error',
  PUBLIC_ERROR_UNUSUAL_ACTIVITY: 'generation_error',
};

interface Failure {
  kind: HardFailureKind;
  code?: string;
  message?: string;
}

function flat(v: unknown): string {
  try {
    return v === undefined ? '' : JSON.stringify(v).slice(0, 20000);
  } catch {
    return '';
  }
}

/** A failure from whatever detail Flow gave: a `PUBLIC_ERROR_*` code anywhere in it wins, then the texts. */
function flowFailure(detail: unknown, message: string | undefined, fallbackCode: string | undefined, rejected: boolean): Failure {
  const publicCode = /PUBLIC_ERROR_[A-Z_]+/.exec(flat(detail))?.[0];
  if (publicCode) {
    const known = lookup(FLOW_PUBLIC_ERRORS, publicCode);
    const kind = known ?? (/FILTER|SAFETY|UNSAFE|POLICY/.test(publicCode) ? 'moderation' : 'generation_error');
    return { kind, code: publicCode, message };
  }
  if (rejected || (message && MODERATION_TEXT.test(message))) return { kind: 'moderation', code: fallbackCode, message };
  return { kind: 'generation_error', code: fallbackCode, message };
}

const isBlockKind = (k: HardFailureKind) => k.startsWith('moderation');

/** 2025: `{operation:{name, metadata:{video}, error}, sceneId, status:"MEDIA_GENERATION_STATUS_*"}`. */
export function fromFlowOperation(o: Record<string, unknown>): Found {
  const providerStatus = str(o.status, 80);
  if (!providerStatus || !providerStatus.startsWith('MEDIA_GENERATION_STATUS_')) return undefined;
  const op = isRecord(o.operation) ? o.operation : undefined;
  const video = op && isRecord(op.metadata) && isRecord(op.metadata.video) ? op.metadata.video : isRecord(o.video) ? o.video : undefined;
  const sceneId = str(o.sceneId, 200);
  const mediaId = str(o.mediaGenerationId, 200) ?? (video ? str(video.mediaGenerationId, 200) : undefined);
  const opName = op ? str(op.name, 200) : undefined;
  const id = sceneId ?? mediaId ?? opName;
  if (!id) return { problem: `skipped a Flow entry with status ${providerStatus}: no sceneId, mediaGenerationId or operation name` };
  let status = lookup(FLOW_STATUS, providerStatus) ?? 'unknown';
  const err = op && isRecord(op.error) ? op.error : isRecord(o.error) ? o.error : undefined;
  let failure: Failure | undefined;
  if (status === 'failed' || status === 'blocked' || err) {
    failure = flowFailure(err, err ? str(err.message) : undefined, err ? str(err.code, 40) : undefined, status === 'blocked');
    status = isBlockKind(failure.kind) ? 'blocked' : 'failed';
  }
  return compact<Generation>({
    provider: 'veo',
    id,
    status,
    providerStatus,
    failureKind: failure?.kind,
    providerCode: failure?.code,
    message: failure?.message,
    prompt: video ? pick(video, ['prompt']) : undefined,
    videoUrl: video ? url(video.fifeUrl ?? video.servingBaseUri ?? video.url) : undefined,
    createdAt: iso(o.createTime ?? o.createdAt),
    relatedIds: [mediaId, opName].filter((s): s is string => !!s && s !== id),
    source: 'network',
  });
}

const nonEmpty = (a: string[]): string[] | undefined => (a.length ? a : undefined);
const rec = (v: unknown): Record<string, unknown> => (isRecord(v) ? v : {});

/** The prompt as the 2026 request data holds it: the text parts of the first structured prompt. */
function mediaPrompt(meta: Record<string, unknown>, generated: Record<string, unknown>): string | undefined {
  const inputs = rec(meta.requestData).promptInputs;
  const first = Array.isArray(inputs) ? rec(inputs[0]) : {};
  const parts = rec(first.structuredPrompt).parts;
  const text = Array.isArray(parts)
    ? parts
        .map((p) => str(rec(p).text))
        .filter((s): s is string => !!s)
        .join(' ')
    : '';
  return str(text, 4000) ?? pick(meta, ['mediaTitle']) ?? pick(generated, ['prompt']);
}

/**
 * 2026: `media[]` entries `{name, workflowId, sceneId, mediaMetadata:{mediaStatus:{mediaGenerationStatus,
 * failureReasons, failureReason, error}, createTime, mediaTitle, requestData}, video:{generatedVideo}}`.
 * Only objects with `name` and `mediaMetadata` are media entries; one without a status is reported, not dropped.
 */
export function fromFlowMedia(o: Record<string, unknown>): Found {
  if (!isRecord(o.mediaMetadata)) return undefined;
  const id = str(o.name, 200);
  if (!id) return undefined;
  const meta = o.mediaMetadata;
  const ms = rec(meta.mediaStatus);
  const providerStatus = str(ms.mediaGenerationStatus, 80);
  if (!providerStatus) return { problem: `Flow media ${id.slice(0, 60)} has no mediaMetadata.mediaStatus.mediaGenerationStatus` };
  let status = lookup(FLOW_STATUS, providerStatus) ?? 'unknown';
  const reasons = Array.isArray(ms.failureReasons) ? ms.failureReasons.map((r) => str(r, 200)).filter((s): s is string => !!s) : [];
  const err = isRecord(ms.error) ? ms.error : isRecord(o.error) ? o.error : undefined;
  const reasonText = str(ms.failureReason) ?? str(o.failureReason);
  const message = [reasonText, ...reasons, err ? str(err.message) : undefined].filter((s): s is string => !!s).join(' | ') || undefined;
  let failure: Failure | undefined;
  if (status === 'failed' || status === 'blocked' || err || reasons.length) {
    const fallbackCode = reasons[0] ?? (err ? str(err.code, 40) : undefined);
    failure = flowFailure([ms.failureReasons, ms.failureReason, err], message, fallbackCode, status === 'blocked');
    if (status !== 'unknown' && status !== 'cancelled') status = isBlockKind(failure.kind) ? 'blocked' : 'failed';
  }
  const generated = rec(rec(o.video).generatedVideo);
  const control = rec(rec(rec(meta.requestData).videoGenerationRequestData).videoModelControlInput);
  const sceneId = str(o.sceneId, 200);
  const workflowId = str(o.workflowId, 200);
  return compact<Generation>({
    provider: 'veo',
    id,
    status,
    providerStatus,
    failureKind: failure?.kind,
    providerCode: failure?.code,
    message: failure ? message : undefined,
    prompt: mediaPrompt(meta, generated),
    videoUrl: url(generated.fifeUrl ?? generated.url ?? generated.downloadUrl ?? generated.uri ?? o.videoUrl),
    model: str(control.videoModelName, 120) ?? str(generated.model, 120),
    createdAt: iso(meta.createTime ?? o.createTime),
    relatedIds: nonEmpty([sceneId, workflowId].filter((s): s is string => !!s && s !== id)),
    source: 'network',
  });
}

/** Drop 2025-style entries that name a job a 2026 media entry in the same answer already describes. */
export function dedupeFlow(gens: Generation[], mediaIds: ReadonlySet<string>): Generation[] {
  if (!mediaIds.size) return gens;
  const names = new Set<string>();
  for (const g of gens) if (mediaIds.has(g.id)) for (const n of [g.id, ...(g.relatedIds ?? [])]) names.add(n);
  return gens.filter((g) => mediaIds.has(g.id) || ![g.id, ...(g.relatedIds ?? [])].some((n) => names.has(n)));
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const MEDIA_ID = /^[A-Za-z0-9_-]{8,200}$/;
const POLICY_TILE = /violate our policies|policy/i;
const tileText = (root: Element, sel: string): string | undefined => str(root.querySelector(sel)?.textContent?.trim(), 500);

/**
 * flow.google.com: a failed generation is a `flow-error-tile`, usually with no media ID on the page. AVA then names it
 * by the project and the tile's place counted from the oldest (new tiles are added at the top), an ID of AVA's own
 * making that the draft shows beside the project link; the texts are Flow's own, verbatim.
 */
export function parseFlowDom(root: ParentNode, pageUrl: string): ParseResult {
  let projectId: string | undefined;
  try {
    const u = new URL(pageUrl);
    if (/(^|\.)flow\.google\.com$|^labs\.google$/.test(u.hostname)) projectId = /\/project\/([^/?#]+)/.exec(u.pathname)?.[1];
  } catch {
    return { generations: [], problems: [] };
  }
  if (!projectId || !UUID.test(projectId)) return { generations: [], problems: [] };
  const tiles = [...root.querySelectorAll('flow-error-tile')];
  const generations = tiles.map((tile, i): Generation => {
    // Flow marks finished media with data-media-id (public notes); where a failed tile sits inside such an element,
    // that is its real ID and it merges with what the network said about it.
    const named = tile.closest('[data-media-id]')?.getAttribute('data-media-id') ?? '';
    const title = tileText(tile, '.error-title');
    const text = tileText(tile, '.error-message-text');
    const disclaimer = tileText(tile, '.disclaimer-message');
    const blocked = !!text && POLICY_TILE.test(text);
    return compact<Generation>({
      provider: 'veo',
      id: MEDIA_ID.test(named) ? named : `${projectId!.toLowerCase()}/failed-tile-${tiles.length - i}`,
      status: blocked ? 'blocked' : 'failed',
      providerStatus: title,
      failureKind: blocked ? 'moderation' : 'generation_error',
      message: [text, disclaimer].filter(Boolean).join(' ') || undefined,
      source: 'dom',
    });
  });
  return { generations, problems: [] };
}
