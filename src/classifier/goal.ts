/**
 * Where a thing vanishes to is not what vanished: in "noodles vanish into his ears" ("verschwinden in den Ohren",
 * "disparaissent dans sa bouche") the ears are the place, the noodles the thing. A body part named as that place is
 * no missing body part; the failure is a thing passing into it, which is physics.
 */
import type { Hit } from './matcher.ts';

/** "into the", "in den", "dans sa", "en su", "na": a preposition of place and at most an article or possessive. */
const INTO = new RegExp(
  String.raw`^\s+(?:into|inside|in|im|ins|dans|en|em|no|na|nos|nas|dentro de)` +
    String.raw`(?:\s+(?:the|his|her|its|their|den|die|das|dem|der|seine[mnrs]?|ihre[mnrs]?|le|la|les|l'|sa|son|ses|` +
    String.raw`el|los|las|su|sus|o|a|os|as|seu|sua|seus|suas))?\s*$`,
);

/** The anchor comes after a vanishing cue as the place it vanished into. */
export function isPlaceOf(folded: string, cue: Hit, a: Hit): boolean {
  if (cue.role.kind !== 'cue' || cue.role.cls !== 'vanish' || a.start < cue.end || a.cjk) return false;
  return INTO.test(folded.slice(cue.end, a.start));
}
