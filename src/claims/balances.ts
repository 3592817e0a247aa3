import { z } from 'zod';
import type { BalanceReading } from '../providers/types.ts';

/**
 * A provider's balance (or one generation's charge) as AVA saw it on the provider's own page. One entry per run of
 * equal readings: `firstAt` is when AVA first saw this amount, `lastAt` the last time it saw it still the same, so
 * "the balance before a generation" and "after it failed" can be read off the history without storing every poll.
 * Times are the service worker's clock, never the page's.
 */
export const BalanceEntrySchema = z.object({
  kind: z.enum(['balance', 'charge']),
  amount: z.number().nonnegative().max(1e12),
  unit: z.string().max(20),
  /** The provider's field, verbatim (credit_remaining, remainingCredits, final_unit_deduction). */
  field: z.string().max(60),
  generationId: z.string().max(200).optional(),
  firstAt: z.number(),
  lastAt: z.number(),
});
export type BalanceEntry = z.infer<typeof BalanceEntrySchema>;

/** Per provider; the oldest entries go first. A few hundred runs of equal readings cover months of use. */
export const MAX_BALANCE_ENTRIES_PER_PROVIDER = 300;

/** The reading as the message contract carries it (content script -> service worker). */
export const BalanceReadingSchema = z.object({
  kind: z.enum(['balance', 'charge']),
  amount: z.number().nonnegative().max(1e12),
  unit: z.string().max(20),
  field: z.string().max(60),
  generationId: z.string().max(200).optional(),
});

/**
 * Add readings to one provider's history. A balance equal to the latest one of the same field only extends that
 * entry; a charge replaces the earlier charge for the same generation (the provider's latest word on it).
 */
export function recordReadings(history: readonly BalanceEntry[], readings: readonly BalanceReading[], now: number): BalanceEntry[] {
  const out = [...history];
  for (const r of readings) {
    if (r.kind === 'charge') {
      if (!r.generationId) continue;
      const i = out.findIndex((e) => e.kind === 'charge' && e.generationId === r.generationId && e.field === r.field);
      if (i >= 0 && out[i]!.amount === r.amount) out[i] = { ...out[i]!, lastAt: now };
      else {
        if (i >= 0) out.splice(i, 1);
        out.push({ ...r, firstAt: now, lastAt: now });
      }
      continue;
    }
    const last = findLast(out, (e) => e.kind === 'balance' && e.field === r.field);
    if (last && last.e.amount === r.amount && last.e.unit === r.unit) out[last.i] = { ...last.e, lastAt: now };
    else out.push({ kind: 'balance', amount: r.amount, unit: r.unit, field: r.field, firstAt: now, lastAt: now });
  }
  return out.slice(-MAX_BALANCE_ENTRIES_PER_PROVIDER);
}

function findLast<T>(list: readonly T[], ok: (x: T) => boolean): { e: T; i: number } | undefined {
  for (let i = list.length - 1; i >= 0; i--) if (ok(list[i]!)) return { e: list[i]!, i };
  return undefined;
}
