import { HARD_FAILURES } from '../modes/hard.ts';
import { QUALITY_MODES } from '../modes/index.ts';
import type { FailureModeKey, ProviderDefinition } from '../providers/types.ts';

/** The provider's own name for a failure mode, else AVA's canonical technical name (terms only: the popup's view has them). */
export function termFor(provider: Pick<ProviderDefinition, 'terms'>, key: FailureModeKey): string {
  const own = provider.terms[key]?.term;
  if (own) return own;
  const quality = QUALITY_MODES.find((m) => m.id === key);
  if (quality) return quality.term;
  return HARD_FAILURES[key as keyof typeof HARD_FAILURES]?.term ?? key;
}
