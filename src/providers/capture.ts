/**
 * The capture registry: each provider's capture part (pages, API URLs, ID formats, parsers) without its sourced fact
 * texts, in the same order as PROVIDERS (providers/index.ts, which builds its lookups on these). The content script
 * imports this module, not index.ts, so none of the facts reach the script injected on every provider page.
 */
import { matchesPattern } from '../shared/match-pattern.ts';
import { dreaminaCapture } from './dreamina.ts';
import { fireflyCapture } from './firefly.ts';
import { grokCapture } from './grok.ts';
import { hailuoCapture } from './hailuo.ts';
import { heygenCapture } from './heygen.ts';
import { higgsfieldCapture } from './higgsfield.ts';
import { klingCapture } from './kling.ts';
import { lumaCapture } from './luma.ts';
import { midjourneyCapture } from './midjourney.ts';
import { pikaCapture } from './pika.ts';
import { pixverseCapture } from './pixverse.ts';
import { runwayCapture } from './runway.ts';
import { soraCapture } from './sora.ts';
import { veoCapture } from './veo.ts';
import type { ProviderCapture } from './types.ts';

export type { ProviderCapture } from './types.ts';

/** Same ids, same order as PROVIDERS (a unit test holds them together). */
export const CAPTURES: readonly ProviderCapture[] = [
  soraCapture,
  runwayCapture,
  veoCapture,
  lumaCapture,
  klingCapture,
  hailuoCapture,
  pikaCapture,
  pixverseCapture,
  higgsfieldCapture,
  dreaminaCapture,
  midjourneyCapture,
  grokCapture,
  fireflyCapture,
  heygenCapture,
];

const byId = new Map(CAPTURES.map((p) => [p.id, p]));

export function providerById(id: string): ProviderCapture | undefined {
  return byId.get(id);
}

/** The provider whose generation pages include this URL (by its declared match patterns). */
export function providerForUrl(url: string): ProviderCapture | undefined {
  return CAPTURES.find((p) => p.matches.some((m) => matchesPattern(m, url)));
}

/** Does this provider watch responses from this URL (one of its `apiUrls`)? The collector and `ava extract` both ask. */
export function watchesApiUrl(p: Pick<ProviderCapture, 'apiUrls'>, url: string): boolean {
  return p.apiUrls.some((re) => re.test(url));
}

/** The provider whose API URL patterns take this response URL: how `ava extract --url` picks a parser. */
export function providerForApiUrl(url: string): ProviderCapture | undefined {
  return CAPTURES.find((p) => watchesApiUrl(p, url));
}
