/**
 * How far a negator reaches, for clauses.ts: where a noun negator's reach ends before a second predicate ("exits with
 * no error or fails to generate anything"), and where two negators cancel ("stimmt nichts nicht").
 */
import type { Hit } from './matcher.ts';

/** Negators that deny a noun, not a verb: "no error", "without errors", "sin error", "sem erro", "aucune erreur". */
const NOUN_NEGATOR = /^(?:no|without|sin|sem|sans|aucune?|ningun[oa]?|nenhum[a]?)$/;
/**
 * After "no <noun> or|and", a verb that agrees with the sentence's subject starts a second predicate the "no" does not
 * reach: "exits with no error or fails to generate anything", "no warning and crashes at step 3". A noun after "or"
 * stays denied ("no error or crash", "no errors or crashes"); so does a verb under a verbal negation ("doesn't fail or
 * hang"), which this never reads. English only: elsewhere the second predicate after a comma or "but" is a clause of
 * its own already, and "o"/"ou"/"et" before a verb are too rare to tell from a list.
 */
const SECOND_PREDICATE =
  /^\s+(?:(?:any|an?|the)\s)?(\S+)\s(?:or|and)\s(?:(?:it|then|just|simply|sometimes|always|still|instead)\s)*(\S+)(\s+to\b)?/;
export function predicateBreaks(folded: string, hits: readonly Hit[]): number[] {
  const out: number[] = [];
  for (const h of hits) {
    if (h.role.kind !== 'neg' || h.cjk || !h.langs.includes('en') || !NOUN_NEGATOR.test(folded.slice(h.start, h.end))) continue;
    const m = SECOND_PREDICATE.exec(folded.slice(h.end, h.end + 80));
    if (!m) continue;
    const [, noun, verb, to] = m as unknown as [string, string, string, string | undefined];
    // "Crashed", "fails": a verb by its ending; a bare "-s" only after a singular noun or before an infinitive ("no
    // error or crashes" reads as a verb, "no errors or crashes" as two nouns, "no errors or refuses to" as a verb).
    const finite = /ed$/.test(verb) || /^fails?$/.test(verb) || (/[^s]s$/.test(verb) && (to !== undefined || !/s$/.test(noun)));
    const at = h.end + m[0].lastIndexOf(verb);
    // Only a failure said in the second predicate ("fails", "crashed", "never finishes"): "no three-legged or
    // 12-fingered humans" is two adjectives on one noun, both denied.
    const failure = hits.some((o) => o.role.kind === 'hard' && o.start === at);
    if (finite && failure && !/ed$/.test(noun)) out.push(at - 1);
  }
  return out;
}

/** A "nothing" and a second negator of German or English, both on one positive: they cancel. */
const NOTHING = /^(?:nichts|niemand|nothing|nobody|no one|none)$/;
export function doubleNegation(folded: string, flips: readonly Hit[]): boolean {
  const negs = flips.filter((n) => n.role.kind === 'neg' && !n.cjk && (n.langs.includes('de') || n.langs.includes('en')));
  return negs.length >= 2 && negs.some((n) => NOTHING.test(folded.slice(n.start, n.end)));
}

/**
 * "Etwas stimmt mit den Fingern nicht", "bei den Händen funktioniert es nicht": German puts "nicht" at the end of the
 * clause, after what the verb is said of, so a verb of being right and the "nicht" that ends its clause are one
 * complaint however far apart (the clause's other words are its complements). Only the verbs, not the adjectives:
 * "die Hände sind gut und bewegen sich nicht" says two things.
 */
const RIGHT_VERB = /^(?:stimmt|stimmen|passt|passen|funktioniert|funktionieren)$/;
export function bracketEnd(folded: string, hits: readonly Hit[], h: Hit, n: Hit): boolean {
  if (!RIGHT_VERB.test(folded.slice(h.start, h.end)) || folded.slice(n.start, n.end) !== 'nicht' || n.start < h.end) return false;
  if (n.start - h.end > 48 || !/^\s*(?:[.!?,;:)]|$)/.test(folded.slice(n.end, n.end + 3))) return false;
  // Nothing between that negates or judges on its own: "stimmt nichts ... nicht" is doubleNegation's.
  return !hits.some((o) => o.start > h.end && o.end <= n.start && (o.role.kind === 'neg' || o.role.kind === 'pos'));
}
