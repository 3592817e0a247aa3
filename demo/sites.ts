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
    provider: 'sora',
    title: 'Sora: profile (videos to analyse)',
    url: 'https://sora.chatgpt.com/profile',
    shows: 'finished drafts with real (synthetic) videos: one flickers (MP4, and WebM for the fallback decoder), one is clean, one is cut short, one misspells a sign, one host refuses, one download stalls',
  },
  {
    provider: 'runway',
    title: 'Runway: generate session',
    url: 'https://app.runwayml.com/video-tools/teams/demo/ai-tools/generate?mode=tools&sessionId=6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f',
    shows: 'SUCCEEDED, FAILED INTERNAL.BAD_OUTPUT.CODE01, FAILED SAFETY.INPUT.TEXT, a RUNNING task stuck for days, THROTTLED',
  },
  {
    provider: 'veo',
    title: 'Veo (Flow): project',
    url: 'https://labs.google/fx/tools/flow/project/3f2a9c1e-7b4d-4e8a-9c2f-1a2b3c4d5e6f',
    shows: 'SUCCESSFUL, FAILED code 13 INTERNAL, FAILED PUBLIC_ERROR_DANGER_FILTER, a scene ACTIVE for days; "Generate a scene" fails and keeps the credits (credit check)',
  },
  {
    provider: 'luma',
    title: 'Luma Dream Machine: creations',
    url: 'https://lumalabs.ai/dream-machine/creations',
    shows: 'completed, failed generation_failed, failed "Advanced prompt moderation failed", dreaming for days, queued',
  },
  {
    provider: 'kling',
    title: 'Kling: text to video',
    url: 'https://app.klingai.com/global/text-to-video/new',
    shows: 'every web status: 99 completed, 98 partial, 6/50-52 failed, 7/8/9 sensitive text/image/result, 5 queuing, 10 running for days',
  },
  {
    provider: 'hailuo',
    title: 'Hailuo: create',
    url: 'https://hailuoai.video/create',
    shows: 'status 2 done, 3 failed (credits returned), 5/7/14 moderated (appealable or not), 0/1/11/12 pending for a year',
  },
  {
    provider: 'pika',
    title: 'Pika: library',
    url: 'https://pika.art/library',
    shows: 'finished, finished with GENERATION_FAILED, finished with a moderation error, finished without output, queued for days',
  },
  {
    provider: 'pixverse',
    title: 'PixVerse: create',
    url: 'https://app.pixverse.ai/create',
    shows: 'status 1 success, 8 failed, 7 moderation failure, 5 generating (one since days ago, from the result endpoint)',
  },
  {
    provider: 'higgsfield',
    title: 'Higgsfield: create video',
    url: 'https://higgsfield.ai/create/video',
    shows: 'completed, failed, nsfw, in_progress for days, queued',
  },
];

/** Hosts that serve another host's folder (the provider answers on both names). */
export const SITE_ALIASES: Readonly<Record<string, string>> = {
  'sora.com': 'sora.chatgpt.com',
  // Not a Pika host (the manifest does not list it): the e2e "added site" test adds it as a new address of Pika.
  'next.pika.art': 'pika.art',
};
