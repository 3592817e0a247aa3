/**
 * Veo parsers: Gemini API / Vertex AI long-running operations and Flow (labs.google) status entries. Split from
 * veo.ts so the provider file stays data and this one stays pure functions over untrusted JSON.
 */
import type { Generation } from '../shared/generation.ts';
import { amount, collect, compact, isRecord, lookup, str, url } from './parse-util.ts';
import { dedupeFlow, fromFlowMedia, fromFlowOperation, parseFlowDom } from './veo.flow.ts';
import { type BalanceReading, ParseError, type ParseResult } from './types.ts';

/**
 * Vertex AI support codes by category (Veo responsible-AI usage guidelines page, shared/providers.md, H). Exported so
 * drafts and the popup can name the category; the code itself stays verbatim in providerCode.
 */
export const VERTEX_SUPPORT_CODES: Readonly<Record<string, string>> = {
  '58061214': 'Child',
  '17301594': 'Child',
  '29310472': 'Celebrity',
  '15236754': 'Celebrity',
  '64151117': 'Video safety',
  '42237218': 'Video safety',
  '62263041': 'Dangerous content',
  '57734940': 'Hate',
  '22137204': 'Hate',
  '74803281': 'Other',
  '29578790': 'Other',
  '42876398': 'Other',
  '89371032': 'Prohibited content',
  '49114662': 'Prohibited content',
  '63429089': 'Prohibited content',
  '72817394': 'Prohibited content',
  '60599140': 'Prohibited content',
  '35561574': 'Third-party content',
  '35561575': 'Third-party content',
  '90789179': 'Sexual',
  '43188360': 'Sexual',
  '78610348': 'Toxic',
  '61493863': 'Violence',
  '56562880': 'Violence',
  '32635315': 'Vulgar',
  '39322892': 'Person/face',
  '92201652': 'Personally identifiable information (PII)',
};

export const vertexSupportCodeCategory = (code: string): string | undefined => lookup(VERTEX_SUPPORT_CODES, code);

/** Gemini API: `models/{model}/operations/{id}`; Vertex: `projects/.../publishers/google/models/{model}/operations/{id}`. */
export const GEMINI_OP = /^models\/[\w.-]+\/operations\/[\w.-]+$/;
export const VERTEX_OP = /^projects\/[\w.-]+\/locations\/[\w-]+\/publishers\/google\/models\/[\w.-]+\/operations\/[\w.-]+$/;

const MODERATION_TEXT = /usage guidelines|responsible ai|safety filter|content polic|violat|not been charged for this attempt/i;

/** Support codes as written after "Support codes:" (the message may list several). */
export function supportCodes(text: string | undefined): string[] {
  const m = text ? /support codes?:\s*([\d,\s]+)/i.exec(text) : null;
  return m ? (m[1]!.match(/\d{8}/g) ?? []) : [];
}

/**
 * The provider's text stays verbatim and first; the category Google's table gives for the support code follows in
 * brackets, so a draft can name it without a lookup (Generation has no separate field for it).
 */
function withCategory(text: string | undefined, codes: readonly string[]): string | undefined {
  const named = codes.map((c) => `${c}: ${lookup(VERTEX_SUPPORT_CODES, c) ?? 'uncategorised'}`);
  if (!named.length) return text;
  return `${text ?? ''} [support code ${named.join('; ')}]`.trim();
}

type Found = Generation | { problem: string } | undefined;

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map((s) => str(s)).filter((s): s is string => !!s) : []);

function firstVideoUrl(samples: unknown[]): string | undefined {
  for (const s of samples) {
    if (!isRecord(s)) continue;
    const v = isRecord(s.video) ? s.video : s;
    const u = url(v.uri ?? v.gcsUri ?? v.url);
    if (u) return u;
  }
  return undefined;
}

/**
 * Gemini API / Vertex AI operation `{name, done, error:{code,message}, response}`; the result shapes follow js-genai
 * `GenerateVideosResponse` (generatedVideos, raiMediaFilteredCount, raiMediaFilteredReasons) and the REST
 * `generateVideoResponse.generatedSamples`.
 */
function fromOperation(o: Record<string, unknown>): Found {
  const name = str(o.name, 200);
  if (!name || !name.includes('operations/')) return undefined;
  if (!GEMINI_OP.test(name) && !VERTEX_OP.test(name))
    return { problem: `skipped operation ${JSON.stringify(name.slice(0, 80))}: not a Gemini API or Vertex AI operation name` };
  const done = o.done === true;
  const providerStatus = done ? 'done: true' : 'done: false';
  const base = { provider: 'veo', id: name, providerStatus, source: 'network' as const };
  const err = isRecord(o.error) ? o.error : undefined;
  if (err) {
    const message = str(err.message);
    const codes = supportCodes(message);
    const moderated = codes.length > 0 || (!!message && MODERATION_TEXT.test(message));
    return compact<Generation>({
      ...base,
      status: moderated ? 'blocked' : 'failed',
      failureKind: moderated ? 'moderation' : 'generation_error',
      providerCode: codes[0] ?? str(err.code, 40),
      message: withCategory(message, codes),
    });
  }
  if (!done) return compact<Generation>({ ...base, status: 'running' });
  const resp = isRecord(o.response) ? o.response : undefined;
  if (!resp) return { problem: `operation ${name.slice(0, 80)} is done but has neither response nor error` };
  // Gemini REST nests the result in generateVideoResponse; the js-genai SDK type and Vertex put it on response.
  const r = isRecord(resp.generateVideoResponse) ? resp.generateVideoResponse : resp;
  const samples = [r.generatedSamples, r.generatedVideos, r.videos].find(Array.isArray) ?? [];
  const filtered = typeof r.raiMediaFilteredCount === 'number' ? r.raiMediaFilteredCount : 0;
  const reasons = strings(r.raiMediaFilteredReasons);
  const reasonText = reasons.length ? reasons.join(' | ') : undefined;
  const codes = supportCodes(reasonText);
  if (samples.length) {
    return compact<Generation>({
      ...base,
      status: 'succeeded',
      videoUrl: firstVideoUrl(samples),
      message: withCategory(reasonText, codes),
    });
  }
  if (filtered > 0 || reasons.length) {
    return compact<Generation>({
      ...base,
      status: 'blocked',
      failureKind: 'moderation',
      providerCode: codes[0] ?? 'raiMediaFiltered',
      message: withCategory(reasonText, codes),
    });
  }
  return compact<Generation>({
    ...base,
    status: 'failed',
    failureKind: 'generation_error',
    message: 'Operation finished without videos or a filter reason',
  });
}

export function parseVeoResponse(_reqUrl: string, body: unknown): ParseResult {
  const mediaIds = new Set<string>();
  const { generations, problems } = collect('Veo', body, (o) => {
    const media = fromFlowMedia(o);
    if (media && !('problem' in media)) mediaIds.add(media.id);
    return media ?? fromFlowOperation(o) ?? fromOperation(o);
  });
  // An empty Flow batch (`operations: []`, `media: []`) or operation list is a known shape with nothing in it.
  const knownEnvelope = isRecord(body) && (Array.isArray(body.operations) || Array.isArray(body.media));
  if (!generations.length && !problems.length && !knownEnvelope) {
    throw new ParseError(
      'Veo: no operation ({name:"models/.../operations/...", done, error|response}), Flow status entry ({sceneId, ' +
        'status:"MEDIA_GENERATION_STATUS_*"}) or Flow media entry ({name, mediaMetadata:{mediaStatus}}) in this response',
    );
  }
  // A generate answer lists the same job under operations[] and media[]; the media entry is the fuller one.
  return { generations: dedupeFlow(generations, mediaIds), problems };
}

/**
 * Flow's status answer carries the account's credit balance next to the operations: `remainingCredits` in the JSON
 * public code shows (`remaining_credits` is the same field's proto name in shared/providers.md), M.
 */
export function parseVeoBalance(_reqUrl: string, body: unknown): BalanceReading[] {
  if (!isRecord(body)) return [];
  const field = Object.hasOwn(body, 'remainingCredits') ? 'remainingCredits' : 'remaining_credits';
  const n = Object.hasOwn(body, field) ? amount(body[field]) : undefined;
  return n === undefined ? [] : [{ kind: 'balance', amount: n, unit: 'Flow credits', field }];
}

/**
 * The rendered page: only flow.google.com's failed tiles are documented (see veo.flow.ts); a finished tile's media
 * ID is not something public sources describe reliably, so successes come from the network responses only.
 */
export function parseVeoDom(root: ParentNode, pageUrl: string): ParseResult {
  return parseFlowDom(root, pageUrl);
}
