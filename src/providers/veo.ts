import { fact, source } from '../shared/facts.ts';
import { GEMINI_OP, parseVeoBalance, parseVeoDom, parseVeoResponse, VERTEX_OP, VERTEX_SUPPORT_CODES } from './veo.parse.ts';
import type { ProviderDefinition } from './types.ts';

// Sources (shared/providers.md, checked 2026-11-25; re-checked with `search` where noted in the report).
const GEMINI_VIDEO_DOCS = 'https://ai.google.dev/gemini-api/docs/video';
const VERTEX_RAI = 'https://cloud.google.com/vertex-ai/generative-ai/docs/video/responsible-ai-and-usage-guidelines';
const VERTEX_VEO_API = 'https://cloud.google.com/vertex-ai/generative-ai/docs/model-reference/veo-video-generation';
const FLOW_PUBLIC_CODE = 'Flow (labs.google) internal API, public code (shared/providers.md)';
const GOOGLE_HELP = 'https://support.google.com/';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const veo: ProviderDefinition = {
  id: 'veo',
  name: 'Google Veo 3 (Flow, Gemini API, Vertex AI)',
  hosts: ['labs.google'],
  // Only the Flow tool: other labs.google/fx pages (Whisk, ImageFX, ...) are different products.
  matches: ['https://labs.google/fx/tools/flow*'],
  testUrls: [
    'https://labs.google/fx/tools/flow',
    'https://labs.google/fx/tools/flow/project/3f2a9c1e-7b4d-4e8a-9c2f-1a2b3c4d5e6f',
  ],
  apiUrls: [
    // Flow's backend (public code shows the page calling it: batchCheckAsyncVideoGenerationStatus, media).
    /^https:\/\/aisandbox-pa\.googleapis\.com\/v1\/(video|media)/,
    // Gemini API operations and the Vertex AI predictLongRunning / fetchPredictOperation answers: not seen by the
    // page tap, but people save them for `ava extract`.
    /^https:\/\/generativelanguage\.googleapis\.com\/v1(alpha|beta)?\/models\/[^/:]+(:predictLongRunning|\/operations\/)/,
    /^https:\/\/([a-z0-9-]+-)?aiplatform\.googleapis\.com\/v1(beta1)?\/projects\/[^/]+\/locations\/[^/]+\/publishers\/google\/models\/[^/:]+(:predictLongRunning|:fetchPredictOperation|\/operations\/)/,
  ],
  // Flow's video URLs (fifeUrl) come from hosts no source names; Gemini/Vertex URIs need the caller's credentials.
  mediaHosts: [],
  idFormats: [
    { label: 'Gemini API operation', pattern: GEMINI_OP, example: 'models/veo-3.0-generate-001/operations/8f3kq2m1x7zd', source: source(GEMINI_VIDEO_DOCS, 'H') },
    {
      label: 'Vertex AI operation',
      pattern: VERTEX_OP,
      example: 'projects/demo-project/locations/us-central1/publishers/google/models/veo-3.0-generate-001/operations/5b1d6a0c-2f3e-4a7b-9c8d-0e1f2a3b4c5d',
      source: source(VERTEX_VEO_API, 'H'),
    },
    { label: 'Flow scene ID', pattern: UUID, example: '9b2f6c1a-3d4e-4f5a-8b6c-7d8e9f0a1b2c', source: source(FLOW_PUBLIC_CODE, 'M') },
    { label: 'Flow media generation ID', pattern: /^[A-Za-z0-9_-]{24,}$/, example: 'CAUSJDlmYTBjNzcyLWEwMWYtNDI5Zi05NGI1', source: source(FLOW_PUBLIC_CODE, 'M') },
  ],
  stuckAfterMinutes: fact(30, 'AVA default: no documented Veo timeout (clips are 4-8 s)', 'L'),
  support: {
    channels: [
      { kind: 'help-center', label: 'Google Help Center (Flow, Gemini app)', value: GOOGLE_HELP, source: source('shared/providers.md Veo support: Google help center', 'M') },
      { kind: 'feedback', label: 'Vertex AI / Gemini API: "send feedback" with the support code', value: VERTEX_RAI, source: source(VERTEX_RAI, 'H') },
    ],
    noneDocumented: 'Google documents no support email for Veo; use the Google Help Center, or "send feedback" with the support code for a Vertex AI / Gemini API block.',
  },
  ticket: {
    // Google documents no ticket format for Veo: plain, honest subjects.
    subjects: {
      failed: 'Veo generation failed — credits',
      quality: 'Veo generation defective — request for review',
      moderation: 'Veo block I believe is a false positive — feedback',
      creditsNotReturned: 'Veo generation failed — credits not returned',
    },
    accountFields: ['email'],
    mustInclude: ['account email', 'the operation name or Flow project link', 'the support code, if one was shown', 'what happened'],
    source: source('No ticket format documented by Google; AVA generic wording (shared/providers.md)', 'L'),
  },
  policy: {
    // The Gemini API's filter text says the filtered attempt was not charged; nothing is stated for Flow credits.
    autoRefundOnFailure: fact<boolean | 'unknown'>('unknown', `${GEMINI_VIDEO_DOCS} (filter text: "You have not been charged for this attempt."; no Flow credit policy found)`, 'H'),
    qualityClaims: fact('Google documents no policy for completed but unsatisfactory Veo output.', 'shared/providers.md (no policy found)', 'L'),
    moderation: fact('Vertex AI / Gemini API blocks name a support code; "If you think this was an error, send feedback." No appeal process is documented.', VERTEX_RAI, 'H'),
    summary: fact(
      'Google’s Gemini API says a filtered attempt is not charged; Google documents no refund policy for Flow credits or for completed but unsatisfactory videos, so this is a request and the outcome is not guaranteed.',
      GEMINI_VIDEO_DOCS,
      'H',
    ),
  },
  lifecycle: { status: 'active', events: [] },
  terms: {
    moderation: {
      term: 'Vertex AI usage-guidelines block (support code)',
      codes: [...Object.keys(VERTEX_SUPPORT_CODES), 'PUBLIC_ERROR_DANGER_FILTER', 'MEDIA_GENERATION_STATUS_REJECTED'],
      source: source(VERTEX_RAI, 'H'),
    },
    generation_error: { term: 'INTERNAL (code 13)', codes: ['13', 'INTERNAL', 'MEDIA_GENERATION_STATUS_FAILED'], source: source(FLOW_PUBLIC_CODE, 'M') },
  },
  parseResponse: parseVeoResponse,
  parseDom: parseVeoDom,
  // Flow `remainingCredits` (shared/providers.md; public code: gygahealthy/ytb-ai-automation docs/ve03-apis, M).
  parseBalance: parseVeoBalance,
};
