/**
 * A body part unlike its pair: "one eye smaller than the other", "ein Auge kleiner als das andere", "un œil plus petit
 * que l'autre", "un ojo más pequeño que el otro", "um olho menor que o outro", "片目がもう片方より小さい", "the ears are
 * different sizes", "左右の目の大きさが違う". People say what is wrong by comparing, with no defect word, so the word
 * lists found a part and nothing wrong with it. A mismatched pair of body parts is the body drawn wrong: anatomy. Only
 * said of a body part, a feature or a face: two cups or two buildings of different sizes are no defect, and whether
 * an impossible static shape is one is an open call of the label conventions.
 * Folded text: lowercase, no accents, katakana as hiragana.
 */
import type { QualityModeId } from '../modes/types.ts';
import type { Hit } from './matcher.ts';
import { saidAsComplaint } from './span-scope.ts';
import { saidHit, type Vote, vote } from './votes.ts';
import { eachMatch } from './each-match.ts';
import { anyOf } from './word-regex.ts';

const UNLIKE = anyOf(
  [
    String.raw`\b(?:smaller|bigger|larger|longer|shorter|thicker|thinner|wider|narrower|higher|lower)\s+than\s+the\s+other\b`,
    String.raw`\b(?:different|unequal|uneven|mismatched)\s+(?:sizes|lengths)\b`,
    String.raw`\b(?:kleiner|grosser|langer|kurzer|dicker|dunner|breiter|schmaler|hoher|tiefer)\s+als\s+(?:das|der|die|den)\s+andere[nr]?\b`,
    String.raw`\b(?:unterschiedlich|ungleich|verschieden)\s+(?:gross|lang|dick)\b`,
    String.raw`\bplus\s+(?:petit|grand|long|court|epais|fin|haut|bas|large)e?s?\s+que\s+l'\s*autre\b`,
    String.raw`\bde\s+tailles?\s+differentes?\b`,
    String.raw`\bmas\s+(?:pequen|grand|larg|cort|grues|delgad|alt|baj)[oae]?s?\s+que\s+(?:el|la)\s+otr[oa]\b`,
    String.raw`\bde\s+(?:distint|diferent)[oae]s?\s+taman`,
    String.raw`\b(?:menor|maior|mais\s+(?:comprid|curt|gross|fin|alt|baix|pequen)[oa]s?)\s+(?:do\s+)?que\s+(?:o|a)\s+outr[oa]\b`,
    String.raw`\bde\s+tamanhos?\s+diferentes?\b`,
    // Japanese says the negation after: "もう片方より小さくない" is the pair said alike.
    '(?:もう片方|もう一方|反対側)[^。、！？]{0,4}?より(?:小さ|大き|長|短|太|細|高|低)(?!くな|くはな)',
    '(?:左右で|左右の)[^。！？]{0,8}?(?:大きさ|長さ|太さ|高さ|形)が(?:違|異な|ちが|ばらばら)(?!わな)',
    '(?:大きさ|長さ|太さ|高さ)が左右で(?:違|異な|ちが|ばらばら)(?!わな)',
  ],
  'g',
);

/** A word every comparison above holds: most descriptions have none, and one scan is cheaper than UNLIKE's. */
const MAYBE = /other|andere|autre|otr[oa]|outr[oa]|sizes|lengths|gross|lang|dick|taill|taman|一方|片方|反対側|左右/;

const PARTS = new Set(['body', 'feature', 'face']);
const STOP = /[.!?;。！？]/;
/** How far before the comparison the part may be named ("one of her eyes is noticeably smaller than the other"). */
const REACH = 48;

/** Each comparison of a part with its pair votes anatomy, quoting the part and the comparison. */
export function asymmetryVotes(votes: Map<QualityModeId, Vote>, folded: string, hits: readonly Hit[], off: readonly Hit[]): void {
  if (!MAYBE.test(folded)) return;
  for (const m of eachMatch(folded, UNLIKE)) {
    const end = m.index + m[0].length;
    const part = hits
      .filter(
        (h) =>
          h.role.kind === 'anchor' &&
          PARTS.has(h.role.cls) &&
          h.start < end &&
          m.index - h.end <= REACH &&
          !STOP.test(folded.slice(h.end, m.index)),
      )
      .pop();
    if (!part) continue;
    const said = saidHit('anatomy', m.index, end);
    if (!saidAsComplaint(folded, said, hits, off)) continue;
    vote(votes, 'anatomy', 0.85, part.start < m.index ? [part, said] : [said]);
  }
}
