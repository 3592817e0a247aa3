import type { ProviderDefinition } from '../providers/types.ts';
import type { Draft } from './draft.ts';
import { subjectWithIds, supportName } from './draft-parts.ts';
import type { Claim } from './ledger.ts';
import { localDay } from './local-day.ts';

// The date the person sent it, in their time zone: the same date the dashboard shows beside the claim.
const day = localDay;

/**
 * Business days (Monday to Friday) from one moment to another, counting whole days of the person's own calendar:
 * the local days the request is dated with (local-day.ts), not UTC ones.
 */
export function businessDaysBetween(from: number, to: number): number {
  let n = 0;
  const d = new Date(from);
  d.setHours(0, 0, 0, 0);
  const end = new Date(to);
  end.setHours(0, 0, 0, 0);
  while (d < end) {
    d.setDate(d.getDate() + 1);
    const wd = d.getDay();
    if (wd !== 0 && wd !== 6) n++;
  }
  return n;
}

/** "Re: <subject>" once, however many times the person follows up. */
export const reSubject = (subject: string) => (/^re:\s/i.test(subject) ? subject : `Re: ${subject}`);

/** When the original request left: the first time the claim became sent (or its creation). */
export const sentAt = (c: Claim) => c.history.find((h) => h.state === 'sent')?.at ?? c.createdAt;

/**
 * A polite follow-up to a claim nobody answered: the same recipient, "Re:" the earlier subject, the date of the
 * original request, every Generation ID, and the original text quoted below. Pure: same claim, same draft.
 */
export function draftFollowUp(
  c: Claim,
  provider: ProviderDefinition | undefined,
  account: { email?: string; name?: string },
  now: Date,
): Draft {
  const name = supportName(provider?.name ?? c.provider);
  const sent = sentAt(c);
  const waited = businessDaysBetween(sent, now.getTime());
  const ids = c.generationIds;
  const earlier = c.followUps.length;
  const body = [
    `Hello ${name} Support,`,
    '',
    `I am following up on my request of ${day(sent)} (“${c.draft.subject}”), ${waited} business day${waited === 1 ? '' : 's'} ago${earlier ? `, and my ${earlier === 1 ? 'follow-up' : `${earlier} follow-ups`} since` : ''}. I have not received an answer yet.`,
    '',
    ids.length === 1 ? `Generation ID: ${ids[0]}` : `Generation IDs: ${ids.join(', ')}`,
    ...(account.email ? [`Account email: ${account.email}`] : []),
    '',
    'Could you please let me know where my request stands? The original message is quoted below.',
    '',
    'Thank you,',
    // No name or email in the settings: no empty signature line (it left two blank lines above the quote).
    ...(account.name || account.email ? [account.name || account.email || ''] : []),
    '',
    `--- Original message, ${day(sent)} ---`,
    `Subject: ${c.draft.subject}`,
    '',
    c.draft.body,
  ];
  return {
    to: c.draft.to,
    supportUrl: c.draft.supportUrl,
    // Support finds the case by its Generation ID: a subject from before drafts carried one gets it added.
    subject: reSubject(
      ids[0] && !c.draft.subject.includes(ids[0])
        ? subjectWithIds(
            c.draft.subject,
            ids.map((id) => ({ id })),
          )
        : c.draft.subject,
    ),
    body: body.join('\n').trimEnd(),
  };
}
