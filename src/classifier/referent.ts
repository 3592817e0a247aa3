/**
 * "Another person walks through her", "une autre personne traverse le mur", "otra persona atraviesa la pared",
 * "outra pessoa atravessa a parede", "eine andere Person läuft durch die Wand", "別の人が壁をすり抜ける": "another" here
 * brings a second thing into the scene, and what it does (passes through, appears, vanishes) is the physics failure.
 * The lexicon reads "another person", "autre", "otra", "別の" as the identity change ("she turns into another
 * person"), which then named identity beside, or instead of, the physics (public tuning split: "a blur of another
 * person walked through her before disappearing", physics). The marker is dropped only when its own clause goes on
 * with a motion or vanishing, and nothing makes it the thing someone became, looks like or was replaced by.
 * Folded text: lowercase, no accents, katakana as hiragana.
 */
import type { Clause } from './clauses.ts';
import type { Hit } from './matcher.ts';
import { eachMatch } from './each-match.ts';

/** The "another" marker: "another person", "a different person", "someone else", "une autre", "otra", "別の人". */
const MARKER =
  /^(?:(?:an?|ein\w*|une?)\s+)?(?:another|other|a different|different|someone else|somebody else|andere\w*|autre|otra|outra|otro|outro)\b|^別の/;
/** Before the marker in its clause: it is what someone became, resembles, is, or was swapped with. */
const BECOME_BEFORE =
  /\b(?:turn\w*|becom\w*|became|look\w*|like|seem\w*|replac\w*|swap\w*|is|was|are|were|be|been|by|with|wird|wurde|werden|ist|war|sieht|wie|ersetzt|devient|devenu\w*|ressembl\w*|comme|est|etait|par|convierte\w*|parec\w*|como|es|era|por|vira\w*|virou|torna\w*|e|substitu\w*|remplac\w*|reemplaz\w*)\b|'s\b/;
/** Anywhere in the clause: a replacement ("instead of her", "an ihrer Stelle", "代わりに"). */
const INSTEAD =
  /\b(?:instead|in (?:her|his|their|its)? ?place|statt|anstelle|an (?:ihrer|seiner) stelle|au lieu|a la place|en lugar|en vez|no lugar|em vez)\b|代わり/;
/** Japanese says what the thing became after it: "別の人になる", "別人に変わる", "別の人みたい". */
const JA_BECOME_AFTER = /(?:に|と)(?:なっ|なる|なり|変わ|変化|見え|入れ替わ|すり替わ)|みたい|のよう|に似/;
/** A clause ends at punctuation. */
const BREAK = /[,;.!?、。！？\n]/g;

const isMarker = (folded: string, h: Hit) =>
  (h.role.kind === 'strong' && h.role.mode === 'identity') || (h.role.kind === 'cue' && h.role.cls === 'change')
    ? MARKER.test(folded.slice(h.start, h.end))
    : false;
const doesPhysics = (h: Hit) =>
  (h.role.kind === 'cue' && (h.role.cls === 'move' || h.role.cls === 'vanish')) || (h.role.kind === 'strong' && h.role.mode === 'physics');

/** Drops the "another" markers that only bring a second thing into a clause about its motion. */
export function newReferentsOff(folded: string, cls: Clause[]): void {
  // Where the punctuation is, found once: walking from each clause to its edges a character at a time, testing each
  // against the pattern, was 1.5% of classify's time.
  const breaks = eachMatch(folded, BREAK).map((m) => m.index);
  for (const c of cls) {
    if (c.negatedFrom < 0) continue;
    const first = c.hits[0]!.start;
    // Just after the last break before the clause's first hit, and at the first break from its last hit's end.
    let from = 0;
    for (const b of breaks) if (b < first) from = b + 1;
    let to = c.hits[c.hits.length - 1]!.end;
    to = breaks.find((b) => b >= to) ?? Math.max(to, folded.length);
    if (INSTEAD.test(folded.slice(from, to))) continue;
    c.hits = c.hits.filter((h) => {
      if (!isMarker(folded, h) || !c.hits.some((p) => p.start >= h.end && doesPhysics(p))) return true;
      if (BECOME_BEFORE.test(folded.slice(from, h.start))) return true;
      return h.cjk && JA_BECOME_AFTER.test(folded.slice(h.end, to));
    });
  }
}
