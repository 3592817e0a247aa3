import type { ProviderDefinition } from '../providers/types.ts';
import type { Generation } from '../shared/generation.ts';
import type { BalanceEntry } from './balances.ts';
import type { CreditCheck } from './credit-check.ts';
import type { Draft } from './draft.ts';
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
  const email = p.support.channels.find((ch) => ch.kind === 'email');
  const site = p.support.channels.find((ch) => ch.kind !== 'email');
  const facts = [`status ${g.providerStatus ?? g.status}`, g.providerCode ? `code ${g.providerCode}` : undefined, g.createdAt ? `created ${g.createdAt.slice(0, 10)}` : undefined].filter(Boolean);
  const body: string[] = [`Hello ${p.name} Support,`, '', `A generation on my account failed, and the credits it used have not come back to my balance.`, ''];
  const account: string[] = [];
  if (c.account.email) account.push(`Account email: ${c.account.email}`);
  if (c.account.last4 && p.ticket.accountFields.includes('last4')) account.push(`Payment method: card ending in ${c.account.last4}`);
  if (account.length) body.push(...account, '');
  body.push('Generation ID:', `- ${g.id}: ${kind ? termFor(p, kind) : 'Failed generation'} (${facts.join(', ')})`);
  if (g.relatedIds?.length) body.push(`  Related IDs: ${g.relatedIds.join(', ')}`);
  if (g.message) body.push(`  Message shown: “${g.message.slice(0, 300)}”`);
  body.push('', 'What my account showed:');
  const k = c.check;
  if (k.status === 'charged') {
    body.push(`- The task’s own record shows ${k.charge.field}: ${k.charge.amount} (${figure(k.charge)} charged), last seen ${stamp(k.charge.lastAt)}, although the generation failed.`);
  } else {
    body.push(
      `- Balance before the generation (${k.before.field}): ${figure(k.before)}, seen ${stamp(k.before.lastAt)}.`,
      `- Balance after it failed: ${figure(k.after)}, seen ${stamp(k.after.lastAt)}.`,
      `- Not returned: ${k.missing} ${k.after.unit}. No other generation was started in between.`,
    );
  }
  body.push('');
  const auto = p.policy.autoRefundOnFailure.value === true;
  const window = k.windowMinutes;
  if (auto && window !== undefined) body.push(`Your policy says credits for failed generations come back automatically within ${duration(window)}; that time has passed.`);
  else if (auto) body.push('Your policy says credits for failed generations come back automatically.');
  body.push(`Could you please return the ${k.status === 'charged' ? `${figure(k.charge)}` : `${k.missing} ${k.after.unit}`} to my account? ${p.policy.summary.value}`, '', 'Thank you,', c.account.name || c.account.email || '');
  return {
    to: email?.value,
    supportUrl: site?.value,
    channelNote: email ? undefined : p.support.noneDocumented,
    subject: p.ticket.subjects.creditsNotReturned,
    body: body.join('\n').trimEnd(),
  };
}
