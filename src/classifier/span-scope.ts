/**
 * Whether a construction read straight from the folded text (light.ts, likeness.ts) is said as a complaint. The
 * constructions bypass the clause reader, so they take its verdict from the hits around them: a negator shortly
 * before ("it never gets darker"), a clause the reader turned off (said fine, asked for: "random people in the
 * background look fine", "gets darker as planned"), or a wish ("I want it to fade to black") is no failure.
 */
import type { Hit } from './matcher.ts';

const STOP = /[.!?;。！？]/;
/** What the person asked for, not what came out: the request is no defect. */
export const WISH =
  /\b(?:want|wants|wanted|wish|asked for|asked it to|prompted for|supposed to|should|ich will|je veux|quiero|quero)\b[^.!?;]{0,30}$/;

/** `off`: the hits of the clauses the clause reader turned off as a whole (scope.ts). */
export function saidAsComplaint(folded: string, span: { start: number; end: number }, hits: readonly Hit[], off: readonly Hit[]): boolean {
  const between = (h: Hit) => (h.end <= span.start ? folded.slice(h.end, span.start) : folded.slice(span.end, h.start));
  const same = (h: Hit) => !STOP.test(between(h)) || (h.start < span.end && h.end > span.start);
  if (hits.some((h) => h.role.kind === 'neg' && h.end <= span.start && span.start - h.end <= 24 && same(h))) return false;
  if (WISH.test(folded.slice(Math.max(0, span.start - 40), span.start))) return false;
  // Said fine right after ("random people in the background look fine"): a preserved state, not a complaint.
  const after = (h: Hit) => h.start >= span.end && h.start - span.end <= 30 && same(h);
  if (
    hits.some((h) => h.role.kind === 'pos' && after(h)) &&
    !hits.some((h) => (h.role.kind === 'sep' || h.role.kind === 'neg') && after(h))
  ) {
    return false;
  }
  // A construction that holds its own negator ("ähnelt der Vorlage nicht") has read it; the reader saw only a negation.
  if (hits.some((h) => h.role.kind === 'neg' && h.start >= span.start && h.end <= span.end)) return true;
  // A clause the reader turned off (asked for, an example of something fine) takes the construction with it.
  const dist = (h: Hit) => (h.start < span.end && h.end > span.start ? 0 : h.end <= span.start ? span.start - h.end : h.start - span.end);
  const near = hits.filter((h) => h.role.kind !== 'neg' && same(h)).sort((a, b) => dist(a) - dist(b))[0];
  return !near || !off.includes(near);
}
