/**
 * The content script reads only the capture registry (providers/capture.ts), the rest of AVA the full one: the two
 * must hold the same providers, in the same order, each full definition built on its capture part.
 */
import { describe, expect, it } from 'vitest';
import * as capture from '../../src/providers/capture.ts';
import { CAPTURES } from '../../src/providers/capture.ts';
import * as full from '../../src/providers/index.ts';
import { PROVIDERS } from '../../src/providers/index.ts';

const FACT_KEYS = ['stuckAfterMinutes', 'support', 'ticket', 'policy', 'lifecycle', 'terms', 'billing'];

describe('capture registry', () => {
  it('holds the same ids as PROVIDERS, in the same order', () => {
    expect(CAPTURES.map((c) => c.id)).toEqual(PROVIDERS.map((p) => p.id));
  });

  it.each(PROVIDERS.map((p, i) => [p.id, p, CAPTURES[i]!] as const))('%s spreads its capture part', (_id, p, c) => {
    expect(p.parseResponse).toBe(c.parseResponse);
    expect(p.parseDom).toBe(c.parseDom);
    expect(p.parseBalance).toBe(c.parseBalance);
    expect(p.matches).toBe(c.matches);
    expect(p.apiUrls).toBe(c.apiUrls);
    expect(p.idFormats).toBe(c.idFormats);
    for (const key of FACT_KEYS) expect(Object.hasOwn(c, key), `${key} in the capture part`).toBe(false);
  });

  it('answers the same provider as the full registry, by page and by API URL', () => {
    for (const p of PROVIDERS) {
      expect(capture.providerById(p.id)?.id).toBe(p.id);
      for (const u of p.testUrls) {
        expect(capture.providerForUrl(u)?.id, u).toBe(p.id);
        expect(full.providerForUrl(u), u).toBe(p);
      }
    }
    for (const u of ['https://example.com/', 'https://sora.chatgpt.com.evil.example/library']) {
      expect(capture.providerForUrl(u)).toBeUndefined();
      expect(full.providerForUrl(u)).toBeUndefined();
    }
    const api = 'https://sora.chatgpt.com/backend/nf/pending/v2';
    expect(capture.providerForApiUrl(api)?.id).toBe('sora');
    expect(full.providerForApiUrl(api)).toBe(full.providerById('sora'));
    expect(full.providerForApiUrl('https://example.com/api')).toBeUndefined();
  });
});
