import { PROVIDERS } from './index.ts';

/** Content-script match patterns for every registered provider, deduplicated and sorted for a stable manifest. */
export function contentMatches(): string[] {
  return [...new Set(PROVIDERS.flatMap((p) => p.matches))].sort();
}
