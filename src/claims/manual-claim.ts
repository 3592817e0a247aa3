/**
 * A claim for a generation AVA did not capture (a moved site, a shape no parser knows, a receipt in webmail): the
 * person names the provider, pastes the Generation ID or the generation's link, and says what happened. Pure: the
 * popup and the tests call these; the result is stored as a Generation like any captured one (source 'manual').
 */
import type { ProviderCapture, ProviderDefinition } from '../providers/types.ts';
import type { Generation, GenerationStatus, HardFailureKind } from '../shared/generation.ts';

/** What the person says happened; the quality modes are ticked in the case panel afterwards, as for any generation. */
export const HAPPENED = ['failed', 'stuck', 'blocked', 'charged_no_output', 'quality'] as const;
export type Happened = (typeof HAPPENED)[number];

const STATUS: Record<Happened, { status: GenerationStatus; failureKind?: HardFailureKind }> = {
  failed: { status: 'failed', failureKind: 'generation_error' },
  // Stuck: still queued or running as far as the provider's page shows; triage calls it stuck by its own clock.
  stuck: { status: 'failed', failureKind: 'stuck' },
  blocked: { status: 'blocked', failureKind: 'moderation' },
  charged_no_output: { status: 'failed', failureKind: 'charged_no_output' },
  // A video came out but is broken: the person ticks which quality modes in the case panel.
  quality: { status: 'succeeded' },
};

export type IdReading =
  | { ok: true; id: string; format: string; fromLink: boolean }
  | { ok: false; reason: 'empty' }
  | { ok: false; reason: 'no-match'; expected: string[] }
  | { ok: false; reason: 'ambiguous'; candidates: string[] };

const MAX_INPUT = 2048;

/** The pieces of a pasted link an ID can sit in: path segments, query values, the fragment; decoded where possible. */
function linkPieces(url: URL): string[] {
  const decode = (s: string) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  };
  const segments = url.pathname.split('/').filter(Boolean).map(decode);
  // An ID with slashes in it (a Gemini or Vertex operation name) is a run of segments: offer every suffix as well.
  const suffixes = segments.map((_, i) => segments.slice(i).join('/'));
  const query = [...url.searchParams.values()];
  const hash = url.hash ? [decode(url.hash.slice(1)), ...decode(url.hash.slice(1)).split(/[/?&=]/)] : [];
  return [...segments, ...suffixes, ...query, ...hash];
}

function asUrl(text: string): URL | undefined {
  if (!/^https?:\/\//i.test(text)) return undefined;
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

/** The format labels a piece of text matches (the provider's idFormats are anchored: whole-ID patterns). */
export const formatsOf = (provider: ProviderCapture, piece: string): string[] =>
  provider.idFormats.filter((f) => f.pattern.test(piece)).map((f) => f.label);

/**
 * The Generation ID in what the person pasted: the ID itself, or a link whose path, query or fragment holds exactly
 * one distinct ID in one of the provider's formats. Several different IDs in one link are not guessed between.
 */
export function readGenerationId(provider: ProviderCapture, input: string): IdReading {
  const text = input.trim().slice(0, MAX_INPUT);
  if (!text) return { ok: false, reason: 'empty' };
  const direct = formatsOf(provider, text);
  if (direct.length) return { ok: true, id: text, format: direct[0]!, fromLink: false };
  const url = asUrl(text);
  if (url) {
    const found = [...new Set(linkPieces(url).filter((p) => formatsOf(provider, p).length > 0))];
    // A longer piece that contains a shorter one (an operation name and its last segment) is one ID, not two.
    const distinct = found.filter((p) => !found.some((q) => q !== p && q.endsWith(`/${p}`)));
    if (distinct.length === 1) return { ok: true, id: distinct[0]!, format: formatsOf(provider, distinct[0]!)[0]!, fromLink: true };
    if (distinct.length > 1) return { ok: false, reason: 'ambiguous', candidates: distinct.slice(0, 5) };
  }
  return { ok: false, reason: 'no-match', expected: provider.idFormats.map((f) => `${f.label} (${f.example})`) };
}

/**
 * Credits as typed ("12", "12.5", "1,200"; and as half the UI languages write them, "12,5" and "1.200"); undefined for
 * nothing or something that is not a plain amount. A separator before exactly three digits groups thousands (nobody
 * is refunded a thousandth of a credit); a comma before one or two final digits is a decimal comma.
 */
export function readCredits(input: string): number | undefined | 'invalid' {
  const text = input
    .trim()
    .replace(/[.,\s\u00a0\u202f](?=\d{3}\b)/g, '')
    .replace(/,(?=\d{1,2}$)/, '.');
  if (!text) return undefined;
  if (!/^\d{1,7}(\.\d{1,2})?$/.test(text)) return 'invalid';
  return Number(text);
}

export interface ManualEntry {
  provider: ProviderDefinition;
  id: string;
  happened: Happened;
  credits?: number;
  now: Date;
}

/** The Generation a manual claim is stored as: only what the person said, nothing the provider did not show. */
export function manualGeneration(e: ManualEntry): Generation {
  const s = STATUS[e.happened];
  return {
    provider: e.provider.id,
    id: e.id,
    status: s.status,
    ...(s.failureKind ? { failureKind: s.failureKind } : {}),
    ...(e.credits !== undefined ? { credits: e.credits } : {}),
    updatedAt: e.now.toISOString(),
    source: 'manual',
  };
}

/** The naive registrable domain (last two labels): enough for the providers' .com/.ai/.art/.video/.google hosts. */
export const domainFamily = (host: string): string => host.toLowerCase().split('.').slice(-2).join('.');

/** The providers whose known hosts (or the person's added sites) include this page's host exactly. */
export function providerAtSite(
  url: string,
  providers: readonly ProviderDefinition[],
  added: Readonly<Record<string, { provider: string }>> = {},
): string | undefined {
  const u = asUrl(url);
  if (!u) return undefined;
  const host = u.hostname.toLowerCase();
  const known = providers.find((p) => p.hosts.includes(host));
  return known?.id ?? added[u.origin]?.provider;
}

/**
 * A page on a host AVA does not read whose domain is one of a provider's (a new subdomain, say): the provider and the
 * origin to offer as an added site. Only https origins; only when exactly one provider owns that domain.
 */
export function siteFamilyOffer(
  url: string,
  providers: readonly ProviderDefinition[],
  added: Readonly<Record<string, unknown>> = {},
): { provider: string; origin: string } | undefined {
  const u = asUrl(url);
  if (!u || u.protocol !== 'https:' || Object.hasOwn(added, u.origin)) return undefined;
  const host = u.hostname.toLowerCase();
  if (providers.some((p) => p.hosts.includes(host))) return undefined;
  const owners = providers.filter((p) => p.hosts.some((h) => domainFamily(h) === domainFamily(host)));
  return owners.length === 1 ? { provider: owners[0]!.id, origin: u.origin } : undefined;
}
