import { fact, source } from '../shared/facts.ts';
import { GEMINI_OP, parseVeoBalance, parseVeoDom, parseVeoResponse, VERTEX_OP, VERTEX_SUPPORT_CODES } from './veo.parse.ts';
import { type ProviderCapture, type ProviderDefinition, withFacts } from './types.ts';

// Sources (shared/providers.md, checked 2026-11-25; re-checked with `search` where noted in the report).
const GEMINI_VIDEO_DOCS = 'https://ai.google.dev/gemini-api/docs/video';
const VERTEX_RAI = 'https://cloud.google.com/vertex-ai/generative-ai/docs/video/responsible-ai-and-usage-guidelines';
const VERTEX_VEO_API = 'https://cloud.google.com/vertex-ai/generative-ai/docs/model-reference/veo-video-generation';
const FLOW_PUBLIC_CODE = 'Flow (labs.google) internal API, public code (shared/providers.md)';
const FLOW_2026_CODE = 'Flow 2026 media[] status contract, public code (search idx 59094681959, 69358858936, 68425595444)';
const FLOWKIT_CODES = 'crisng95/flowkit README.md, skills/fk-doctor.md @66e8596 (PUBLIC_ERROR_* codes)';
const FLOW_TILE = 'Public Flow automation notes on the failed tile (search idx 68725197763, 69445828527)';
const GOOGLE_ONE_AI_CREDITS = 'https://support.google.com/googleone/answer/16287445';
const FLOW_CREDITS = 'https://support.google.com/flow/answer/16526234';
const FLOW_HELP = 'https://support.google.com/flow';
const CHECKED = '2026-12-06';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const veoCapture: ProviderCapture = {
  id: 'veo',
  name: 'Google Veo 3 (Flow, Gemini API, Vertex AI)',
  // Flow moved to its own origin in September 2026; old labs.google project links redirect there, so both stay (M:
  // crisng95/flowkit skills/fk-doctor.md, a Flow agent config, search idx 69402168567; checked 2026-12-06).
  hosts: ['flow.google.com', 'labs.google'],
  // Only the Flow tool: other labs.google/fx pages (Whisk, ImageFX, ...) are different products.
  matches: ['https://flow.google.com/*', 'https://labs.google/fx/tools/flow*'],
  testUrls: [
    'https://flow.google.com/project/3f2a9c1e-7b4d-4e8a-9c2f-1a2b3c4d5e6f',
    'https://flow.google.com/',
    'https://labs.google/fx/tools/flow',
    'https://labs.google/fx/tools/flow/project/3f2a9c1e-7b4d-4e8a-9c2f-1a2b3c4d5e6f',
  ],
  apiUrls: [
    // Flow's backend (public code shows the page calling it: batchCheckAsyncVideoGenerationStatus, media), in its
    // 2025 operations[] and 2026 media[] contracts. flow.google.com's own `/_/AiSandboxAngularFrontend/data/
    // batchexecute` is not watched: its answers are positional arrays no public source maps to a failure (L), so the
    // failed tile on the page (parseDom) is what AVA reads there.
    /^https:\/\/aisandbox-pa\.googleapis\.com\/v1\/(video|media)/,
    // Gemini API operations and the Vertex AI predictLongRunning / fetchPredictOperation answers: not seen by the
    // page tap, but people save them for `ava extract`.
    /^https:\/\/generativelanguage\.googleapis\.com\/v1(alpha|beta)?\/models\/[^/:]+(:predictLongRunning|\/operations\/)/,
    /^https:\/\/([a-z0-9-]+-)?aiplatform\.googleapis\.com\/v1(beta1)?\/projects\/[^/]+\/locations\/[^/]+\/publishers\/google\/models\/[^/:]+(:predictLongRunning|:fetchPredictOperation|\/operations\/)/,
  ],
  // Flow serves videos from flow-content.google (flowkit, M) through signed redirects the page follows; AVA asks for no
  // host permission it has not needed yet. Gemini/Vertex URIs need the caller's credentials.
  mediaHosts: [],
  idFormats: [
    {
      label: 'Gemini API operation',
      pattern: GEMINI_OP,
      example: 'models/veo-3.0-generate-001/operations/8f3kq2m1x7zd',
      source: source(GEMINI_VIDEO_DOCS, 'H'),
    },
    {
      label: 'Vertex AI operation',
      pattern: VERTEX_OP,
      example:
        'projects/demo-project/locations/us-central1/publishers/google/models/veo-3.0-generate-001/operations/5b1d6a0c-2f3e-4a7b-9c8d-0e1f2a3b4c5d',
      source: source(VERTEX_VEO_API, 'H'),
    },
    { label: 'Flow scene ID', pattern: UUID, example: '9b2f6c1a-3d4e-4f5a-8b6c-7d8e9f0a1b2c', source: source(FLOW_PUBLIC_CODE, 'M') },
    {
      label: 'Flow media generation ID',
      pattern: /^[A-Za-z0-9_-]{24,}$/,
      example: 'CAUSJDlmYTBjNzcyLWEwMWYtNDI5Zi05NGI1',
      source: source(FLOW_PUBLIC_CODE, 'M'),
    },
    {
      label: 'Flow failed tile (AVA’s own name: the page shows no ID for it)',
      pattern: /^[0-9a-f-]{36}\/failed-tile-\d+$/,
      example: '3f2a9c1e-7b4d-4e8a-9c2f-1a2b3c4d5e6f/failed-tile-2',
      source: source(FLOW_TILE, 'L', CHECKED),
    },
  ],
  parseResponse: parseVeoResponse,
  parseDom: parseVeoDom,
  // Flow `remainingCredits` (shared/providers.md; public code: gygahealthy/ytb-ai-automation docs/ve03-apis, M).
  parseBalance: parseVeoBalance,
};

export const veo: ProviderDefinition = /* @__PURE__ */ withFacts(veoCapture, () => ({
  stuckAfterMinutes: fact(30, 'AVA default: no documented Veo timeout (clips are 4-8 s)', 'L'),
  support: {
    channels: [
      {
        kind: 'help-center',
        label: 'Flow Help Center',
        value: FLOW_HELP,
        source: source(`${FLOW_HELP} (answers 16352836, 16526234; providers-2026-12.md)`, 'M', CHECKED),
      },
      {
        kind: 'feedback',
        label: 'Vertex AI / Gemini API: "send feedback" with the support code',
        value: VERTEX_RAI,
        source: source(VERTEX_RAI, 'H'),
      },
    ],
    noneDocumented:
      'Google documents no support email for Veo; use the Flow Help Center, or "send feedback" with the support code for a ' +
      'Vertex AI / Gemini API block.',
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
    // Google One's AI credits help (Flow, Whisk): a failed tool does not use the credits; they may take a while to
    // reappear. The Gemini API's filter text says a filtered attempt was not charged.
    autoRefundOnFailure: fact<boolean | 'unknown'>(
      true,
      `${GOOGLE_ONE_AI_CREDITS} ("If the AI tool fails, your remaining AI Credits won't be affected, but there might be a delay ` +
        `before they reappear"; mirror copy); ${GEMINI_VIDEO_DOCS}`,
      'M',
      CHECKED,
    ),
    qualityClaims: fact(
      'Google documents no policy for completed but unsatisfactory Veo output.',
      'providers-2026-12.md (no policy found)',
      'L',
      CHECKED,
    ),
    moderation: fact(
      'Vertex AI / Gemini API blocks name a support code; "If you think this was an error, send feedback." No appeal process is documented.',
      VERTEX_RAI,
      'H',
    ),
    summary: fact(
      'Google says AI credits are not used when a Flow generation fails, though they may take a while to reappear; ' +
        'it documents no refund for completed videos.',
      GOOGLE_ONE_AI_CREDITS,
      'M',
      CHECKED,
    ),
    refundCitation: {
      title: 'Google One AI credits',
      says: 'if the AI tool fails, my remaining AI credits won’t be affected',
      source: source(`${GOOGLE_ONE_AI_CREDITS} (mirror copy; Flow and Whisk)`, 'M', CHECKED),
    },
  },
  // Flow credits: Veo 3.1 Fast costs 20 credits per generation, 10 on Ultra; Lite 10 (Ultra 5); Quality 100. AVA
  // states no price of its own: the figure depends on the plan (read 2026-10-03 in two public repos, M).
  billing: { kind: 'credits', unit: 'Flow credits', source: source(`${FLOW_CREDITS} (Fast 20, Ultra 10 per generation)`, 'M', CHECKED) },
  lifecycle: { status: 'active', events: [] },
  terms: {
    moderation: {
      term: 'Vertex AI usage-guidelines block (support code)',
      codes: [
        ...Object.keys(VERTEX_SUPPORT_CODES),
        'PUBLIC_ERROR_DANGER_FILTER',
        'PUBLIC_ERROR_UNSAFE_GENERATION',
        'MEDIA_GENERATION_STATUS_REJECTED',
      ],
      source: source(`${VERTEX_RAI}; ${FLOWKIT_CODES}`, 'H'),
    },
    moderation_input: {
      term: 'Minor in an input image',
      codes: ['PUBLIC_ERROR_MINOR_INPUT_IMAGE'],
      source: source(FLOWKIT_CODES, 'M', CHECKED),
    },
    generation_error: {
      term: 'Generation failed (MEDIA_GENERATION_STATUS_FAILED)',
      codes: [
        '13',
        'INTERNAL',
        'MEDIA_GENERATION_STATUS_FAILED',
        'PUBLIC_ERROR_USER_QUOTA_REACHED',
        'PUBLIC_ERROR_MODEL_ACCESS_DENIED',
        'PUBLIC_ERROR_UNUSUAL_ACTIVITY',
      ],
      source: source(`${FLOW_PUBLIC_CODE}; ${FLOW_2026_CODE}; ${FLOWKIT_CODES}`, 'M', CHECKED),
    },
  },
}));
