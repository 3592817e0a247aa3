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
}

const RUNWAY_APP = 'https://app.runwayml.com';
const UUID = '([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})';

export const API_ROUTES: readonly ApiRoute[] = [
  // Sora web app (same origin as the page).
  { host: 'sora.chatgpt.com', path: /^\/backend\/nf\/pending\/v2$/, fixture: 'sora/pending-v2.json' },
  { host: 'sora.chatgpt.com', path: /^\/backend\/project_y\/profile\/drafts\/v2$/, fixture: 'sora/drafts-v2.json' },
  { host: 'sora.chatgpt.com', path: /^\/backend\/nf\/check$/, fixture: 'sora/check.json' },
  // Runway: the app calls its API host cross-origin with a bearer token, so preflights happen as they do for real.
  { host: 'api.runwayml.com', path: /^\/v1\/tasks$/, fixture: 'runway/web-tasks.json', corsOrigins: [RUNWAY_APP] },
  { host: 'api.runwayml.com', path: new RegExp(`^/v1/tasks/${UUID}$`), fixture: 'runway/api-tasks.json', byId: true, corsOrigins: [RUNWAY_APP] },
];
