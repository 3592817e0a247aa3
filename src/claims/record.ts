import { providerById } from '../providers/index.ts';
import { typedByPerson } from './recipients.ts';
import type { Draft } from './draft.ts';
import type { Claim } from './ledger.ts';

export type SendChannel = Claim['channel'];
export type ClaimKind = Claim['kind'];

/**
 * The person used a send button: record (or update) the claim for these generations as sent, with the draft as it
 * was sent. One open claim per set of generations, so sending twice (Gmail, then copy) does not double the ledger.
 */
export function recordSent(
  claims: Record<string, Claim>,
  args: { provider: string; generationIds: string[]; draft: Draft; channel: SendChannel; now: number; newId: string; kind?: ClaimKind },
): { claims: Record<string, Claim>; id: string } {
  const key = [...args.generationIds].sort().join(',');
  const kind = args.kind ?? 'refund';
  // A "credits not returned" ticket is a claim of its own, even for generations that already have a refund claim.
  const existing = Object.values(claims).find(
    (c) =>
      c.provider === args.provider &&
      c.kind === kind &&
      [...c.generationIds].sort().join(',') === key &&
      (c.state === 'drafted' || c.state === 'sent'),
  );
  // A recipient the provider file does not document was typed by the person: marked, so a backup import keeps it.
  const typed = typedByPerson(providerById(args.provider), args.draft.to);
  const draft = {
    subject: args.draft.subject,
    body: args.draft.body,
    ...(args.draft.to ? { to: args.draft.to } : {}),
    ...(typed ? { toByPerson: true as const } : {}),
    ...(args.draft.supportUrl ? { supportUrl: args.draft.supportUrl } : {}),
  };
  if (existing) {
    const updated: Claim = {
      ...existing,
      draft,
      channel: args.channel,
      updatedAt: args.now,
      ...(existing.state === 'drafted' ? { state: 'sent', history: [...existing.history, { state: 'sent', at: args.now }] } : {}),
    };
    return { claims: { ...claims, [existing.id]: updated }, id: existing.id };
  }
  const claim: Claim = {
    id: args.newId,
    provider: args.provider,
    generationIds: args.generationIds,
    state: 'sent',
    draft,
    channel: args.channel,
    kind,
    followUps: [],
    // What the provider bills in: credits, or an allowance (Grok's video generations, Midjourney's Fast GPU time).
    amounts: { unit: providerById(args.provider)?.billing?.unit ?? 'credits' },
    history: [{ state: 'sent', at: args.now }],
    createdAt: args.now,
    updatedAt: args.now,
  };
  return { claims: { ...claims, [claim.id]: claim }, id: claim.id };
}

/** The person sent a follow-up from the dashboard: remember when, so the next one is counted from now. */
export function recordFollowUp(c: Claim, args: { channel: SendChannel; subject: string; now: number }): Claim {
  return {
    ...c,
    followUps: [...c.followUps, { at: args.now, channel: args.channel, subject: args.subject }].slice(-50),
    updatedAt: args.now,
  };
}
