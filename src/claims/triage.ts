import { HARD_FAILURES } from '../modes/hard.ts';
import type { ProviderDefinition } from '../providers/types.ts';
import type { Generation, HardFailureKind } from '../shared/generation.ts';
import { type Wording, wording } from '../shared/i18n.ts';
import { termFor } from './terms.ts';

export type Lane = 'hard' | 'moderation' | 'completed' | 'in_progress' | 'unknown';

export interface Triage {
  lane: Lane;
  kind?: HardFailureKind;
  /** The provider's term (or AVA's canonical one) for what happened. */
  term?: string;
  /** One plain sentence: what the provider's policy says happens next (English, for the CLI and logs). */
  policy: string;
  /**
   * The same sentence for the UI, in the person's language, where it is AVA's own wording; absent where `policy` is
   * the provider's own sourced text (kept verbatim).
   */
  say?: Wording;
  /** What AVA suggests: draft a claim, use the provider's feedback route, or wait. */
  action: 'draft' | 'feedback' | 'wait' | 'review';
}

/** A queued or running job older than the provider's limit is stuck (signals only; no clock reads inside). */
export function effectiveKind(g: Generation, provider: ProviderDefinition, now: Date): HardFailureKind | undefined {
  if (g.failureKind) return g.failureKind;
  if ((g.status === 'queued' || g.status === 'running') && g.createdAt) {
    const ageMin = (now.getTime() - new Date(g.createdAt).getTime()) / 60_000;
    if (ageMin > provider.stuckAfterMinutes.value) return 'stuck';
  }
  return undefined;
}

export function triage(g: Generation, provider: ProviderDefinition, now: Date): Triage {
  const kind = effectiveKind(g, provider, now);
  if (kind) {
    const lane = HARD_FAILURES[kind].lane;
    const auto = provider.policy.autoRefundOnFailure.value;
    if (lane === 'moderation') {
      return { lane, kind, term: termFor(provider, kind), policy: provider.policy.moderation.value, action: 'feedback' };
    }
    const quota = provider.billing?.kind === 'quota' ? provider.billing.unit : undefined;
    // A subscription allowance is not refunded in credits: the ask is to restore what the failure used up.
    const policy = quota
      ? auto === true
        ? `${provider.name} does not count failed generations against your ${quota}; ` +
          'if this one was counted, draft a claim to have it restored.'
        : `${provider.name} bills by a subscription allowance (${quota}), not credits; ` +
          'a claim asks for the allowance this failure used to be restored.'
      : auto === true
        ? `${provider.name} returns credits for failed generations automatically; if yours did not come back, draft a claim here.`
        : auto === false
          ? `${provider.name} does not refund failed generations automatically; a claim is needed.`
          : `${provider.name} documents no automatic refund for failures; a claim with the Generation ID is the way to ask.`;
    const say = wording(
      auto === true ? 'triage_auto_refund' : auto === false ? 'triage_no_auto_refund' : 'triage_refund_unknown',
      provider.name,
    );
    return { lane: 'hard', kind, term: termFor(provider, kind), policy, say, action: 'draft' };
  }
  if (g.status === 'succeeded') return { lane: 'completed', policy: provider.policy.qualityClaims.value, action: 'review' };
  if (g.status === 'queued' || g.status === 'running')
    return { lane: 'in_progress', policy: 'Still generating.', say: wording('triage_in_progress'), action: 'wait' };
  return { lane: 'unknown', policy: 'AVA could not read this generation’s status.', say: wording('triage_unreadable'), action: 'review' };
}

const LANE_ORDER: Record<Lane, number> = { hard: 0, moderation: 1, completed: 2, unknown: 3, in_progress: 4 };

/** Failed and suspect generations first, then newest first. */
export function sortForPopup<T extends { g: Generation; t: Triage }>(items: T[]): T[] {
  return [...items].sort((a, b) => LANE_ORDER[a.t.lane] - LANE_ORDER[b.t.lane] || (b.g.createdAt ?? '').localeCompare(a.g.createdAt ?? ''));
}

/**
 * One job can be known by two IDs (Sora's task and its generation): list it once. Keep the more severe row; on a tie
 * keep the ID the provider lists first in idFormats (the one its support asks for, e.g. Sora's Generation ID).
 */
export function collapseRelated<T extends { g: Generation; t: Triage }>(items: T[], provider: ProviderDefinition): T[] {
  const idRank = (id: string) => {
    const i = provider.idFormats.findIndex((f) => f.pattern.test(id));
    return i < 0 ? provider.idFormats.length : i;
  };
  const better = (a: T, b: T) => LANE_ORDER[a.t.lane] - LANE_ORDER[b.t.lane] || idRank(a.g.id) - idRank(b.g.id);
  const byId = new Map(items.map((x) => [x.g.id, x]));
  const hidden = new Set<string>();
  for (const a of items) {
    for (const rel of a.g.relatedIds ?? []) {
      const b = byId.get(rel);
      if (!b || b === a || hidden.has(a.g.id) || hidden.has(b.g.id)) continue;
      hidden.add(better(a, b) <= 0 ? b.g.id : a.g.id);
    }
  }
  return items.filter((x) => !hidden.has(x.g.id));
}
