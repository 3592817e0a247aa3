/**
 * A clause after a comma that names its own subject is about that subject, even when the lexicon does not know the
 * word: in "Gesichter wirken künstlich, Berge im Hintergrund bleiben nicht konsistent" the mountains are inconsistent,
 * not the faces. A subject is recognised by its grammar, not its meaning: a determiner ("the", "les", "der") or, in
 * German, a capitalised word (every German noun is one).
 */
import type { Lang } from './lang.ts';
import { eachMatch } from './each-match.ts';

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
  for (const m of eachMatch(after, /(?:^|\s)(\p{L})/gu)) {
    const at = from + comma + 1 + m.index + m[0].length - 1;
    const ch = description[origin[at] ?? -1] ?? '';
    if (ch !== ch.toLowerCase()) return true;
  }
  return false;
}

/**
 * Articles that open a sentence, at most after a "but": "O final está errado", "Mas o final", "Un chat". Inside a
 * sentence these are too ambiguous (pt "a" is also "to", es "o" is "or"); at a sentence's start they are articles.
 */
const OPENING_ARTICLE =
  /^\s*(?:\S+\s+)?(?:o|a|an|os|as|um|uma|un|une|una|this|these|that|those|ce|cette|ces|este|esta|estos|estas|esse|essa|esses|essas|dieser|diese|dieses)\s+\S/;

/**
 * After a full stop, the new sentence names a subject of its own with a determiner: "Die Farbeimer stehen da. Doch die
 * Szene hat Fehler" is about the scene, not the paint pots (public tuning split, vague; s11). Capitals prove nothing
 * here: every sentence starts with one, "Die Hände. Sie sind verschmolzen" still leans on the hands.
 */
export function ownSentenceSubject(folded: string, from: number, to: number): boolean {
  const text = folded.slice(from, to);
  const stop = Math.max(...['.', '!', '?', '。', '！', '？'].map((p) => text.lastIndexOf(p)));
  const after = text.slice(stop + 1);
  return stop >= 0 && (DETERMINER.test(after) || OPENING_ARTICLE.test(after) || JA_DEMONSTRATIVE.test(after));
}

/**
 * Japanese opens a sentence about something else with a demonstrative, after at most a "but": "でも……そこはハワイではなく"
 * is about the place, not the waves before it (vague round, s12). この, その, あの are its determiners; そこ, ここ, あそこ
 * point at a place. A pronoun for a thing (それ, "it") still leans on the sentence before, as "they" does in English.
 */
const JA_DEMONSTRATIVE = /^[\s….、,・]*(?:でも|しかし|だが|けど|ただ)?[\s….、,・]*(?:この|その|あの|そこ|ここ|あそこ)/;
