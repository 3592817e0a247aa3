/** The popup's and the dashboard's writes to the claim ledger (chrome.storage.local); the rules are pure, in src/claims/. */
import type { Draft } from '../claims/draft.ts';
import { type Claim, type ClaimState, moveClaim } from '../claims/ledger.ts';
import { type ClaimKind, recordSent, type SendChannel } from '../claims/record.ts';
import { claimsItem } from '../storage/items.ts';
import { t } from '../shared/i18n.ts';
import { localStore } from './store.ts';

/** A send button was used: record the claim as sent, with the text as it was sent. */
export async function saveSentClaim(args: {
  provider: string;
  generationIds: string[];
  channel: SendChannel;
  draft: Draft;
  kind?: ClaimKind;
}): Promise<void> {
  const newId = `claim-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
  await localStore.update(claimsItem, (claims) => recordSent(claims, { ...args, now: Date.now(), newId }).claims);
}

/** Every claim that names this generation, newest first. */
export function claimsOf(ledger: Record<string, Claim>, provider: string, generationId: string): Claim[] {
  return Object.values(ledger)
    .filter((c) => c.provider === provider && c.generationIds.includes(generationId))
    .sort((a, b) => b.updatedAt - a.updatedAt);
}

/** Move one claim to a new state (the ledger refuses moves that make no sense); the whole ledger after the move. */
export async function moveSavedClaim(id: string, to: ClaimState, credited?: number): Promise<Record<string, Claim>> {
  return localStore.update(claimsItem, (all) => {
    const c = all[id];
    if (!c) throw new Error(t('popup_claim_missing'));
    return { ...all, [id]: moveClaim(c, to, Date.now(), undefined, credited) };
  });
}
