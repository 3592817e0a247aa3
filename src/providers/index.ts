import * as capture from './capture.ts';
import { dreamina } from './dreamina.ts';
import { firefly } from './firefly.ts';
import { grok } from './grok.ts';
import { hailuo } from './hailuo.ts';
import { heygen } from './heygen.ts';
import { higgsfield } from './higgsfield.ts';
import { kling } from './kling.ts';
import { luma } from './luma.ts';
import { midjourney } from './midjourney.ts';
import { pika } from './pika.ts';
import { pixverse } from './pixverse.ts';
import { runway } from './runway.ts';
import { sora } from './sora.ts';
import { veo } from './veo.ts';
import type { ProviderCapture, ProviderDefinition } from './types.ts';

export { watchesApiUrl } from './capture.ts';
export type { ProviderCapture, ProviderDefinition } from './types.ts';

/**
 * The provider registry: adding a provider is one file plus one line here and one in capture.ts (its capture part, for
 * the content script). The manifest is derived from this list.
 */
export const PROVIDERS: readonly ProviderDefinition[] = [
  sora,
  runway,
  veo,
  luma,
  kling,
  hailuo,
  pika,
  pixverse,
  higgsfield,
  dreamina,
  midjourney,
  grok,
  firefly,
  heygen,
];

const byId = new Map(PROVIDERS.map((p) => [p.id, p]));

export function providerById(id: string): ProviderDefinition | undefined {
  return byId.get(id);
}

/** The full definition for a capture part (CAPTURES and PROVIDERS hold the same ids, in the same order). */
const full = (c: ProviderCapture | undefined): ProviderDefinition | undefined => (c ? byId.get(c.id) : undefined);

/** The provider whose generation pages include this URL (by its declared match patterns). */
export function providerForUrl(url: string): ProviderDefinition | undefined {
  return full(capture.providerForUrl(url));
}

/** The provider whose API URL patterns take this response URL: how `ava extract --url` picks a parser. */
export function providerForApiUrl(url: string): ProviderDefinition | undefined {
  return full(capture.providerForApiUrl(url));
}

export const PROVIDER_IDS = PROVIDERS.map((p) => p.id);

/** Content-script match patterns for every registered provider, deduplicated and sorted for a stable manifest. */
export function contentMatches(): string[] {
  return [...new Set(PROVIDERS.flatMap((p) => p.matches))].sort();
}

/**
 * Match patterns for the providers' sourced media hosts (where generated videos are served): optional host
 * permissions, asked for when the person analyses a video from such a host whose server sends no CORS headers.
 */
export function mediaMatches(): string[] {
  return [...new Set(PROVIDERS.flatMap((p) => p.mediaHosts.map((h) => `https://${h}/*`)))].sort();
}
