/** Each provider's generation pages are matched by its own patterns only, with Chrome's match-pattern semantics. */
import { describe, expect, it } from 'vitest';
import { PROVIDERS, providerForUrl } from '../../src/providers/index.ts';
import { matchesPattern } from '../../src/shared/match-pattern.ts';

const accepts = (p: (typeof PROVIDERS)[number], u: string) => p.matches.some((m) => matchesPattern(m, u));

describe.each(PROVIDERS.map((p) => [p.id, p] as const))('%s URL patterns', (id, p) => {
  it.each([...p.testUrls])('accepts its own %s and providerForUrl names it', (u) => {
    expect(accepts(p, u)).toBe(true);
    expect(providerForUrl(u)?.id).toBe(id);
  });

  it('rejects every other provider’s test URLs', () => {
    for (const other of PROVIDERS) {
      if (other.id === id) continue;
      for (const u of other.testUrls) expect(accepts(p, u), `${id} must not match ${other.id}'s ${u}`).toBe(false);
    }
  });

  it('every match pattern is a valid https pattern on a declared host', () => {
    for (const m of p.matches) {
      const host = /^https:\/\/([^/]+)\//.exec(m)?.[1];
      expect(host, m).toBeDefined();
      expect(p.hosts).toContain(host);
    }
  });
});

describe('look-alike and unrelated pages are nobody’s', () => {
  it.each([
    'https://kling-4.net/',
    'https://www.kling-4.net/text-to-video',
    'https://klingo1.co/create',
    'https://kling3ai.co/',
    'https://app.klingai.com.evil.example/global/',
    'https://klingai.com.kling3ai.co/',
    'https://pika.style/',
    'https://www.pika.style/editor',
    'https://pika.art.example.com/video/5d3c2b1a-0f9e-4d8c-b7a6-1e2f3a4b5c6d',
    'https://labs.google/fx/tools/whisk',
    'https://labs.google/fx/tools/image-fx',
    'https://labs.google/',
    'https://www.google.com/search?q=labs.google/fx/tools/flow',
    'https://labs.google.evil.example/fx/tools/flow',
    'https://lumalabs.ai/',
    'https://lumalabs.ai/genie',
    'https://hailuoai.video.example.net/create',
    'https://pixverse.ai/',
    'https://higgsfield.ai.example.org/',
    'https://chatgpt.com/',
    'https://runwayml.com/',
    'http://app.klingai.com/global/',
    // Grok's chats are not the Imagine pages; CapCut's editor, Adobe's and HeyGen's marketing sites are not the apps.
    'https://grok.com/',
    'https://grok.com/chat/0b6e1f4a-2c3d-4e5f-8a9b-0c1d2e3f4a5b',
    'https://dreamina.capcut.com.evil.example/ai-tool/video/generate',
    'https://www.capcut.com/editor',
    'https://www.adobe.com/products/firefly.html',
    'https://www.heygen.com/',
    'https://docs.midjourney.com/',
  ])('%s', (u) => {
    expect(providerForUrl(u)).toBeUndefined();
  });
});
