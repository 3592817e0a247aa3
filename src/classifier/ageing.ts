/**
 * "De repente envejece", "ages ten years in a second", "altert plötzlich", "vieillit d'un coup", "envelhece de
 * repente", "急に老ける": only a person or an animal ages, so an ageing verb with no subject named still says the person
 * changed, identity by the label conventions (a face or a person that changes). A change word alone names no mode
 * (pairs.ts ALONE has none: "it changes" says nothing of what), so this reads the ageing verbs apart, in a finite form
 * only: the noun, the gerund and the infinitive are a topic ("the story is about ageing", "un film sur le
 * vieillissement", "sobre envejecer", "老いについて"), and a person named with the verb pairs as before.
 * Folded text: lowercase, no accents, katakana as hiragana.
 */
import type { Hit } from './matcher.ts';
import { whole } from './word-regex.ts';

const FINITE = whole([
  'ages|gets older|got older|gets younger|got younger|grows up|grows old',
  'altert|alterte|altern plotzlich|wird alter|wurde alter|verjungt sich',
  'vieillit|vieillissent|a vieilli|rajeunit',
  'envejece|envejecen|envejecio|envejecieron|rejuvenece|rejuvenecen|rejuvenecio',
  'envelhece|envelhecem|envelheceu|envelheceram|rejuvenesce|rejuvenesceu',
]);
/** Japanese: 老ける and 年を取る in any form, 若返る; the negative is the clause's negator (clauses.ts). */
const JA = /^(?:老け|年を取|年をと|若返)/;

/**
 * A subject named before the verb in its clause that the lexicon does not know ("the plant grows up", "I grew older"):
 * a determiner and a word, or a personal pronoun. Then the verb is said of that, not of an implied person. Japanese
 * leaves its subjects out, and 老ける is said of people only.
 */
const NAMED =
  /(?:^|\s)(?:(?:the|a|an|this|that|my|his|her|their|its|le|la|les|un|une|el|los|las|una|o|os|as|um|uma|der|die|das|ein|eine)\s+\S|(?:i|we|you|it|ich|wir|du|es|je|nous|tu|il|yo|eu|nos)\s)/;

/** The ageing verb in a finite form, no one named before it: the person it is said of is implied. */
export function agesAlone(folded: string, h: Hit): boolean {
  if (h.role.kind !== 'cue' || h.role.cls !== 'change') return false;
  const words = folded.slice(h.start, h.end);
  if (h.cjk) return JA.test(words);
  const before =
    folded
      .slice(Math.max(0, h.start - 60), h.start)
      .split(/[.!?;,:]/)
      .pop() ?? '';
  return FINITE.test(words) && !NAMED.test(before);
}
