import type { UnreadResponse } from '../shared/unread.ts';
import { type DiagnosticEntry, MAX_DIAGNOSTICS, MAX_DIAGNOSTICS_PER_PROVIDER, MAX_DIAGNOSTIC_AGE_MS } from './items.ts';

/** One entry per provider, kind and path: repeated polls of one endpoint add to its count, not to the list. */
export const diagnosticKey = (provider: string, kind: string, path: string): string => `${provider} ${kind} ${path}`;

/**
 * Merge a content script's report into the stored diagnostics (pure). Entries older than the age bound go; then each
 * provider keeps its most recently seen MAX_DIAGNOSTICS_PER_PROVIDER, and all together MAX_DIAGNOSTICS, so one page
 * reporting many odd paths can push out only its own provider's oldest entries.
 */
export function recordUnread(
  all: Record<string, DiagnosticEntry>,
  provider: string,
  responses: readonly UnreadResponse[],
  now: number,
): Record<string, DiagnosticEntry> {
  const next: Record<string, DiagnosticEntry> = {};
  for (const [k, e] of Object.entries(all)) if (now - e.lastSeen <= MAX_DIAGNOSTIC_AGE_MS) next[k] = e;
  for (const r of responses) {
    const k = diagnosticKey(provider, r.kind, r.path);
    const old = next[k];
    next[k] = {
      provider,
      path: r.path,
      kind: r.kind,
      shape: r.shape,
      count: Math.min((old?.count ?? 0) + r.count, 1_000_000),
      firstSeen: old?.firstSeen ?? now,
      lastSeen: now,
    };
  }
  const newestFirst = (a: [string, DiagnosticEntry], b: [string, DiagnosticEntry]) => b[1].lastSeen - a[1].lastSeen;
  const own = Object.entries(next)
    .filter(([, e]) => e.provider === provider)
    .sort(newestFirst);
  for (const [k] of own.slice(MAX_DIAGNOSTICS_PER_PROVIDER)) delete next[k];
  const every = Object.entries(next).sort(newestFirst);
  // Over the global bound only because of this provider? Its entries were already cut; the oldest of all go now.
  return Object.fromEntries(every.slice(0, MAX_DIAGNOSTICS));
}

/** How many watched responses of one provider AVA could not read (the popup's line). */
export function unreadCount(all: Record<string, DiagnosticEntry>, provider: string): number {
  return Object.values(all).reduce((n, e) => (e.provider === provider ? n + e.count : n), 0);
}

/**
 * What "Copy diagnostic" puts on the clipboard: the entry as plain text for an issue report. Field labels stay in
 * English on purpose (the report is read by AVA's maintainers); every value is the stored path, kind and shape.
 */
export function diagnosticText(e: DiagnosticEntry): string {
  return [
    `provider: ${e.provider}`,
    `path: ${e.path}`,
    `outcome: ${e.kind}`,
    `times: ${e.count}`,
    `last seen: ${new Date(e.lastSeen).toISOString().slice(0, 10)}`,
    `shape: ${e.shape}`,
  ].join('\n');
}
