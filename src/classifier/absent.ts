/**
 * Words that name a defect or a person without complaining of it, dropped before the clauses are read: a defect
 * said to be absent (German "ohne Fingerfehler"), a French "ne … que" (only, no negation), "someone else" as the
 * other user who opens a question, an ordinal after a preposition (a place in the clip: "im zweiten Teil"), and a
 * Japanese texture simile (a look, not a deformed shape).
 */
import type { Hit } from './matcher.ts';

/** After a Japanese shape word: a simile about the surface ("ゴムのような質感"), which is a look, not a deformed shape. */
const JA_TEXTURE = /^(?:のよう|みたい)な(?:質感|感じ|感触|雰囲気|肌触り)/;
/** German "ohne" (without) right before the word: "ein Clip ohne Fingerfehler", "ohne Flackern". */
const OHNE = /\bohne\s+(?:(?:jede|jeglich|irgendwelch)\w*\s+)?$/;

/** French "ne … que" is "only" ("n'est qu'une bouillie de lettres"): no negation unless pas, plus, jamais… come too. */
const NE_QUE = /^\s*(?:[^\s.,;!?]+\s+){1,2}?qu(?:e\b|')/;
const FR_NEGATORS = /\b(?:pas|plus|jamais|rien|personne|aucune?|nul(?:le)?|ni)\b/;
const restrictive = (folded: string, h: Hit) => {
  if (h.cjk || h.role.kind !== 'neg' || !/^n(?:e|')$/.test(folded.slice(h.start, h.end))) return false;
  const m = NE_QUE.exec(folded.slice(h.end, h.end + 40));
  return m !== null && !FR_NEGATORS.test(m[0]);
};

/**
 * "Quelqu'un d'autre a des bras qui…", "someone else has this?": someone else as the subject that opens a sentence
 * is another user asking, not the person turned into someone else (which is said after a verb: "is someone else").
 */
const SOMEONE_ELSE = /^(?:someone else|somebody else|anyone else|anybody else|quelqu'un d'autre|jemand anders|jemand anderes|alguien mas)$/;
const opensSentence = (folded: string, h: Hit) => /(?:^|[.!?¿¡;:\n]\s*)$/.test(folded.slice(0, h.start).trimEnd());

/**
 * Words that name a defect only to say it is absent or only to compare a surface with it: German "ohne" before a
 * defect ("ohne Fingerfehler": its compound's part goes with it; "Hände ohne Finger" names a part, so it stays) and
 * a Japanese texture simile (the shape word becomes a judgement).
 * Also drops the restrictive "ne" and "someone else" opening a question.
 */
/** Ordinals among the count words ("eine zweite Nase", "uma segunda cauda": one part too many). */
const ORDINAL = /^(?:zweit|dritt)\w*$|^(?:second|third)$|^segund[oa]s?$|^tercer[oa]?$|^terceir[oa]s?$|^(?:deux|trois)ieme$/;
/** A preposition (with its article) before an ordinal: "im zweiten Teil", "no segundo corte", "dans la deuxième scène". */
const AT_PLACE = new RegExp(
  `(?:^|\\s)(?:${[
    'im|am|beim|vom|zum|ab|(?:in|an|bei|nach|ab|vor|seit) (?:der|dem|den)',
    '(?:in|at|on|from|by|until) the',
    'en (?:el|la)|al|del|desde (?:el|la)',
    'no|na|do|da|ao|em',
    "dans (?:le|la)|au|a la|de la|du|des|jusqu'au",
  ].join('|')})\\s+$`,
);
/** An ordinal after a preposition is a place in the clip, not one more part. */
const atPlace = (folded: string, h: Hit) =>
  h.role.kind === 'cue' &&
  h.role.cls === 'count' &&
  ORDINAL.test(folded.slice(h.start, h.end)) &&
  AT_PLACE.test(folded.slice(Math.max(0, h.start - 12), h.start));

export function absentOrLikened(folded: string, all: Hit[]): Hit[] {
  const hits = all.filter(
    (h) =>
      !restrictive(folded, h) &&
      !atPlace(folded, h) &&
      !(h.role.kind === 'strong' && SOMEONE_ELSE.test(folded.slice(h.start, h.end)) && opensSentence(folded, h)),
  );
  // Most descriptions have no "ohne" and no Japanese shape word: they pay one search.
  const ohne = folded.includes('ohne');
  if (!ohne && !hits.some((h) => h.cjk && h.role.kind === 'cue' && h.role.cls === 'deform')) return hits;
  const defect = (h: Hit) => h.role.kind === 'strong' || (h.role.kind === 'cue' && h.role.cls !== 'judge');
  // Where the word holding the hit starts ("Finger|fehler" is one word): the "ohne" comes before it.
  const wordStart = (h: Hit) => {
    let i = h.start;
    while (i > 0 && /[\p{L}\p{N}-]/u.test(folded[i - 1]!)) i--;
    return i;
  };
  const without = ohne
    ? hits.filter((h) => !h.cjk && defect(h) && OHNE.test(folded.slice(Math.max(0, wordStart(h) - 30), wordStart(h))))
    : [];
  return hits
    .filter((h) => !without.some((w) => w === h || (h.start >= wordStart(w) && h.end <= w.end && h.role.kind === 'anchor')))
    .map((h) =>
      h.cjk && h.role.kind === 'cue' && h.role.cls === 'deform' && JA_TEXTURE.test(folded.slice(h.end, h.end + 8))
        ? { ...h, role: { kind: 'cue', cls: 'judge' } }
        : h,
    );
}
