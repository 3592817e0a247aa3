/**
 * A clause after a comma that names its own subject is about that subject, even when the lexicon does not know the
 * word: in "Gesichter wirken künstlich, Berge im Hintergrund bleiben nicht konsistent" the mountains are inconsistent,
 * not the faces. A subject is recognised by its grammar, not its meaning: a determiner ("the", "les", "der") or, in
 * German, a capitalised word (every German noun is one).
 */
import type { Lang } from './lang.ts';

const DETERMINER =
  /(?:^|\s)(?:the|his|her|their|its|le|la|les|des|du|son|sa|ses|leur|leurs|el|los|las|su|sus|os|seu|sua|seus|suas|der|die|das|den|dem|des|ein|eine|einen|einem|seine|ihre)\s+\S/;

/**
 * Between a comma and the clause's first cue (`from`..`to` in the folded text), the words name a subject of their own.
 * `origin` maps folded characters to the description, where German capitals are still seen.
 */
export function ownSubject(description: string, folded: string, origin: number[], from: number, to: number, lang?: Lang): boolean {
  const text = folded.slice(from, to);
  const comma = Math.max(text.lastIndexOf(','), text.lastIndexOf('、'));
  if (comma < 0) return false;
  const after = text.slice(comma + 1);
  if (DETERMINER.test(after)) return true;
  if (lang !== 'de') return false;
  // Word starts after the comma whose original letter is a capital.
  for (const m of after.matchAll(/(?:^|\s)(\p{L})/gu)) {
    const at = from + comma + 1 + m.index + m[0].length - 1;
    const ch = description[origin[at] ?? -1] ?? '';
    if (ch !== ch.toLowerCase()) return true;
  }
  return false;
}
