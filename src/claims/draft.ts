import { qualityMode } from '../modes/index.ts';
import type { QualityModeId } from '../modes/types.ts';
import type { ProviderDefinition } from '../providers/types.ts';
import type { Generation } from '../shared/generation.ts';
import { clock, type Finding } from '../analysis/detectors/types.ts';
import { termFor } from './terms.ts';
import { effectiveKind } from './triage.ts';

export interface DraftCase {
  provider: ProviderDefinition;
  generations: readonly Generation[];
  /** Quality modes the person ticked or accepted. */
  modes: readonly QualityModeId[];
  /** The person's own words, quoted as what they observed. */
  description?: string;
  account: { email?: string; last4?: string; name?: string };
  /** Attachment names the person chose to include (screenshots, frames). */
  attachments?: readonly string[];
  /** What AVA's frame analysis found in the video (the first generation's), cited with its moments. */
  findings?: readonly Pick<Finding, 'mode' | 'confidence' | 'at' | 'reasons'>[];
  /** Moments (seconds) the person marked on the frame strip as showing the failure. */
  marks?: readonly number[];
  now: Date;
}

export interface Draft {
  /** Email address when the provider documents one; otherwise the support URL is the channel. */
  to?: string;
  supportUrl?: string;
  /** Said when there is no documented address, so the person knows where to paste the draft. */
  channelNote?: string;
  subject: string;
  body: string;
}

const day = (iso?: string) => (iso ? iso.slice(0, 10) : undefined);
const quote = (s: string, max = 160) => `“${s.length > max ? `${s.slice(0, max - 1)}…` : s}”`;

function generationLines(c: DraftCase, g: Generation): string[] {
  const kind = effectiveKind(g, c.provider, c.now);
  const what = kind ? termFor(c.provider, kind) : c.modes.map((m) => termFor(c.provider, m)).join('; ') || 'Defective output';
  const facts = [g.providerStatus ? `status ${g.providerStatus}` : `status ${g.status}`, g.providerCode ? `code ${g.providerCode}` : undefined, day(g.createdAt) ? `created ${day(g.createdAt)}` : undefined].filter(Boolean);
  const lines = [`- ${g.id}: ${what} (${facts.join(', ')})`];
  if (g.relatedIds?.length) lines.push(`  Related IDs: ${g.relatedIds.join(', ')}`);
  if (g.message) lines.push(`  Message shown: ${quote(g.message, 300)}`);
  if (g.prompt) lines.push(`  Prompt: ${quote(g.prompt)}`);
  return lines;
}

function subjectFor(c: DraftCase): string {
  const s = c.provider.ticket.subjects;
  const kinds = c.generations.map((g) => effectiveKind(g, c.provider, c.now));
  if (kinds.some((k) => k && !k.startsWith('moderation'))) return s.failed;
  if (kinds.length && kinds.every((k) => k?.startsWith('moderation'))) return s.moderation;
  return s.quality;
}

/** A case to the email/ticket text. Pure: same case, same draft. Says less rather than invent. */
export function draftClaim(c: DraftCase): Draft {
  const p = c.provider;
  const email = p.support.channels.find((ch) => ch.kind === 'email');
  const site = p.support.channels.find((ch) => ch.kind !== 'email');
  const ids = c.generations.map((g) => g.id);
  const hardOnly = c.modes.length === 0 && c.generations.every((g) => effectiveKind(g, p, c.now));
  const body: string[] = [
    `Hello ${p.name} Support,`,
    '',
    hardOnly
      ? `I am requesting a credit refund for ${ids.length === 1 ? 'a generation' : `${ids.length} generations`} on my account that failed without delivering a usable video.`
      : `I am requesting a credit refund for ${ids.length === 1 ? 'a generation' : `${ids.length} generations`} on my account whose output is defective.`,
    '',
  ];
  const account: string[] = [];
  if (c.account.email) account.push(`Account email: ${c.account.email}`);
  if (c.account.last4 && p.ticket.accountFields.includes('last4')) account.push(`Payment method: card ending in ${c.account.last4}`);
  if (account.length) body.push(...account, '');
  body.push(ids.length === 1 ? 'Generation ID:' : 'Generation IDs:', ...c.generations.flatMap((g) => generationLines(c, g)), '');
  if (c.modes.length) {
    body.push('Failure classification:');
    for (const id of c.modes) {
      const m = qualityMode(id);
      body.push(`- ${termFor(p, id)}: ${m.definition}`);
    }
    body.push('');
  }
  if (c.findings?.length) {
    // The analysis's own sentences carry the moment and what was measured ("at 00:03.2 the text reads 'OPNE' ...").
    body.push('Frame analysis of the video (automatic):');
    for (const f of c.findings.slice(0, 8)) {
      body.push(`- ${termFor(p, f.mode)}, ${clock(f.at[0])}–${clock(f.at[1])} (confidence ${Math.round(f.confidence * 100)}%): ${f.reasons[0] ?? ''}`.trimEnd());
    }
    body.push('');
  }
  if (c.marks?.length) body.push(`Frames I marked as showing the failure: ${[...c.marks].sort((a, b) => a - b).map((t) => clock(t)).join(', ')}.`, '');
  if (c.description?.trim()) body.push(`What I observed: ${quote(c.description.trim(), 600)}`, '');
  if (c.attachments?.length) body.push(`Attached evidence: ${c.attachments.join(', ')}.`, '');
  body.push(
    `${p.policy.summary.value} I understand the outcome is not guaranteed and would appreciate a review of ${ids.length === 1 ? 'this generation' : 'these generations'}.`,
    '',
    'Thank you,',
    c.account.name || c.account.email || '',
  );
  return {
    to: email?.value,
    supportUrl: site?.value,
    channelNote: email ? undefined : p.support.noneDocumented,
    subject: subjectFor(c),
    body: body.join('\n').trimEnd(),
  };
}
