import type { PopupRow, ProviderView } from '../messages/tab-state.ts';
import type { ProviderDefinition } from '../providers/types.ts';
import { type Generation, generationKey } from '../shared/generation.ts';
import { QUALITY_MODES } from '../modes/index.ts';
import { isProblemAt } from './problems.ts';
import { termFor } from './terms.ts';
import { collapseRelated, sortForPopup, triage } from './triage.ts';

/**
 * What the popup's first view needs of a tab, worked out by the worker (which has the registry and the schemas
 * loaded anyway) so the popup opens without them (issue 15.4). Pure: the clock comes in as `now`.
 */

/** The facts the list, the case heading and the discontinued banner show; no parsers, patterns or policy texts. */
export function providerView(p: ProviderDefinition): ProviderView {
  const { status, events, migration } = p.lifecycle;
  return {
    id: p.id,
    name: p.name,
    lifecycle: { status, events: events.map((e) => ({ ...e })), ...(migration ? { migration: migration.map((m) => ({ ...m })) } : {}) },
    terms: Object.fromEntries(
      Object.entries(p.terms).map(([k, { term, codes, source }]) => [k, { term, source, ...(codes ? { codes: [...codes] } : {}) }]),
    ),
    qualityTerms: QUALITY_MODES.map((m) => ({ id: m.id, term: termFor(p, m.id) })),
  };
}

/** The tab's generations as the popup lists them: triaged, one row per job, failed and suspect first, newest first. */
export function popupRows(generations: readonly Generation[], provider: ProviderDefinition, now: Date): PopupRow[] {
  const rows = generations.map((g) => ({ key: generationKey(g), g, t: triage(g, provider, now), problem: isProblemAt(g, provider, now) }));
  return sortForPopup(collapseRelated(rows, provider));
}
