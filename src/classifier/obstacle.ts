/**
 * Passing through something is only impossible when the something is solid: "the car drives through the wall" is a
 * physics failure, "people walking through a market" or "la voiture traverse la rue" is a street scene. A cue that
 * ends in the bare verb or preposition of passing (through, durch, à travers, atraviesa, atravessa, traverse) names
 * a failure only with its obstacle: a thing named after it in the clause ("through the railing"), each other ("walk
 * through each other", "se atraviesan entre sí", "les gens se traversent"). Cues that already hold their obstacle
 * ("through the door", "durch die Wand") are not bare and are left alone.
 */
import type { AnchorClass } from './lexicon/types.ts';
import type { Hit } from './matcher.ts';
import { words } from './word-regex.ts';

/** The folded cue ends in the passing word itself, with nothing passed through inside the entry. */
const BARE_PASS = /(?:\bthrough|\bdurch|\btravers\w*|\ba traves(?: de)?|\batravies\w*|\batraveso|\batravess\w*|\btraspas\w*|\bpor dentro)$/;

/** "Each other" right after the cue: people passing through people. */
const RECIPROCAL = new RegExp(
  String.raw`^\s*,?\s*(?:each other|one another|entre si|entre ellos|entre ellas|les uns les autres|l'un l'autre|` +
    String.raw`uns aos outros|umas as outras|um ao outro|einander)`,
);

/** A reflexive before the verb is the reciprocal of the Romance languages: "se traversent", "se atraviesan". */
const REFLEXIVE = /\bs(?:e\s+|')$/;

/**
 * Things solid enough that passing through them is the failure. Not a person or a crowd ("walks through the crowd"),
 * and not colours, text or topic words, which nothing passes through.
 */
const SOLID: ReadonlySet<AnchorClass> = new Set(['object', 'body', 'face', 'feature', 'cast', 'look']);

/**
 * Solid things a person names as what was passed through, per language (folded: no accents), besides the lexicon's
 * anchors: walls, doors, floors, tables, fences, windows, glass, trees, rocks, cars, ceilings, posts and poles.
 */
const OBSTACLE = words([
  'walls?|doors?|floors?|ground|tables?|fences?|railings?|windows?|glass|gates?|trees?|rocks?|cars?|bars|chairs?|desks?',
  'beds?|ceilings?|poles?|lamp ?posts?|posts?|pillars?|columns?',
  'muros?|paredes|pared|puertas?|suelo|mesas?|vallas?|ventanas?|cristal|vidrios?|arbol(?:es)?|rocas?|coches?|techo|rejas?',
  'farolas?|postes?|columnas?|pilares?',
  'murs?|portes?|sol|tables?|barrieres?|fenetres?|vitres?|verre|arbres?|rochers?|voitures?|plafond|grilles?',
  'lampadaires?|poteaux?|piliers?|colonnes?',
  'paredes?|portas?|chao|cercas?|grades?|janelas?|vidros?|arvores?|pedras?|carros?|teto|postes?|colunas?|pilares?',
  'wand|wande|mauer\w*|tur|turen|boden|tisch\w*|zaun|gelander|fenster|scheibe\w*|glas|baum\w*|fels\w*|autos?|decke|gitter',
  '\w*mast\w*|pfosten|pfeiler|saule\w*',
]);

/** German names what is passed through between two halves: "fährt durch den Mast durch / hindurch". */
const CIRCUMPOSITION = /\b(?:durch|hindurch)\b/;

/** True for a passing cue with no obstacle in its clause: then it names nothing. */
export function passesNothing(folded: string, cue: Hit, clause: readonly Hit[]): boolean {
  if (cue.role.kind !== 'cue' || cue.role.cls !== 'move' || !BARE_PASS.test(folded.slice(cue.start, cue.end))) return false;
  if (REFLEXIVE.test(folded.slice(Math.max(0, cue.start - 4), cue.start))) return false;
  if (RECIPROCAL.test(folded.slice(cue.end, cue.end + 40))) return false;
  const rest = folded.slice(cue.end).split(/[.,;:!?()]/)[0]!;
  if (OBSTACLE.test(rest) || CIRCUMPOSITION.test(rest)) return false;
  return !clause.some((h) => h.start >= cue.end && h.role.kind === 'anchor' && SOLID.has(h.role.cls));
}
