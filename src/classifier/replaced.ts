/**
 * A part said to be another one: "eine andere Frau, andere Nase, anderes Kinn". pairs.ts reads a feature's change as
 * the feature going wrong (anatomy); "another nose" is the person replaced.
 */
import type { Hit } from './matcher.ts';
import type { Pair } from './pairs.ts';

/** "Other", "another", "different" as the word before a noun (folded). */
const OTHER = /^(?:(?:ein|eine|einen|einem) )?ander(?:e|er|es|en|em)?$|^(?:an)?other$|^different$|^autres?$|^(?:otr|outr)[oa]s?$|^別の$/;

/**
 * "Eine andere Frau, andere Nase, anderes Kinn", "outro nariz": a feature said to be another one is the person
 * replaced (identity), not the feature going wrong, which is what a feature's change is otherwise (anatomy).
 */
export function replacedPart(folded: string, h: Hit, a: Hit): Pair | undefined {
  if (a.role.kind !== 'anchor' || a.role.cls !== 'feature' || h.role.kind !== 'cue' || h.role.cls !== 'change') return undefined;
  if (h.end > a.start || a.start - h.end > 1 || !OTHER.test(folded.slice(h.start, h.end))) return undefined;
  return ['identity', 0.8];
}
