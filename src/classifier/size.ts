/**
 * A head or face whose size pulses: "the face occasionally gets larger", "the head scales up and down", "der Kopf wird
 * größer und kleiner", "顔が大きくなったり小さくなったりする". The labels' convention ("jitters, shakes, a head scaling
 * up and down": physics, batch 8 and batch 10) files it as physics. The size words alone pair as a thing's change
 * (lexicon `vanish`), which a face has no physics reading for, so the construction is read here. A person who grows up
 * or a face that comes closer to the camera is not meant: it needs a rhythm (occasionally, periodically, again and
 * again) or the two directions together. Folded text: lowercase, no accents, katakana as hiragana.
 */
import type { QualityModeId } from '../modes/types.ts';
import { saidHit, type Vote, vote } from './votes.ts';
import { eachMatch } from './each-match.ts';
import { anyOf } from './word-regex.ts';

const HEAD = String.raw`\b(?:faces?|heads?|gesicht\w*|kopf|kopfe|visages?|tetes?|caras?|cabezas?|rostos?|cabecas?)\b`;
const GAP = String.raw`(?:(?!\b(?:not|never|nicht|ne|no|nao|pas)\b|\w+n't\b)[^.!?;]){0,30}?`;
const SIZE = anyOf(
  [
    // Both directions: "scales up and down", "grows and shrinks", "gets bigger and smaller".
    String.raw`${HEAD}${GAP}\b(?:scal\w* up and down|grow\w* and shrink\w*|gets? (?:bigger|larger) and smaller|zoom\w* in and out)`,
    // One direction with a rhythm: "occasionally gets larger", "gets bigger every few seconds".
    String.raw`${HEAD}${GAP}\b(?:occasionally|periodically|repeatedly|sometimes|constantly|randomly)\s+(?:gets?|grows?|becomes?)\s+` +
      String.raw`(?:larger|bigger|smaller)\b`,
    String.raw`${HEAD}${GAP}\b(?:gets?|grows?|becomes?)\s+(?:larger|bigger|smaller)\s+(?:and smaller|again and again|periodically|every)`,
    // The word between is no negator: "der Kopf wird nicht größer und kleiner" denies the pulse (precision round, s10).
    String.raw`${HEAD}${GAP}\bwird (?:(?!(?:nicht|nie|niemals|kaum)\b)\w+ )?` +
      String.raw`(?:grosser und kleiner|kleiner und grosser|immer wieder (?:grosser|kleiner))`,
    String.raw`${HEAD}${GAP}\b(?:grossit et (?:retrecit|rapetisse)|grandit et (?:retrecit|rapetisse))`,
    String.raw`${HEAD}${GAP}\bse (?:agranda|hace mas grande) y (?:se )?(?:encoge|achica|hace mas pequena)`,
    String.raw`${HEAD}${GAP}\b(?:aumenta e diminui|cresce e encolhe|fica maior e menor)`,
    // Japanese says the negation after: "…小さくなったりはしない" is the pulse denied.
    '(?:顔|頭)[^。、！？]{0,6}?(?:大きくなったり小さくなったり|小さくなったり大きくなったり|拡大縮小を繰り返)(?!は?しな|は?せず|はありませ)',
  ],
  'g',
);

/** A head or face whose size pulses votes physics, quoted by the words that say so. */
export function sizeVotes(votes: Map<QualityModeId, Vote>, folded: string): void {
  if (!/larger|bigger|smaller|scal|shrink|zoom|grosser|kleiner|grossit|agranda|aumenta|cresce|maior|大きく|拡大/.test(folded)) return;
  for (const m of eachMatch(folded, SIZE)) {
    vote(votes, 'physics', 0.82, [saidHit('physics', m.index, m.index + m[0].length)]);
  }
}
