import type { QualityModeId } from '../modes/types.ts';
import type { ProviderDefinition } from '../providers/types.ts';
import type { Generation, HardFailureKind } from '../shared/generation.ts';
import type { Finding } from '../analysis/detectors/types.ts';
import { accountLines, attachmentLine, channelFor, greeting, idLines, signOff, subjectWithIds } from './draft-parts.ts';
import { brokenOutput, chargedNoVideo, hardFailure, moderationBlock, stuck, type Paragraphs } from './draft-templates.ts';
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
  /** What the frame analysis found in the video (the first generation's), cited with its moments. */
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

/** The situations a draft is written for; each has its own template (draft-templates.ts). */
export type Situation = 'failed' | 'stuck' | 'charged' | 'moderation' | 'broken';

const MODERATION: readonly HardFailureKind[] = ['moderation', 'moderation_input', 'moderation_output'];

/**
 * Which template a case gets. A ticket with several generations is written for its first (the selected one); the
 * others are listed with their own statuses. A completed video the person flagged is broken output.
 */
export function situationOf(c: Pick<DraftCase, 'provider' | 'generations' | 'now'>): Situation {
  const kinds = c.generations.map((g) => effectiveKind(g, c.provider, c.now));
  if (kinds.length && kinds.every((k) => k && MODERATION.includes(k))) return 'moderation';
  const g = c.generations[0];
  const first = kinds[0];
  if (first === 'stuck') return 'stuck';
  if (first === 'charged_no_output') return 'charged';
  if (first && !MODERATION.includes(first)) return 'failed';
  if (g?.status === 'succeeded') return 'broken';
  // Blocked without a kind is a block; failed or unknown statuses brought no video (the raw status is quoted).
  return g?.status === 'blocked' || (first && MODERATION.includes(first)) ? 'moderation' : 'failed';
}

function subjectBase(p: ProviderDefinition, s: Situation): string {
  const subjects = p.ticket.subjects;
  return s === 'moderation' ? subjects.moderation : s === 'broken' ? subjects.quality : subjects.failed;
}

const TEMPLATES: Record<Situation, (c: DraftCase) => Paragraphs> = {
  failed: hardFailure,
  stuck,
  charged: chargedNoVideo,
  moderation: moderationBlock,
  broken: brokenOutput,
};

/**
 * A case to the person's email: greeting, what happened in a sentence or two, the ask, then the account and the
 * Generation IDs for support to look up, the attachments and a sign-off. Pure: same case, same draft.
 */
export function draftClaim(c: DraftCase): Draft {
  const p = c.provider;
  const s = situationOf(c);
  const paragraphs = TEMPLATES[s](c).filter((para) => para.length > 0);
  const details = [...accountLines(p, c.account), ...idLines(c.generations, s !== 'moderation' && s !== 'broken')];
  const blocks = [[greeting(p)], ...paragraphs, details, attachmentLine(c.attachments), signOff(c.account)].filter((b) => b.length);
  return {
    ...channelFor(p),
    subject: subjectWithIds(subjectBase(p, s), c.generations),
    body: blocks
      .map((b) => b.join('\n'))
      .join('\n\n')
      .trimEnd(),
  };
}
