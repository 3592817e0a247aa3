/**
 * A defect the person cannot get rid of is there: "I can't get rid of the flicker", "I can't fix the extra fingers",
 * "ich bekomme das Flackern nicht weg", "je n'arrive pas à enlever le scintillement", "no consigo quitar el
 * parpadeo", "não consigo tirar a cintilação", "ちらつきが消せない". The negator belongs to the removing, not to the
 * defect, but the clause reader read it as "no flicker" and found nothing. `removalNegsDropped` takes such negators
 * out of the hits, so the clause is read as the complaint it is.
 * The other way round, a defect the person did get rid of is gone ("I finally got rid of the flicker", "I managed to
 * fix the hands"): `removedOff` turns its clauses off, up to the sentence's end or a "but".
 * Folded text: lowercase, no accents, katakana as hiragana.
 */
import type { Clause } from './clauses.ts';
import type { Hit } from './matcher.ts';
import { eachMatch } from './each-match.ts';
import { anyOf } from './word-regex.ts';
import { clausesOff } from './scope.ts';

const EN_REMOVE = String.raw`(?:get rid of|remove|fix|solve|stop|eliminate|correct|repair|clean up|reduce)`;

/** An inability to remove: its negators are the removing's. */
const CANNOT_REMOVE = anyOf(
  [
    String.raw`\b(?:can'?t|cannot|can not|couldn'?t|could not|unable to|don'?t know how to|do not know how to)\s+` +
      String.raw`(?:seem to\s+|manage to\s+|figure out how to\s+)?${EN_REMOVE}\b`,
    String.raw`\b(?:bekomme|bekommen|bekam|kriege|kriegen|krieg|kriegt)\b[^.!?;]{0,40}?\bnicht\s+(?:mehr\s+)?(?:weg|raus)\b`,
    String.raw`\b(?:kann|konnen|konnte|konnten)\b[^.!?;]{0,40}?\bnicht\s+(?:entfernen|beheben|loswerden|beseitigen|wegbekommen)\b`,
    String.raw`\bn'(?:arrive|arrivons|arrivais|ai) (?:pas|plus) (?:a|reussi a) (?:enlever|supprimer|corriger|eliminer|retirer|reparer|` +
      String.raw`regler|me debarrasser d)`,
    String.raw`\bno (?:consigo|puedo|logro|pude|consegui|hay forma de|hay manera de) (?:quitar|eliminar|corregir|arreglar|` +
      String.raw`solucionar|sacar|deshacerme de)\b`,
    String.raw`\bnao (?:consigo|posso|consegui|da para|da pra|ha como) (?:tirar|remover|eliminar|corrigir|consertar|resolver|me livrar d)`,
    '(?:消せ|取れ|直せ|治せ|なくせ|無くせ)(?:ない|ません|なかった|なくて)',
  ],
  'g',
);
const GATE =
  /rid of|remove|fix|solve|stop|eliminat|correct|repair|clean up|reduce|weg|raus|entfern|beheb|loswerd|beseitig|enlever|supprim|corrig|elimin|retir|repar|regl|debarrass|quitar|arregl|soluc|sacar|deshac|tirar|remov|consert|resolv|livrar|消せ|取れ|直せ|治せ|なくせ|無くせ/;

/** The hits without the negators of an inability to remove a defect. */
export function removalNegsDropped(folded: string, hits: Hit[]): Hit[] {
  if (!GATE.test(folded)) return hits;
  const spans = eachMatch(folded, CANNOT_REMOVE).map((m) => [m.index, m.index + m[0].length] as const);
  if (!spans.length) return hits;
  return hits.filter((h) => h.role.kind !== 'neg' || !spans.some(([s, e]) => h.start >= s && h.start < e));
}

/** A removal the person carried out: what follows it in the sentence is gone. */
const REMOVED = anyOf(
  [
    String.raw`\b(?:i|we)(?: (?:finally|eventually|successfully))? (?:got rid of|removed|fixed|solved|eliminated|` +
      String.raw`(?:managed|was able|were able) to ${EN_REMOVE})\b`,
  ],
  'g',
);
const END = /[.!?;。！？\n]|\b(?:but|however|though|although|yet|except)\b/;

/** Turns off (negatedFrom = -1) the clauses after a removal the person carried out, to the sentence's end or a "but". */
export function removedOff(folded: string, cls: Clause[]): void {
  for (const m of eachMatch(folded, REMOVED)) {
    const from = m.index + m[0].length;
    const cut = folded.slice(from).search(END);
    const to = cut < 0 ? folded.length : from + cut;
    clausesOff(cls, from, to);
  }
}
