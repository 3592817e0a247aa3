/**
 * A body part growing out of another: "a hand grows out of his neck", "an arm sticking out of her back", "un bras
 * sort de son dos", "sai um braço das costas dela". A part where no part belongs is the body drawn wrong: anatomy
 * (extra or misplaced parts, batch 10). German, Spanish and Japanese say it with words the lists read ("wächst aus",
 * "le sale", "から生えて"); English and French use verbs of coming out that are no defect on their own ("a man comes
 * out of the house"), so it is read here only between two body parts. Folded text: lowercase, no accents.
 */
import type { QualityModeId } from '../modes/types.ts';
import type { Hit } from './matcher.ts';
import { saidAsComplaint } from './span-scope.ts';
import { saidHit, type Vote, vote } from './votes.ts';

const EN_PLACE =
  'back|neck|head|face|cheek|chest|belly|stomach|shoulder|forehead|arm|leg|hand|palm|wrist|mouth|eye|ear|nose|chin|knee|elbow|hip|foot|torso|side|throat';
const FR_PLACE =
  'dos|cou|tete|visage|joue|poitrine|ventre|epaule|front|bras|jambe|main|bouche|oeil|oreille|nez|menton|genou|coude|hanche|pied';
const PT_PLACE =
  'costas|pescoco|cabeca|rosto|bochecha|peito|barriga|ombro|testa|braco|perna|mao|boca|olho|orelha|nariz|queixo|joelho|cotovelo|quadril|pe';

/** After the first part: the verb of coming out, a possessive or article, and the part it comes out of. */
const OUT_OF = new RegExp(
  String.raw`^\s+(?:(?:is|are|was|were|keeps?)\s+)?(?:grows?|growing|grew|sticks?|sticking|stuck|sprouts?|sprouting|sprouted|` +
    String.raw`protrud(?:es|ing|ed)|pokes?|poking|poked|comes?|coming|came|emerg(?:es|ing|ed))\s+(?:right\s+)?(?:out\s+of|from)\s+` +
    String.raw`(?:(?:the|his|her|their|its|a|one)\s+)?(?:\w+'s\s+)?(?:${EN_PLACE})s?\b|` +
    String.raw`^\s+(?:qui\s+)?(?:lui\s+)?(?:sort|sortent|sortait|pousse|poussent|poussait|depasse|depassent)\s+(?:de|du|des)\s+` +
    String.raw`(?:(?:son|sa|ses|leur|la|le)\s+|l')?(?:${FR_PLACE})s?\b|` +
    String.raw`^\s+(?:que\s+)?(?:sai|saem|saindo|brota|brotam|brotando|cresce|crescem|crescendo)\s+(?:d[oa]s?|de)\s+` +
    String.raw`(?:(?:seu|sua|seus|suas)\s+)?(?:${PT_PLACE})s?\b`,
);
/** Portuguese and French also put the verb first: "sai um braço das costas", "il lui sort un bras du dos". */
const VERB_FIRST = /(?:\bsai|\bsaem|\bbrota|\bbrotam|\bsort|\bsortent|\bpousse|\bpoussent)\s+(?:un|une|um|uma)\s+$/;
const FROM_AFTER = new RegExp(
  String.raw`^\s+(?:d[oa]s?|de|du|des)\s+(?:(?:son|sa|ses|seu|sua|seus|suas|la|le)\s+|l')?(?:${FR_PLACE}|${PT_PLACE})s?\b`,
);
const GATE = /out of|from|sort|pousse|depasse|sai|saem|saindo|brota|cresce/;

/** Each part said to come out of another part votes anatomy, quoting both parts and the verb between. */
export function partFromPartVotes(votes: Map<QualityModeId, Vote>, folded: string, hits: readonly Hit[], off: readonly Hit[]): void {
  if (!GATE.test(folded)) return;
  for (const a of hits) {
    if (a.role.kind !== 'anchor' || (a.role.cls !== 'body' && a.role.cls !== 'feature')) continue;
    const after = folded.slice(a.end, a.end + 64);
    const before = folded.slice(Math.max(0, a.start - 16), a.start);
    const verbFirst = VERB_FIRST.exec(before);
    const m = OUT_OF.exec(after) ?? (verbFirst ? FROM_AFTER.exec(after) : null);
    if (!m) continue;
    const said = { start: verbFirst && !OUT_OF.test(after) ? a.start - verbFirst[0].length : a.start, end: a.end + m[0].length };
    if (saidAsComplaint(folded, said, hits, off)) vote(votes, 'anatomy', 0.85, [saidHit('anatomy', said.start, said.end)]);
  }
}
