// @vitest-environment happy-dom
/** DOM fallbacks: small and honest. IDs come from links and the page URL; nothing is invented. */
import { describe, expect, it } from 'vitest';
import { PROVIDERS } from '../../src/providers/index.ts';
import { provider } from './helpers.ts';

const doc = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

describe('parseDom', () => {
  it('luma: the creation page URL and creation links', () => {
    const d = doc(
      `<main><a href="/dream-machine/creations/7c1d2e3f-4a5b-4c6d-8e9f-a0b1c2d3e4f5">x</a><a href="/dream-machine/creations/not-an-id">y</a></main>`,
    );
    const r = provider('luma').parseDom(d, 'https://lumalabs.ai/dream-machine/creations/2b7e9d4c-1a3f-4c5e-9b8d-6f0a1e2d3c4b');
    expect(r.generations.map((g) => [g.id, g.status, g.source])).toEqual([
      ['2b7e9d4c-1a3f-4c5e-9b8d-6f0a1e2d3c4b', 'unknown', 'dom'],
      ['7c1d2e3f-4a5b-4c6d-8e9f-a0b1c2d3e4f5', 'unknown', 'dom'],
    ]);
  });

  it('pika: the video page URL and video links, deduplicated', () => {
    const d = doc(
      `<a href="https://pika.art/video/5d3c2b1a-0f9e-4d8c-b7a6-1e2f3a4b5c6d">a</a><a href="/video/5D3C2B1A-0F9E-4D8C-B7A6-1E2F3A4B5C6D">b</a>`,
    );
    const r = provider('pika').parseDom(d, 'https://pika.art/video/5d3c2b1a-0f9e-4d8c-b7a6-1e2f3a4b5c6d');
    expect(r.generations.map((g) => g.id)).toEqual(['5d3c2b1a-0f9e-4d8c-b7a6-1e2f3a4b5c6d']);
  });

  it('providers without a documented DOM return nothing rather than guess', () => {
    for (const id of ['kling', 'hailuo', 'pixverse', 'higgsfield']) {
      const p = provider(id);
      expect(p.parseDom(doc('<div data-id="123456789">Generation failed</div>'), p.testUrls[0]!)).toEqual({
        generations: [],
        problems: [],
      });
    }
  });

  it('no provider throws on an empty document or an unparsable page URL', () => {
    for (const p of PROVIDERS) {
      expect(() => p.parseDom(doc(''), p.testUrls[0]!)).not.toThrow();
      if (p.id !== 'sora') expect(() => p.parseDom(doc('<a href="::">x</a>'), 'not a url')).not.toThrow();
    }
  });
});
