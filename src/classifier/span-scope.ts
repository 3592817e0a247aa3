/**
 * Whether a construction read straight from the folded text (light.ts, likeness.ts) is said as a complaint. The
 * constructions bypass the clause reader, so they take its verdict from the hits around them: a negator shortly
 * before ("it never gets darker"), a clause the reader turned off (said fine, asked for: "random people in the
 * background look fine", "gets darker as planned"), or a wish ("I want it to fade to black") is no failure.
 */
import type { Hit } from './matcher.ts';
import { anyOf } from './word-regex.ts';

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
  // Praised later in its sentence ("gets darker, a beautiful shot", "un nouveau personnage, ce que je voulais").
  if (praisedAfter(folded.slice(span.end).split(STOP)[0] ?? '')) return false;
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

/**
 * Praise or an intent later in a sentence, said of what came before: "…, exactly what I wanted", "…, c'est très beau",
 * "…それが自然で美しい" (precision round, s10: a person still on purpose, arms that defy gravity in a dance). Not after
 * a contrast ("stays still, but the light is nice": the praise is of something else) nor a negator ("not natural").
 */
const PRAISE_AFTER = anyOf([
  String.raw`\b(?:(?:exactly |just )?what (?:i|we) (?:wanted|asked for|prompted)|as (?:i|we) (?:wanted|planned|framed|intended)`,
  String.raw`on purpose|as intended|natural|realistic|lovely|beautiful|gorgeous|perfect|great|nice|nicely|cute`,
  String.raw`amazing|stunning|impressive`,
  String.raw`ce que (?:je|nous) voulai(?:s|ons)|was ich wollte|lo que queria|o que eu queria|wie gewunscht`,
  String.raw`naturlich|realistisch|sehr schon|perfekt|toll|wunderschon|beeindruckend|unglaublich`,
  String.raw`beau|belle|naturel(?:le)?|parfait|magnifique|realiste|incroyable|impressionnant`,
  String.raw`precios[oa]|bonit[oa]|hermos[oa]|perfect[oa]|realista|lind[oa]|perfeit[oa]|como (?:queria|pedi)`,
  String.raw`increible|incrivel|impresionante|impressionante)\b`,
  '(?<!不)自然|美しい|きれい|綺麗|完璧|りある|すごい|素晴らしい|かわいい|可愛い|意図通り|狙い通り|思い通り',
]);
const CONTRAST = /\b(?:but|though|although|however|yet|aber|doch|jedoch|mais|pero|sin embargo|mas|porem|contudo)\b|しかし|けど|のに|ただ/;
const NEGATOR = /\b(?:not|never|no|nicht|kein\w*|pas|jamais|nada|nao|nunca|nem)\b|じゃな|ではな|くな/;

/** `rest`: the sentence after the words praised. */
export function praisedAfter(rest: string): boolean {
  const m = PRAISE_AFTER.exec(rest);
  if (!m) return false;
  const between = rest.slice(0, m.index);
  // Japanese negates after the word: "自然じゃない", "きれいではない".
  const denied = /^(?:じゃ|では)?な(?:い|く)/.test(rest.slice(m.index + m[0].length));
  return !CONTRAST.test(between) && !NEGATOR.test(between.slice(-16)) && !denied;
}
