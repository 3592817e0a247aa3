import type { ProviderDefinition } from '../providers/types.ts';
import type { Generation } from '../shared/generation.ts';
import type { BalanceEntry } from './balances.ts';

export interface CreditCheckInput {
  g: Generation;
  /** When AVA first saw this generation (ms); stands in for a missing creation time. */
  firstSeen?: number;
  provider: ProviderDefinition;
  /** The provider's balance history (balances.ts), oldest first. */
  history: readonly BalanceEntry[];
  /** The provider's other generations AVA knows (one started between two readings may explain a change). */
  others: readonly { g: Generation; firstSeen: number }[];
  now: number;
}

interface Figures {
  before: BalanceEntry;
  after: BalanceEntry;
}

/**
 * Did the credits for a failed generation come back? Only from what the provider's own pages showed:
 * - a charge for this very generation (Kling `final_unit_deduction`) answers it directly;
 * - otherwise the balance seen before the generation started against the latest balance seen after it.
 * `windowMinutes` is the provider's stated refund time, absent where no source states one (then AVA says so and
 * cannot call the refund late, only missing as of the last reading).
 */
export type CreditCheck =
  | { status: 'no-balance' }
  | { status: 'no-before'; after: BalanceEntry }
  | { status: 'charged'; charge: BalanceEntry; windowMinutes?: number }
  | { status: 'not-charged'; charge: BalanceEntry }
  | ({ status: 'returned' } & Figures)
  | ({ status: 'unclear'; others: number } & Figures)
  | ({ status: 'waiting'; missing: number; dueAt: number; windowMinutes: number } & Figures)
  | ({ status: 'not-returned'; missing: number; windowMinutes?: number; dueAt?: number } & Figures);

const ms = (iso?: string): number | undefined => {
  const t = iso ? Date.parse(iso) : NaN;
  return Number.isFinite(t) ? t : undefined;
};

/** The moments that matter: when the generation started (credits are taken then) and when it ended. */
export function generationTimes(g: Generation, firstSeen?: number): { startedAt?: number; endedAt?: number } {
  const startedAt = ms(g.createdAt) ?? firstSeen;
  return { startedAt, endedAt: ms(g.updatedAt) ?? startedAt };
}

export function checkCredits(x: CreditCheckInput): CreditCheck {
  const ids = new Set([x.g.id, ...(x.g.relatedIds ?? [])]);
  const windowMinutes = x.provider.policy.refundWithinMinutes?.value;
  const charge = [...x.history].reverse().find((e) => e.kind === 'charge' && e.generationId !== undefined && ids.has(e.generationId));
  if (charge)
    return charge.amount > 0
      ? { status: 'charged', charge, ...(windowMinutes !== undefined ? { windowMinutes } : {}) }
      : { status: 'not-charged', charge };

  const balances = x.history.filter((e) => e.kind === 'balance');
  if (!balances.length) return { status: 'no-balance' };
  const { startedAt, endedAt } = generationTimes(x.g, x.firstSeen);
  const latest = balances.reduce((a, b) => (b.lastAt >= a.lastAt ? b : a));
  if (startedAt === undefined) return { status: 'no-before', after: latest };
  // The amount in force when the generation started: first seen at or before that moment.
  const before = [...balances].reverse().find((e) => e.firstAt <= startedAt);
  if (!before || latest.lastAt <= startedAt) return { status: 'no-before', after: latest };
  const after = latest;
  if (after === before || after.amount >= before.amount) return { status: 'returned', before, after };

  const others = x.others.filter(({ g, firstSeen }) => {
    if (ids.has(g.id) || g.relatedIds?.some((r) => ids.has(r))) return false;
    const t = generationTimes(g, firstSeen).startedAt;
    return t !== undefined && t > before.lastAt && t <= after.firstAt;
  }).length;
  if (others > 0) return { status: 'unclear', before, after, others };

  const missing = Math.round((before.amount - after.amount) * 1e6) / 1e6;
  if (windowMinutes === undefined) return { status: 'not-returned', before, after, missing };
  const dueAt = (endedAt ?? startedAt) + windowMinutes * 60_000;
  if (x.now < dueAt) return { status: 'waiting', before, after, missing, dueAt, windowMinutes };
  return { status: 'not-returned', before, after, missing, windowMinutes, dueAt };
}

/** Whether the popup should offer the "credits not returned" draft for this check. */
export const offersCreditsDraft = (c: CreditCheck): c is Extract<CreditCheck, { status: 'charged' | 'not-returned' }> =>
  c.status === 'charged' || c.status === 'not-returned';
