/**
 * "The faces melt. The text suffers the same fate", "the same goes for the sign", "lo mismo pasa con el texto",
 * "c'est pareil pour le texte", "文字も同じだ": a second thing given the first one's defect by a word for "the same".
 * The lexicon reads "the same" as a steady word (the text stays the same: fine), which turns such a clause off, so
 * the second failure was lost. Only these fixed constructions carry the defect, and only to a clause that names a
 * thing and says nothing of its own; "the text stays the same" is none of them and stays fine.
 */
import type { Clause } from './clauses.ts';
import type { Hit } from './matcher.ts';
import { anyOf } from './word-regex.ts';

const SAME = anyOf([
  // en
  String.raw`\b(?:the )?same (?:goes|is true|holds|happens|happened|is happening|applies) (?:for|to|with)\b`,
  String.raw`\b(?:same|ditto) (?:with|for)\b`,
  String.raw`\b(?:suffers?|suffered|suffering|meets?|met) the same fate\b`,
  // de
  String.raw`\b(?:dasselbe|das gleiche|das selbe) schicksal\b`,
  String.raw`\b(?:passiert|geschieht|gilt) (?:das gleiche|dasselbe|das selbe|gleiches)\b`,
  String.raw`\b(?:das gleiche|dasselbe|das selbe|gleiches) (?:passiert|geschieht|gilt)\b`,
  // fr
  String.raw`\b(?:pareil|idem|de meme|meme chose) (?:pour|avec)\b`,
  String.raw`\b(?:subit|subissent|a subi|ont subi|connait|connaissent) le meme sort\b`,
  String.raw`\b(?:arrive|se passe|passe) la meme chose\b`,
  // es
  String.raw`\blo mismo (?:pasa|ocurre|sucede|le pasa|le ocurre|les pasa|con|para)\b`,
  String.raw`\b(?:sufre|sufren|sufrio|corre|corren|corrio) (?:la misma suerte|el mismo destino)\b`,
  // pt
  String.raw`\bo mesmo (?:acontece|ocorre|vale|se passa|com|para)\b`,
  String.raw`\b(?:sofre|sofrem|sofreu|tem|teve) (?:o mesmo destino|a mesma sorte)\b`,
  // ja: a thing with も, then 同じ or 同様 ("文字も同じだ", "背景も同様"), as "the text, the same".
  String.raw`も(?:同じ|同様)`,
]);

/**
 * The defect a live clause said (its cues, judgements aside), for a clause after it that names only a thing to take
 * it ("the same goes for the text", "the text too"); undefined when the clause is turned off or said none.
 */
export function defectBefore(prev: Clause): Hit[] | undefined {
  if (prev.negatedFrom !== Infinity || !prev.hasCue) return undefined;
  const cues = prev.hits.filter((h) => h.role.kind === 'cue' && h.role.cls !== 'judge');
  return cues.length ? cues : undefined;
}

/**
 * For each clause that gives its thing the previous clause's defect, the previous clause's cues and this clause's
 * things, to be read as one clause.
 */
export function sameFatePairs(folded: string, cls: readonly Clause[]): [Hit[], Hit[]][] {
  const out: [Hit[], Hit[]][] = [];
  for (let i = 1; i < cls.length; i++) {
    const prev = cls[i - 1]!;
    const clause = cls[i]!;
    const cues = defectBefore(prev);
    const things = clause.hits.filter((h) => h.role.kind === 'anchor');
    // Its own defect (not "goes" nor "the same"): the clause says something of its own, read as it is.
    if (!cues || !things.length || clause.hits.some((h) => h.role.kind === 'cue' && h.role.cls !== 'become')) continue;
    const from = prev.hits[prev.hits.length - 1]!.end;
    const to = cls[i + 1]?.hits[0]?.start ?? folded.length;
    // Only up to the end of this clause's sentence: "the same" a sentence on is about something else.
    const start = clause.hits[0]!.start;
    const stop = folded.slice(start, to).search(/[.!?。！？]/);
    const words = folded.slice(from, stop < 0 ? to : start + stop);
    if (SAME.test(words)) out.push([cues, things]);
  }
  return out;
}
