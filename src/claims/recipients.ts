/**
 * Where a claim may be sent: the addresses and pages the provider's file documents (each sourced there), or an
 * address the person typed themselves (marked `toByPerson` when the claim is saved). Checked when a backup is
 * imported, so a crafted backup cannot point the person's follow-ups at someone else. Pure.
 */
import type { ProviderDefinition } from '../providers/types.ts';
import type { Claim } from './ledger.ts';

const norm = (s: string) => s.trim().toLowerCase();

/** Is `to` (one or more addresses, comma separated) made only of addresses the provider file documents? */
export function recipientDocumented(p: ProviderDefinition | undefined, to: string): boolean {
  const known = new Set((p?.support.channels ?? []).filter((c) => c.kind === 'email').map((c) => norm(c.value)));
  const parts = to.split(',').map(norm).filter(Boolean);
  return parts.length > 0 && parts.every((a) => known.has(a));
}

/** Is `url` one of the provider file's documented pages (same origin and path; the query is not compared)? */
export function pageDocumented(p: ProviderDefinition | undefined, url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol !== 'https:' || u.username || u.password) return false;
  return (p?.support.channels ?? []).some((c) => {
    if (c.kind === 'email') return false;
    try {
      const d = new URL(c.value);
      return d.origin === u.origin && d.pathname === u.pathname;
    } catch {
      return false;
    }
  });
}

/** The flag saved with a sent claim: the recipient is not a documented one, so the person typed it. */
export const typedByPerson = (p: ProviderDefinition | undefined, to: string | undefined): boolean => !!to && !recipientDocumented(p, to);

/**
 * What checking an imported claim changed, as data for the page to word in the person's language: a recipient or
 * support page left out (not documented for the claim's provider), or a recipient kept because the person typed it.
 */
export type ClaimImportNote =
  | { kind: 'recipient-dropped'; claim: string; provider: string; to: string }
  | { kind: 'page-dropped'; claim: string; provider: string; url: string }
  | { kind: 'recipient-kept'; claim: string; to: string };

/**
 * A claim from a backup with its recipient and support page checked: undocumented ones are dropped (and said so),
 * except a recipient marked as typed by the person, which is kept and named so the person sees it at import.
 */
export function checkImportedClaim(c: Claim, p: ProviderDefinition | undefined): { claim: Claim; notes: ClaimImportNote[] } {
  const notes: ClaimImportNote[] = [];
  const draft = { ...c.draft };
  if (draft.to && !recipientDocumented(p, draft.to)) {
    if (draft.toByPerson) notes.push({ kind: 'recipient-kept', claim: c.id, to: draft.to.slice(0, 100) });
    else {
      notes.push({ kind: 'recipient-dropped', claim: c.id, provider: c.provider, to: draft.to.slice(0, 100) });
      delete draft.to;
      delete draft.toByPerson;
    }
  }
  if (!draft.to) delete draft.toByPerson;
  if (draft.supportUrl && !pageDocumented(p, draft.supportUrl)) {
    notes.push({ kind: 'page-dropped', claim: c.id, provider: c.provider, url: draft.supportUrl.slice(0, 100) });
    delete draft.supportUrl;
  }
  return { claim: { ...c, draft }, notes };
}
