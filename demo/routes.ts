/**
 * API routes of the demo sites. Each body is a committed fixture under tests/fixtures/, the same file the parser unit
 * tests read, so the demo, the e2e tests and the unit tests can never disagree about a shape.
 */
export interface ApiRoute {
  host: string;
  /** Matched against the pathname only; the query string is ignored, as the real endpoints page with it. */
  path: RegExp;
  /** Path under tests/fixtures/. */
  fixture: string;
  /**
   * The fixture is an array of objects with `id`; answer with the one whose id is the path's first capture group
   * (404 when none), like a `GET /tasks/{id}` endpoint.
   */
  byId?: boolean;
  /** Like byId, with the id from this query parameter (HeyGen's status poll names its video in `?video_id=`). */
  idParam?: string;
  /** Cross-origin callers allowed (the app origin calling its API host); preflights are answered for these. */
  corsOrigins?: readonly string[];
  /**
   * The fixture is a demo of something happening now: every string value "@now" is answered as the current ISO time,
   * so a generation the page "starts" is dated between the balance readings around it (see demo/README.md).
   */
  live?: true;
  /** For a text fixture (`.txt`, e.g. an RSC stream): the content type it is served with, the body as it is. */
  contentType?: string;
}

const RUNWAY_APP = 'https://app.runwayml.com';
const FLOW_APP = 'https://flow.google.com';
const KLING_APP = 'https://kling.ai';
const KLING_API = 'api-app-global.klingai.com';
const PIXVERSE_APP = 'https://app.pixverse.ai';
const LUMA_APP = 'https://lumalabs.ai';
const HIGGSFIELD_APP = 'https://higgsfield.ai';
const FIREFLY_APP = 'https://firefly.adobe.com';
const HEYGEN_APP = 'https://app.heygen.com';
const UUID = '([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})';

export const API_ROUTES: readonly ApiRoute[] = [
  // Sora web app (same origin as the page).
  { host: 'sora.chatgpt.com', path: /^\/backend\/nf\/pending\/v2$/, fixture: 'sora/pending-v2.json' },
  { host: 'sora.chatgpt.com', path: /^\/backend\/project_y\/profile\/drafts\/v2$/, fixture: 'sora/drafts-v2.json' },
  { host: 'sora.chatgpt.com', path: /^\/backend\/nf\/check$/, fixture: 'sora/check.json' },
  // The demo's profile page: finished drafts whose videos (the committed clips) the frame analysis can fetch.
  { host: 'sora.chatgpt.com', path: /^\/backend\/project_y\/profile_feed\/me$/, fixture: 'sora/demo-profile-feed.json' },
  // Runway: the app calls its API host cross-origin with a bearer token, so preflights happen as they do for real.
  { host: 'api.runwayml.com', path: /^\/v1\/tasks$/, fixture: 'runway/web-tasks.json', corsOrigins: [RUNWAY_APP] },
  {
    host: 'api.runwayml.com',
    path: new RegExp(`^/v1/tasks/${UUID}$`),
    fixture: 'runway/api-tasks.json',
    byId: true,
    corsOrigins: [RUNWAY_APP],
  },
  // The paths below are the demo's own stand-ins for undocumented web-app endpoints: each only has to match the
  // provider's apiUrls and answer in the response shape its parser documents.
  // Veo/Flow (flow.google.com): the page polls Flow's status endpoint on its API host, answered in the 2026 media[]
  // contract (a POST for real; the demo server only answers GET).
  {
    host: 'aisandbox-pa.googleapis.com',
    path: /^\/v1\/video:batchCheckAsyncVideoGenerationStatus$/,
    fixture: 'veo/demo-flow-media.json',
    corsOrigins: [FLOW_APP],
  },
  // Flow's generate call (a POST for real): the demo's "Generate" button starts a scene that fails at once, charged
  // and not refunded, so AVA's credit check has a balance before (the status call) and after (this answer).
  {
    host: 'aisandbox-pa.googleapis.com',
    path: /^\/v1\/video:batchAsyncGenerateVideoText$/,
    fixture: 'veo/demo-flow-generate-failed.json',
    corsOrigins: [FLOW_APP],
    live: true,
  },
  // Luma: the 2024 web app's own list on its API host (states pending/processing/completed/failed, video.url).
  {
    host: 'internal-api.virginia.labs.lumalabs.ai',
    path: /^\/api\/photon\/v1\/user\/generations\/$/,
    fixture: 'luma/web-generations-2024.json',
    corsOrigins: [LUMA_APP],
  },
  // Luma: the list, then one generation by id for each unfinished one (same file, so they cannot disagree).
  { host: 'lumalabs.ai', path: /^\/api\/web\/generations$/, fixture: 'luma/demo-generations.json' },
  { host: 'lumalabs.ai', path: new RegExp(`^/api/web/generations/${UUID}$`), fixture: 'luma/demo-generations.json', byId: true },
  // Kling (kling.ai/app): the web task history (numeric statuses), then one task's status (the one stuck running for
  // days), on the app's API host api-app-global.klingai.com.
  { host: KLING_API, path: /^\/api\/user\/works\/personal\/feeds$/, fixture: 'kling/web-task-list.json', corsOrigins: [KLING_APP] },
  { host: KLING_API, path: /^\/api\/task\/status$/, fixture: 'kling/demo-web-task-stuck.json', corsOrigins: [KLING_APP] },
  // Hailuo: the 2026 feed the web app polls (a POST for real; commonInfo.status, feedMessage, mediaInfo.url).
  { host: 'hailuoai.video', path: /^\/api\/feed\/creation\/my\/batch$/, fixture: 'hailuo/feed-creation-batch.json' },
  // Pika (create.pika.art): the library as a Next.js Server Action answer, an RSC stream (text/x-component). For real
  // it is a POST with a Next-Action header; the demo server answers GET only.
  { host: 'create.pika.art', path: /^\/my-library$/, fixture: 'pika/library-rsc.txt', contentType: 'text/x-component' },
  // The same library on next.pika.art, a demo-only "new address" of Pika (SITE_ALIASES) for the added-site test.
  { host: 'next.pika.art', path: /^\/my-library$/, fixture: 'pika/library-rsc.txt', contentType: 'text/x-component' },
  // PixVerse: the app calls its API host cross-origin: the personal video list, then the result of a pending video.
  {
    host: 'app-api.pixverse.ai',
    path: /^\/creative_platform\/video\/list\/personal$/,
    fixture: 'pixverse/web-video-list-statuses.json',
    corsOrigins: [PIXVERSE_APP],
  },
  // The app's message poll: finished video ids only, nothing for AVA to record and nothing wrong either.
  {
    host: 'app-api.pixverse.ai',
    path: /^\/creative_platform\/account\/message$/,
    fixture: 'pixverse/web-account-message.json',
    corsOrigins: [PIXVERSE_APP],
  },
  {
    host: 'app-api.pixverse.ai',
    path: /^\/openapi\/v2\/video\/result\/315947621884105$/,
    fixture: 'pixverse/api-video-result-generating.json',
    corsOrigins: [PIXVERSE_APP],
  },
  // Higgsfield: the web app's jobs on fnf.higgsfield.ai, one by id (GET /jobs/{id}), and a just-submitted job's status.
  {
    host: 'fnf.higgsfield.ai',
    path: new RegExp(`^/jobs/${UUID}$`),
    fixture: 'higgsfield/web-jobs.json',
    byId: true,
    corsOrigins: [HIGGSFIELD_APP],
  },
  {
    host: 'fnf.higgsfield.ai',
    path: /^\/jobs\/3c5e7a9b-1d2f-4a6b-8c0d-2e4f6a8b0c01\/status$/,
    fixture: 'higgsfield/web-job-status.json',
    corsOrigins: [HIGGSFIELD_APP],
  },
  // Dreamina: the history poll (a POST for real) and the credit balance, same origin as the page.
  { host: 'dreamina.capcut.com', path: /^\/mweb\/v1\/get_history_by_ids$/, fixture: 'dreamina/demo-history.json' },
  { host: 'dreamina.capcut.com', path: /^\/commerce\/v1\/benefits\/user_credit$/, fixture: 'dreamina/user-credit.json' },
  // Midjourney: the job list.
  { host: 'www.midjourney.com', path: /^\/api\/imagine$/, fixture: 'midjourney/demo-imagine.json' },
  // Grok Imagine: the video stream's chunks (a POST answered as a stream for real).
  { host: 'grok.com', path: /^\/rest\/app-chat\/conversations\/new$/, fixture: 'grok/demo-stream.json' },
  // Firefly: each job's status link on a poll host (the firefly-epo… name is the demo's stand-in), and the balance.
  {
    host: 'firefly-epo851211.adobe.io',
    path: /^\/jobs\/result\/([0-9a-f-]{36})$/,
    fixture: 'firefly/demo-jobs.json',
    byId: true,
    corsOrigins: [FIREFLY_APP],
  },
  { host: 'firefly.adobe.io', path: /^\/v1\/credits$/, fixture: 'firefly/credits.json', corsOrigins: [FIREFLY_APP] },
  // HeyGen: the status poll, one video per `video_id`.
  {
    host: 'api.heygen.com',
    path: /^\/v1\/video_status\.get$/,
    fixture: 'heygen/demo-statuses.json',
    idParam: 'video_id',
    corsOrigins: [HEYGEN_APP],
  },
];
