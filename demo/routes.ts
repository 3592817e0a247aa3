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
  /** Cross-origin callers allowed (the app origin calling its API host); preflights are answered for these. */
  corsOrigins?: readonly string[];
  /**
   * The fixture is a demo of something happening now: every string value "@now" is answered as the current ISO time,
   * so a generation the page "starts" is dated between the balance readings around it (see demo/README.md).
   */
  live?: true;
}

const RUNWAY_APP = 'https://app.runwayml.com';
const FLOW_APP = 'https://labs.google';
const PIXVERSE_APP = 'https://app.pixverse.ai';
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
  { host: 'api.runwayml.com', path: new RegExp(`^/v1/tasks/${UUID}$`), fixture: 'runway/api-tasks.json', byId: true, corsOrigins: [RUNWAY_APP] },
  // The paths below are the demo's own stand-ins for undocumented web-app endpoints: each only has to match the
  // provider's apiUrls and answer in the response shape its parser documents.
  // Veo/Flow: the page polls Flow's status endpoint on its API host (a POST for real; the demo server only answers GET).
  {
    host: 'aisandbox-pa.googleapis.com',
    path: /^\/v1\/video:batchCheckAsyncVideoGenerationStatus$/,
    fixture: 'veo/demo-flow-batch.json',
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
  // Luma: the list, then one generation by id for each unfinished one (same file, so they cannot disagree).
  { host: 'lumalabs.ai', path: /^\/api\/web\/generations$/, fixture: 'luma/demo-generations.json' },
  { host: 'lumalabs.ai', path: new RegExp(`^/api/web/generations/${UUID}$`), fixture: 'luma/demo-generations.json', byId: true },
  // Kling: the web task history (numeric statuses), then one task's status (the one stuck running for days).
  { host: 'app.klingai.com', path: /^\/api\/user\/works\/personal\/feeds$/, fixture: 'kling/web-task-list.json' },
  { host: 'app.klingai.com', path: /^\/api\/task\/status$/, fixture: 'kling/demo-web-task-stuck.json' },
  // Hailuo: the web video list (numeric statuses 0..14, createTime in ms).
  { host: 'hailuoai.video', path: /^\/v1\/api\/multimodal\/video\/my\/batchCursor$/, fixture: 'hailuo/web-videos.json' },
  // Pika: the library.
  { host: 'pika.art', path: /^\/api\/library$/, fixture: 'pika/web-library.json' },
  // The same library on next.pika.art, a demo-only "new address" of Pika (SITE_ALIASES) for the added-site test.
  { host: 'next.pika.art', path: /^\/api\/library$/, fixture: 'pika/web-library.json' },
  // PixVerse: the app calls its API host cross-origin: the personal video list, then the result of a pending video.
  { host: 'app-api.pixverse.ai', path: /^\/creative_platform\/video\/list\/personal$/, fixture: 'pixverse/web-video-list.json', corsOrigins: [PIXVERSE_APP] },
  {
    host: 'app-api.pixverse.ai',
    path: /^\/openapi\/v2\/video\/result\/315947621884105$/,
    fixture: 'pixverse/api-video-result-generating.json',
    corsOrigins: [PIXVERSE_APP],
  },
  // Higgsfield: the person's requests in the documented request-status shape.
  { host: 'higgsfield.ai', path: /^\/api\/v1\/requests$/, fixture: 'higgsfield/demo-requests.json' },
];
