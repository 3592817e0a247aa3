/**
 * One change verb said of two properties of a thing: "the bus changes its shape and colour", "objects pulse in
 * size/color", "cambia de forma y de color", "ändert Form und Farbe", "change de forme et de couleur", "muda de forma
 * e de cor", "形も色も変わる". The shape or size change is read as the thing morphing (the lexicon holds "changes
 * shape" as one phrase), which uses up the verb, so the colour after "and" was left with no complaint of its own and
 * the colour change went unnamed. Here the colour listed right after a live shape or size change shares that change.
 * Only the colour is added: the shape change is already read, and what it means depends on the thing (a face's shape
 * is identity, a cup's is physics). The verb must be live (not negated, asked for, or said of others), so "the bus
 * keeps its shape and colour" and "does not change shape or colour" give nothing. Folded text: lowercase, no accents.
 */
import type { QualityModeId } from '../modes/types.ts';
import type { Hit } from './matcher.ts';
import { ALONE, PAIRS } from './pairs.ts';
import { saidHit, type Vote, vote } from './votes.ts';

/** The shape or size word inside a change phrase ("changes shape", "pulses in size", "verandert die form"). */
const SHAPE = /\b(?:shapes?|sizes?|form|formen|forme|formes|forma|formas|grosse|taille|tamano|tamanho)\b|形|大きさ|サイズ/;
/** What may stand between the shape and the colour: a list word, then at most a preposition or possessive. */
const AND =
  /^\s*(?:\/|&|and|or|und|oder|et|ou|y|o|e|sowie)\s*(?:(?:its|their|the|in|seine|ihre|die|de|la|sa|leur|leurs|des|du|su|sus|sua|suas|da|do|das|dos|en|em|na|no|el)\s+)*$/;
/** Japanese lists the two properties before the verb: 形も色も変わる, 形や色が変わる, 形と色が変化する. */
const JA_BEFORE = /^(?:も|や|と|、)$/;
const JA_AFTER = /^(?:も|が|は)?$/;

/** Between the verb and the colour: at most a possessive or preposition, the shape word, then the list word. */
const OWN = String.raw`(?:(?:its|their|in|seine|ihre|die|de|sa|leur|leurs|su|sus|sua|suas|em|en)\s+)?`;
const shapeThenAnd = (between: string) => {
  const m = new RegExp(String.raw`^\s*${OWN}(?:shapes?|sizes?|form|forme|forma|grosse|taille|tamano|tamanho)\b`).exec(between);
  return m !== null && AND.test(between.slice(m[0].length));
};

const isColour = (h: Hit) => h.role.kind === 'anchor' && h.role.cls === 'color';
const isChange = (h: Hit) => h.role.kind === 'cue' && (h.role.cls === 'change' || h.role.cls === 'morph' || h.role.cls === 'vanish');

/** The colour said in the same breath as a live shape or size change votes colour, quoted by the two. */
export function sharedChangeVotes(votes: Map<QualityModeId, Vote>, folded: string, live: readonly Hit[]): void {
  const pair = PAIRS.color.change;
  if (!pair) return;
  for (const a of live) {
    if (!isColour(a)) continue;
    for (const c of live) {
      if (!isChange(c)) continue;
      // "changes its shape and colour": the change phrase holds the shape word, the colour follows the list word.
      // The shape word may also follow the verb on its own ("keeps changing size and colour", "ändert Form und Farbe").
      const between = c.end <= a.start ? folded.slice(c.end, a.start) : undefined;
      const after = between !== undefined && ((SHAPE.test(folded.slice(c.start, c.end)) && AND.test(between)) || shapeThenAnd(between));
      // "形も色も変わる": the shape word, a list particle, the colour, then the change verb.
      const ja =
        a.cjk &&
        a.end <= c.start &&
        JA_AFTER.test(folded.slice(a.end, c.start)) &&
        /(?:形|大きさ|サイズ)$/.test(folded.slice(Math.max(0, a.start - 4), a.start).replace(/(?:も|や|と|、)$/, '')) &&
        JA_BEFORE.test(folded.slice(a.start - 1, a.start));
      if (after || ja) vote(votes, pair[0], pair[1], [a, c]);
    }
  }
}

/** After the colour: the list word, at most a preposition or article, the shape word ("colour and shape", "y de forma"). */
const THEN_SHAPE = new RegExp(
  // At most one more listed property between, and "even" ("colours, lighting and even shapes", "y hasta en las formas").
  String.raw`^(?:\s*,\s*[^\s,.;:!?]+(?:\s+[^\s,.;:!?]+){0,2})?\s*,?\s*(?:\/|&|and|or|und|oder|et|ou|y|o|e)\s+` +
    String.raw`(?:(?:even|hasta|incluso|ate|meme|sogar|auch|aussi|tambien|tambem)\s+)?(?:(?:its|their|the|in|seine|ihre|die|de|la|sa|leur|leurs|des|du|su|sus|sua|suas|da|do|das|dos|en|em|na|no|el|las|los|les|as|os)\s+)*` +
    String.raw`(?:shapes?|sizes?|form|formen|forme|formes|forma|formas|grosse|taille|tamano|tamanho)\b`,
);
const JA_THEN_SHAPE = /^(?:も|や|と|、)(?:形|大きさ|サイズ)(?:も|が|は)?$/;
/** No clause break between the change and the colour: they are one clause's verb and object. */
const BREAK = /[.!?;:。！？\n]|\b(?:but|aber|mais|pero|mas)\b/;

/**
 * The other order, "the bus changes its colour and shape", "die Farben und Formen ändern sich", "色も形も変わる":
 * the colour takes the verb and the shape after it had nothing. The shape change is read as the morph of the thing
 * the clause is about (a face's is identity, a cup's physics), or as a morph alone when no thing is named.
 */
export function colourThenShapeVotes(votes: Map<QualityModeId, Vote>, folded: string, live: readonly Hit[]): void {
  for (const a of live) {
    if (!isColour(a)) continue;
    const rest = folded.slice(a.end);
    const m = a.cjk ? undefined : THEN_SHAPE.exec(rest);
    const c = live.find((h) => {
      if (!isChange(h)) return false;
      if (a.cjk) return h.cjk && h.start >= a.end && JA_THEN_SHAPE.test(folded.slice(a.end, h.start));
      if (!m) return false;
      const [from, to] = h.end <= a.start ? [h.end, a.start] : [a.end, h.start];
      return to >= from && to - from <= 40 && !BREAK.test(folded.slice(from, to));
    });
    if (!c) continue;
    const first = Math.min(a.start, c.start);
    const thing = live
      .filter((h) => h.role.kind === 'anchor' && h.role.cls !== 'color' && h.role.cls !== 'hue' && h.role.cls !== 'motion')
      .filter((h) => h.end <= first && !BREAK.test(folded.slice(h.end, first)) && first - h.end <= 30)
      .pop();
    const pair = thing && thing.role.kind === 'anchor' ? PAIRS[thing.role.cls].morph : ALONE.morph;
    if (!pair) continue;
    const shapeEnd = a.cjk ? c.start : a.end + m![0].length;
    vote(votes, pair[0], pair[1], [...(thing ? [thing] : []), c, saidHit(pair[0], a.end, shapeEnd)]);
  }
}
