import type { ProviderDefinition } from '../providers/types.ts';
import { type Generation, isProblem } from '../shared/generation.ts';
import { collapseRelated, triage } from './triage.ts';

/**
 * The one definition of "a problem", shared by the badge (service worker) and the popup: failed, blocked, a known
 * failure kind, or a job stuck past the provider's limit (which the popup lists first, so the badge counts it too).
 */
export function isProblemAt(g: Generation, provider: ProviderDefinition, now: Date): boolean {
  return isProblem(g) || triage(g, provider, now).kind !== undefined;
}

/** How many problems a tab shows: one job known by two IDs counts once, as the popup lists it once. */
export function countProblems(gens: readonly Generation[], provider: ProviderDefinition, now: Date): number {
  const rows = collapseRelated(
    gens.map((g) => ({ g, t: triage(g, provider, now) })),
    provider,
  );
  return rows.filter((r) => isProblemAt(r.g, provider, now)).length;
}
