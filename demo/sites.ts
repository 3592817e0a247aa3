/**
 * The demo pages `npm start` opens and the start page lists. Adding a provider's demo = one entry here, one entry per
 * API endpoint in routes.ts, a folder under sites/<hostname>/, and fixture JSON under tests/fixtures/<provider>/.
 */
export interface DemoPage {
  /** Provider id from src/providers (the registry); the start page groups by it. */
  provider: string;
  title: string;
  /** Full URL at the provider's real hostname; the server answers it through --host-resolver-rules. */
  url: string;
  /** One line: which generations the page shows, so a person knows what to look for. */
  shows: string;
}

/** The start page's own host: a reserved-looking name that no real site uses, so it can never collide. */
export const START_HOST = 'ava.demo';
export const START_URL = `https://${START_HOST}/`;

/** Serves the demo's media files (sample clips); fixtures point artifact URLs here when the real CDN is unknown. */
export const MEDIA_HOST = 'media.ava.demo';

export const DEMO_PAGES: readonly DemoPage[] = [
  {
    provider: 'sora',
    title: 'Sora: library',
    url: 'https://sora.chatgpt.com/library',
    shows: 'a finished draft, a generation error, a content-policy block, a failed task, a task stuck for days, an XSS probe prompt',
  },
  {
    provider: 'sora',
    title: 'Sora: drafts',
    url: 'https://sora.chatgpt.com/drafts',
    shows: 'the same drafts without the pending tasks',
  },
  {
    provider: 'runway',
    title: 'Runway: generate session',
    url: 'https://app.runwayml.com/video-tools/teams/demo/ai-tools/generate?mode=tools&sessionId=6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f',
    shows: 'SUCCEEDED, FAILED INTERNAL.BAD_OUTPUT.CODE01, FAILED SAFETY.INPUT.TEXT, a RUNNING task stuck for days, THROTTLED',
  },
];

/** Hosts that serve another host's folder (the provider answers on both names). */
export const SITE_ALIASES: Readonly<Record<string, string>> = {
  'sora.com': 'sora.chatgpt.com',
};
