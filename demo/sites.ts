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
    shows:
      'finished drafts with real (synthetic) videos: one flickers (MP4, and WebM for the fallback decoder), one is clean, one is cut short, one misspells a sign, one host refuses, one download stalls',
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
    url: 'https://flow.google.com/project/3f2a9c1e-7b4d-4e8a-9c2f-1a2b3c4d5e6f',
    shows:
      'media[] (2026): SUCCESSFUL, FAILED "Internal error", FAILED PUBLIC_ERROR_UNSAFE_GENERATION (Flow\'s failed tiles), ' +
      'ACTIVE for days; "Generate a scene" fails and keeps the credits (credit check)',
  },
  {
    provider: 'luma',
    title: 'Luma Dream Machine: creations',
    url: 'https://lumalabs.ai/dream-machine/creations',
    shows:
      'the web list (pending, processing, completed with video.url, failed) and the API shape: generation_failed, ' +
      'a moderation block, dreaming for days',
  },
  {
    provider: 'kling',
    title: 'Kling: text to video',
    url: 'https://kling.ai/app/video/new',
    shows:
      'every web status: 99 completed, 98 partial, 6/50-52/58 failed, 7/8/9 sensitive text/image/result, 5 queuing, ' +
      '10 running for days',
  },
  {
    provider: 'hailuo',
    title: 'Hailuo: create',
    url: 'https://hailuoai.video/create',
    shows: 'the 2026 feed: status 2 done, 5 failed, 7 content review, 12 processing for a year, 11 queued',
  },
  {
    provider: 'pika',
    title: 'Pika: library',
    url: 'https://create.pika.art/library',
    shows: 'the library as an RSC stream (text/x-component): finished, error, error from moderation, queued for days',
  },
  {
    provider: 'pixverse',
    title: 'PixVerse: create',
    url: 'https://app.pixverse.ai/create',
    shows:
      'status 1 success, 9 failed, 6 deleted, 10 (unknown), 7 moderation failure, 5 generating (one for days, from the ' +
      'result endpoint)',
  },
  {
    provider: 'higgsfield',
    title: 'Higgsfield: create video',
    url: 'https://higgsfield.ai/create/video',
    shows: 'jobs from fnf.higgsfield.ai: completed, failed, nsfw, in_progress for days, queued, and a just-submitted job',
  },
  {
    provider: 'dreamina',
    title: 'Dreamina: AI video',
    url: 'https://dreamina.capcut.com/ai-tool/video/generate',
    shows: 'status 50 ready, 30 failed (fail_code 2036), 30 blocked by the text check (2038), 20 submitted days ago; the credit balance',
  },
  {
    provider: 'midjourney',
    title: 'Midjourney: Create',
    url: 'https://www.midjourney.com/imagine',
    shows: 'video jobs: completed, failed "Internal error", failed "Image denied", running for days',
  },
  {
    provider: 'grok',
    title: 'Grok Imagine: Videos',
    url: 'https://grok.com/imagine',
    shows: 'one stream: a finished video, "Video moderated", a video ended by an error, one still at 45%',
  },
  {
    provider: 'firefly',
    title: 'Adobe Firefly: Generate video',
    url: 'https://firefly.adobe.com/generate/video',
    shows:
      'status links (the job ID only in the URL): COMPLETED, FAILED, FAILED by a content check, RUNNING for days; ' +
      'generative credits left',
  },
  {
    provider: 'heygen',
    title: 'HeyGen: Projects',
    url: 'https://app.heygen.com/projects',
    shows: 'video_status.get per video (the ID only in the URL): completed, render failed, moderated, processing',
  },
];

/** Hosts that serve another host's folder (the provider answers on both names). */
export const SITE_ALIASES: Readonly<Record<string, string>> = {
  'sora.com': 'sora.chatgpt.com',
  // Not a Pika host (the manifest does not list it): the e2e "added site" test adds it as a new address of Pika.
  'next.pika.art': 'create.pika.art',
};
