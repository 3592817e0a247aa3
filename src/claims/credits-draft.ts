import type { ProviderDefinition } from '../providers/types.ts';
import type { Generation } from '../shared/generation.ts';
import type { BalanceEntry } from './balances.ts';
import type { CreditCheck } from './credit-check.ts';
import type { Draft } from './draft.ts';
import { accountLines, channelFor, citation, greeting, idLines, signOff, subjectWithIds } from './draft-parts.ts';
import { termFor } from './terms.ts';
import { effectiveKind } from './triage.ts';

export interface CreditsCase {
  provider: ProviderDefinition;
  g: Generation;
  /** A check that found credits missing (offersCreditsDraft). */
  check: Extract<CreditCheck, { status: 'charged' | 'not-returned' }>;
  account: { email?: string; last4?: string; name?: string };
  now: Date;
}

const stamp = (t: number) => `${new Date(t).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
const figure = (e: BalanceEntry) => `${e.amount} ${e.unit}`;
const duration = (min: number) => (min % 60 === 0 ? `${min / 60} hour${min === 60 ? '' : 's'}` : `${min} minutes`);

/**
 * The "credits not returned" ticket: the failed generation, and the figures the provider's own page showed (the
 * balance before and after, or the charge on the failed task), with the field names so support can check them.
 * Pure: same case, same draft. It claims no more than the figures show.
 */
export function draftCreditsNotReturned(c: CreditsCase): Draft {
  const p = c.provider;
  const g = c.g;
  const kind = effectiveKind(g, p, c.now);
  const k = c.check;
  const on = g.createdAt ? ` on ${g.createdAt.slice(0, 10)}` : '';
  const what = `My generation${on} failed${kind ? ` (${termFor(p, kind)})` : ''}, and the credits it used have not come back.`;
  const figures =
    k.status === 'charged'
      ? [`My account shows ${k.charge.field}: ${k.charge.amount} for it (${figure(k.charge)}), last seen ${stamp(k.charge.lastAt)}.`]
      : [
          `My balance (${k.before.field}) was ${figure(k.before)} before it, seen ${stamp(k.before.lastAt)}, ` +
            `and ${figure(k.after)} after it failed, seen ${stamp(k.after.lastAt)}.`,
          'I started no other generation in between.',
        ];
  const auto = p.policy.autoRefundOnFailure.value === true;
  const window = k.windowMinutes;
  // The provider's own article where one is sourced; else its stated refund time, said once and briefly.
  const late =
    auto && window !== undefined ? `Credits for a failed generation are meant to come back within ${duration(window)}` : undefined;
  const cite = citation(p) ?? (late ? `${late}; that time has passed.` : undefined);
  const amount = k.status === 'charged' ? figure(k.charge) : `${k.missing} ${k.after.unit}`;
  const blocks = [
    [greeting(p)],
    [what, ...figures],
    [...(cite ? [cite] : []), `Could you please return the ${amount} to my account?`],
    [...accountLines(p, c.account), ...idLines([g])],
    signOff(c.account),
  ];
  return {
    ...channelFor(p),
    subject: subjectWithIds(p.ticket.subjects.creditsNotReturned, [g]),
    body: blocks
      .map((b) => b.join('\n'))
      .join('\n\n')
      .trimEnd(),
  };
}
