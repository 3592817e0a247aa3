/**
 * Verbs that only carry another word in Japanese and German word order, dropped from a clause's hits: なる right after
 * a phrase naming a defect is its copula ("指が6本になる"), and a form of werden with a verb later in its clause is the
 * auxiliary ("als würde sich das Essen in seiner Form verändern"), not "become". English "appear" before an adjective
 * is "seem", and "out of nowhere," before a comma is "suddenly": neither is a thing coming into view.
 */
import type { CueClass } from './lexicon/types.ts';
import type { Hit } from './matcher.ts';

/** German werden (folded: würde is wurde). */
const WERDEN = /^(?:wird|wirst|werden|wurde|wurden|wurdest)$/;
/** Verbs that say what happened, after which werden was only the auxiliary. */
const MAIN_VERBS: ReadonlySet<CueClass> = new Set<CueClass>(['change', 'morph', 'move', 'vanish', 'deform', 'flicker', 'jump']);

/** English "appear" as a thing coming into view, not "seem": what may follow it (a place, a time, a manner, the end). */
const APPEAR = /^appear(?:s|ed)?$/;
/** Words after which "appear" brings a thing into view: a place, a time, a manner, a conjunction. */
const INTO_VIEW_WORDS = [
  ...['in', 'on', 'out', 'from', 'at', 'behind', 'between', 'inside', 'within', 'next', 'near', 'over', 'under'],
  ...['above', 'below', 'beside', 'around', 'through', 'into', 'onto', 'across', 'along', 'where', 'there', 'here'],
  ...['for', 'during', 'when', 'while', 'after', 'before', 'mid', 'halfway', 'again', 'twice', 'once', 'every', 'each'],
  ...['suddenly', 'briefly', 'randomly', 'abruptly', 'and', 'or', 'then', 'only', 'right', 'instead'],
];
/** The end of the clause, a punctuation mark, one of those words or a number. */
const INTO_VIEW = new RegExp(String.raw`^(?:$|[,.;:!?)—–-]|(?:${INTO_VIEW_WORDS.join('|')}|\d+)\b)`);
const NOWHERE = /^(?:out of|from) nowhere$/;

/** "Aparece con", "apparaît avec", "erscheint mit", "appears with": the person is shown with what follows. */
const APPEARS_WITH = /^(?:aparec\w*|apparai\w*|erschein\w*|erschien\w*|appear\w*|shows? up)$/;
/** The subject may come between in verb-second order ("erscheint die Frau mit", "aparece el hombre con"). */
const WITH = /^(?:\s+[^\s,.;:!?]+){0,2}\s+(?:con|com|avec|mit|with)\s/;
/** A defect word: what the person was shown with, not something coming into view. */
const isDefect = (h: Hit) =>
  h.role.kind === 'strong' || h.role.kind === 'num' || (h.role.kind === 'cue' && (h.role.cls === 'deform' || h.role.cls === 'count'));

/** Removes the copulas and auxiliaries from `kept` (a clause's hits in text order), in place. */
export function auxiliariesDropped(folded: string, kept: Hit[]): void {
  // Japanese says the result first: "指が6本になる". The なる right after a phrase naming a defect is its copula, not a
  // change of something else (a defect cue or a count before it: measured, it lost a holdout4 answer, so not kept).
  for (let i = kept.length - 1; i > 0; i--) {
    const h = kept[i]!;
    const prev = kept[i - 1]!;
    const copula = h.cjk && h.role.kind === 'cue' && (h.role.cls === 'change' || h.role.cls === 'become');
    if (copula && prev.role.kind === 'strong' && h.start === prev.end) kept.splice(i, 1);
  }
  // "Als würde sich das Essen in seiner Form verändern", "das Gesicht wird sich auflösen": a form of werden with a verb
  // later in its clause is the auxiliary (future, subjunctive, passive), not "become"; that verb says what happened.
  for (let i = kept.length - 2; i >= 0; i--) {
    const h = kept[i]!;
    if (h.cjk || h.role.kind !== 'cue' || h.role.cls !== 'become' || !WERDEN.test(folded.slice(h.start, h.end))) continue;
    if (kept.slice(i + 1).some((n) => n.role.kind === 'cue' && MAIN_VERBS.has(n.role.cls))) kept.splice(i, 1);
  }
  // "The character appears human", "it appeared blurry": "appear" before a word that is no place or time is "seem",
  // a copula; "a third hand appears", "appears out of nowhere", "appeared in frame 3" are things coming into view.
  // "Out of nowhere, the render just stops": before a comma it is "suddenly", an adverb on the clause after it.
  for (let i = kept.length - 1; i >= 0; i--) {
    const h = kept[i]!;
    if (h.cjk || h.role.kind !== 'cue' || h.role.cls !== 'vanish') continue;
    const words = folded.slice(h.start, h.end);
    const after = folded.slice(h.end).trimStart();
    if ((APPEAR.test(words) && !INTO_VIEW.test(after)) || (NOWHERE.test(words) && after.startsWith(','))) kept.splice(i, 1);
  }
  // "O homem aparece com seis dedos", "l'homme apparaît avec six doigts", "男が6本指で現れる": appearing with a defect
  // is being shown with it (a copula, like "has"), not a thing coming into view beside it (authored: anatomy alone).
  for (let i = kept.length - 1; i >= 0; i--) {
    const h = kept[i]!;
    if (h.role.kind !== 'cue' || h.role.cls !== 'vanish') continue;
    const shown = h.cjk
      ? i > 0 && kept.slice(Math.max(0, i - 2), i).some(isDefect) && folded.slice(kept[i - 1]!.end, h.start) === 'で'
      : APPEARS_WITH.test(folded.slice(h.start, h.end)) &&
        WITH.test(folded.slice(h.end)) &&
        kept.some((n) => n.start > h.end && n.start - h.end <= 30 && isDefect(n));
    if (shown) kept.splice(i, 1);
  }
}
