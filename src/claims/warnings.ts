import type { ProviderDefinition } from '../providers/types.ts';
import type { Confidence } from '../shared/facts.ts';
import { channelFor } from './draft-parts.ts';

/**
 * What the person should know before sending, from the provider file's own sourced facts as of `now`: the provider
 * has closed, it documents nowhere to send, or a refund deadline it (or a reported source) names has passed. Pure.
 */
export interface CaseWarning {
  kind: 'closed' | 'no-channel' | 'refund-window-passed';
  message: string;
  /** Where the fact comes from and how sure it is (the provider file's source); absent for "nothing documented". */
  source?: string;
  confidence?: Confidence;
}

const CLOSING = /discontinued|shut down|closed|closes|shutdown/i;
// A lifecycle event that is a refund deadline says so in its label ("Last day for credit refund tickets ...").
const REFUND_DEADLINE = /refund/i;
const endOf = (date: string) => new Date(`${date}T23:59:59Z`);

export function caseWarnings(p: ProviderDefinition, now: Date): CaseWarning[] {
  const out: CaseWarning[] = [];
  const past = p.lifecycle.events.filter((e) => endOf(e.date) < now);
  const closings = past.filter((e) => CLOSING.test(e.label));
  if (p.lifecycle.status === 'discontinued' || closings.length) {
    const what = closings.map((e) => `${e.label} on ${e.date}`).join('; ');
    const weakest = closings
      .map((e) => e.source.confidence)
      .sort()
      .at(-1);
    out.push({
      kind: 'closed',
      message: `${p.name} has closed${what ? `: ${what}` : ''}. Support may no longer answer refund requests.`,
      ...(closings.length ? { source: closings.map((e) => e.source.ref).join('; '), confidence: weakest } : {}),
    });
  }
  for (const e of past.filter((ev) => REFUND_DEADLINE.test(ev.label))) {
    const message = `${p.name}: ${e.label}: ${e.date}, which has passed.`;
    out.push({ kind: 'refund-window-passed', message, source: e.source.ref, confidence: e.source.confidence });
  }
  const ch = channelFor(p);
  if (!ch.to && !ch.supportUrl) {
    out.push({ kind: 'no-channel', message: p.support.noneDocumented ?? `${p.name} documents no support address or page.` });
  }
  return out;
}
