/**
 * Portuguese "logo" is a brand's mark after a determiner ("o logo da marca", "a logo na camisa") and the adverb
 * "right, soon" everywhere else ("logo no início", "logo em seguida", "logo depois"). Read as the mark, the adverb
 * made a second, text, finding beside the one defect the sentence names ("logo no início as mãos derretem").
 */
import type { Hit } from './matcher.ts';

/** What can stand before the noun: articles, articles joined to a preposition, possessives, demonstratives. */
const DETERMINER = new RegExp(
  String.raw`(?:^|[\s,;:("'])(?:o|os|a|as|um|uns|uma|umas|do|dos|da|das|no|nos|na|nas|ao|aos|pelo|pela|pelos|pelas|` +
    String.raw`seu|sua|seus|suas|meu|minha|nosso|nossa|esse|essa|este|esta|aquele|aquela|desse|dessa|deste|desta|` +
    String.raw`nesse|nessa|neste|nesta|daquele|daquela|cada|outro|outra|mesmo|mesma|novo|nova|qualquer)\s+$`,
);

/** The hit is the word "logo" with no determiner before it: the adverb, not the mark. */
export function adverbLogo(folded: string, h: Hit): boolean {
  if (h.role.kind !== 'anchor' || h.role.cls !== 'text' || folded.slice(h.start, h.end) !== 'logo') return false;
  return !DETERMINER.test(folded.slice(Math.max(0, h.start - 16), h.start));
}
