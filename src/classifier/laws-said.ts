/**
 * Whose laws of physics were broken. "The eyebrows defy physics", "los brazos desafían la gravedad": a body part said
 * to break them is the body going wrong, which the labels file as anatomy (the convention that motions said of a
 * body's failures go with the body), not an object doing the impossible.
 */
import { LAWS_BROKEN } from './lexicon/laws.ts';
import type { Hit } from './matcher.ts';

let phrases: ReadonlySet<string> | undefined;

/** The body part a laws-broken phrase is said of: the nearest anchor before it in its clause, if that is a body part. */
export function bodyBreakingLaws(folded: string, h: Hit, anchors: readonly Hit[]): Hit | undefined {
  phrases ??= new Set(Object.values(LAWS_BROKEN).flat());
  if (!phrases.has(folded.slice(h.start, h.end))) return undefined;
  const before = anchors.filter((a) => a.end <= h.start).pop();
  return before?.role.kind === 'anchor' && (before.role.cls === 'body' || before.role.cls === 'feature') ? before : undefined;
}
