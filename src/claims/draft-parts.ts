import type { ProviderDefinition } from '../providers/types.ts';
import type { Generation } from '../shared/generation.ts';

/**
 * Pieces every draft template shares: the greeting, the account and ID block, the definite ask, the one-sentence
 * policy citation, the subject with the Generation ID, and where to send. Pure. The voice is always the person's:
 * nothing here names a tool or speaks for one.
 */

export interface Account {
  email?: string;
  last4?: string;
  name?: string;
}

/** Where the draft goes: the documented address, else a documented URL, else nothing (and a note saying so). */
export interface Channel {
  to?: string;
  supportUrl?: string;
  channelNote?: string;
}

export const day = (iso?: string) => (iso ? iso.slice(0, 10) : undefined);
export const quote = (s: string, max = 160) => `“${s.length > max ? `${s.slice(0, max - 1)}…` : s}”`;

export function channelFor(p: ProviderDefinition): Channel {
  const email = p.support.channels.find((ch) => ch.kind === 'email');
  // A non-email channel is only a place to send when its value is a URL (never a label or a guess).
  const site = p.support.channels.find((ch) => ch.kind !== 'email' && /^https:\/\//.test(ch.value));
  return { to: email?.value, supportUrl: site?.value, channelNote: email ? undefined : p.support.noneDocumented };
}

/**
 * The provider's name as a person greets its support: without the qualifier in brackets that AVA's display name
 * carries ("Google Veo 3 (Flow, Gemini API, Vertex AI)" is "Google Veo 3"); nobody writes a product list in a greeting.
 */
export const supportName = (name: string) => name.replace(/\s*\([^)]*\)\s*$/, '') || name;

export const greeting = (p: ProviderDefinition) => `Hello ${supportName(p.name)} Support,`;

export function signOff(a: Account): string[] {
  return ['Thank you,', a.name || a.email || ''];
}

/** The lines support needs to find the account: the email, and the card's last digits where the provider asks. */
export function accountLines(p: ProviderDefinition, a: Account): string[] {
  const out: string[] = [];
  if (a.email) out.push(`Account email: ${a.email}`);
  if (a.last4 && p.ticket.accountFields.includes('last4')) out.push(`Payment card ending in: ${a.last4}`);
  return out;
}

/** The provider's raw status and code, verbatim, so support can search for their own words. */
export function rawFacts(g: Generation): string {
  const facts = [
    g.providerStatus ? `status ${g.providerStatus}` : g.status === 'unknown' ? undefined : `status ${g.status}`,
    g.providerCode ? `code ${g.providerCode}` : undefined,
    day(g.createdAt),
    g.model ? `model ${g.model}` : undefined,
    g.durationS !== undefined ? `${g.durationS} s` : undefined,
  ].filter(Boolean);
  return facts.join(', ');
}

/**
 * One ID block: "Generation ID: x" for one (with its prompt quoted when the text above did not quote it, so support
 * can find the job), a list with each one's facts for several.
 */
export function idLines(gens: readonly Generation[], withPrompt = false): string[] {
  if (gens.length === 1) {
    const g = gens[0]!;
    const facts = rawFacts(g);
    return [
      `Generation ID: ${g.id}${facts ? ` (${facts})` : ''}`,
      ...(g.relatedIds?.length ? [`Also known as: ${g.relatedIds.join(', ')}`] : []),
      ...(withPrompt && g.prompt ? [`Prompt: ${quote(g.prompt)}`] : []),
    ];
  }
  return ['Generation IDs:', ...gens.map((g) => `- ${g.id}:${rawFacts(g) ? ` ${rawFacts(g)}` : ''}`)];
}

/** "the base subject — first ID", or "— first ID and N more" for several. */
export function subjectWithIds(base: string, gens: readonly Pick<Generation, 'id'>[]): string {
  const first = gens[0]?.id;
  if (!first) return base;
  return gens.length === 1 ? `${base} — ${first}` : `${base} — ${first} and ${gens.length - 1} more`;
}

const isQuota = (p: ProviderDefinition) => p.billing?.kind === 'quota';

/** "25 credits" in the provider's own unit; undefined unless every generation's cost is known. */
export function costOf(p: ProviderDefinition, gens: readonly Generation[]): string | undefined {
  if (!gens.length || gens.some((g) => g.credits === undefined)) return undefined;
  const sum = gens.reduce((n, g) => n + (g.credits ?? 0), 0);
  const unit = p.billing?.unit ?? 'credits';
  return `${sum} ${sum === 1 && unit.endsWith('s') ? unit.slice(0, -1) : unit}`;
}

export type AskForm = 'plain' | 'goodwill' | 'review';

/**
 * The definite ask: the credits charged (with the figure where the page showed it), or, for a provider billed by a
 * subscription quota, the allowance the attempt used. `goodwill` softens it for a completed but broken video;
 * `review` asks for a review of a block first.
 */
export function askFor(p: ProviderDefinition, gens: readonly Generation[], form: AskForm = 'plain'): string {
  const one = gens.length === 1;
  const cost = costOf(p, gens);
  const attempt = one ? 'this attempt' : 'these attempts';
  const [verb, ing, what] = isQuota(p)
    ? ['restore', 'restoring', `${cost ? `the ${cost} ${attempt} used` : `what ${attempt} used`} to my allowance`]
    : ['return', 'returning', `${cost ? `the ${cost}` : 'the credits'} charged for ${one ? 'it' : 'them'}`];
  if (form === 'goodwill') return `Would you consider ${ing} ${what} as a goodwill gesture?`;
  if (form === 'review') {
    const which = one ? 'the block and, if it was a mistake' : 'these blocks and, if they were mistakes';
    return `Could you please review ${which}, ${verb} ${what}?`;
  }
  return `Could you please ${verb} ${what}?`;
}

/**
 * One short sentence citing the provider's own article, only where one is sourced and it supports the ask (an
 * automatic refund after a failure that did not happen). Nothing otherwise: the draft never restates a policy.
 */
export function citation(p: ProviderDefinition): string | undefined {
  const c = p.policy.refundCitation;
  if (!c) return undefined;
  return `Your help article '${c.title}' says ${c.says.replace(/\.$/, '')}; ${c.mine ?? 'mine did not come back'}.`;
}

/** "Attached evidence: a, b." (the bundle keeps this one line in step with what the zip holds). */
export const attachmentLine = (names?: readonly string[]) => (names?.length ? [`Attached evidence: ${names.join(', ')}.`] : []);
