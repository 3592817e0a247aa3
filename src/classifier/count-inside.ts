/**
 * A count that names its own part ("an extra arm", "otro brazo", "outra mão"): the lexicon writes these as one count
 * cue so that "otro"/"another" alone counts nothing, but the longer cue then covers the body part, and a count said of
 * no part pairs with nothing ("tiene otro brazo" named nothing; "an extra leg appears" read a thing appearing). The
 * part inside is kept beside the cue, so the count is said of it as "a third arm" is.
 */
import type { Hit } from './matcher.ts';

const PARTS = new Set(['body', 'feature', 'face']);
/** "La otra mano", "a outra mão": with an article or a possessive it is the other one of a pair, not one more. */
const THE_OTHER = /\b(?:the|la|el|los|las|a|o|as|os|su|sus|sua|suas|seu|seus|mi|mis|minha|meu|tu|tua|teu)\s+$/;
/** A count with its own indefinite article ("un second nez", "a second nose"): one more, whatever stands before it (fr "a" is "has"). */
const OWN_ARTICLE = /^(?:a|an|un|une|um|uma|ein|eine|einen)\s/;

export function partsInsideCounts(folded: string, all: readonly Hit[], hits: Hit[]): Hit[] {
  const counts = hits.filter(
    (h) =>
      h.role.kind === 'cue' &&
      h.role.cls === 'count' &&
      // A Japanese cue is one "word" however long (二つ目の鼻), so it may hold its part too.
      (h.words > 1 || h.cjk) &&
      (OWN_ARTICLE.test(folded.slice(h.start, h.end)) || !THE_OTHER.test(folded.slice(Math.max(0, h.start - 8), h.start))),
  );
  if (counts.length === 0) return hits;
  const inner = all.filter(
    (a) =>
      a.role.kind === 'anchor' &&
      PARTS.has(a.role.cls) &&
      counts.some((c) => a.start >= c.start && a.end <= c.end && a.start > c.start) &&
      !hits.includes(a),
  );
  return inner.length === 0 ? hits : [...hits, ...inner].sort((a, b) => a.start - b.start);
}
