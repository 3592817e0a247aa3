/**
 * One clause read: each cue paired with the first thing it can be said of (pairs.ts), strong phrases and counts on
 * their own, and a cue no thing took left to name its mode alone only where nothing in the clause paired. Split out
 * of classify.ts, which decides which things a clause is about.
 */
import type { QualityModeId } from '../modes/types.ts';
import { agesAlone } from './ageing.ts';
import { candidates, countedPart, listedAfter } from './candidates.ts';
import { needsThing } from './attached.ts';
import { isPlaceOf } from './goal.ts';
import { bodyBreakingLaws, lawsMeant } from './laws-said.ts';
import type { Hit } from './matcher.ts';
import { isMotion } from './motion.ts';
import { ALONE, asPair, type Pair, PAIRS } from './pairs.ts';
import { replacedPart } from './replaced.ts';
import { type Vote, vote } from './votes.ts';

const STRONG = 0.9;

/**
 * "Falta de coerência física", "physikalische Kohärenz ... bleibt unvollkommen", "la física o la coherencia se rompían":
 * the physics' consistency said to be lost is physics failing. Only a steady word lost: any other change said of the
 * physics ("increased physical realism", "the physics has evolved") is how articles describe a new version.
 */
const lostLaw = (h: Hit, a: Hit): Pair | undefined =>
  h.lost && a.role.kind === 'anchor' && a.role.cls === 'law' ? ['physics', 0.8] : undefined;

/** `borrowed`: the anchors are the previous clause's subject, so a cue that does not fit it may still stand alone. */
/** `hardSaid`: the description reports a failed generation, so "appears" or "gone" is about the video (hard.ts). */
export function readClause(
  votes: Map<QualityModeId, Vote>,
  folded: string,
  live: Hit[],
  anchors: Hit[],
  borrowed = false,
  hardSaid = false,
): void {
  const lone: Hit[] = [];
  // A clause about the sound (lip sync, a voice) complains about none of the five modes, whatever else it names.
  const aboutSound = anchors.some((a) => a.role.kind === 'anchor' && a.role.cls === 'sound');
  let anyPaired = aboutSound;
  for (const h of live) {
    const role = h.role;
    if (role.kind === 'strong') {
      // "A voice talking gibberish" is the sound's failure; a garbled sign is the text's.
      if (aboutSound && role.mode === 'text') continue;
      // Laws broken on purpose (praised, in space, by magic) are no failure (laws-said.ts).
      if (lawsMeant(folded, h)) continue;
      const body = bodyBreakingLaws(folded, h, anchors);
      vote(votes, body ? 'anatomy' : role.mode, body ? PAIRS.body.deform![1] : STRONG, body ? [body, h] : [h]);
      anyPaired = true;
    } else if (role.kind === 'cue' && !aboutSound) {
      let paired = false;
      for (const a of candidates(folded, anchors, h)) {
        const pair =
          a.role.kind === 'anchor' ? (replacedPart(folded, h, a) ?? lostLaw(h, a) ?? PAIRS[a.role.cls][asPair(role.cls)]) : undefined;
        if (!pair) continue;
        vote(votes, pair[0], pair[1], [a, h]);
        for (const b of listedAfter(folded, anchors, a)) {
          const more = b.role.kind === 'anchor' ? PAIRS[b.role.cls][asPair(role.cls)] : undefined;
          if (more) vote(votes, more[0], more[1], [b, h]);
        }
        paired = true;
        break;
      }
      anyPaired ||= paired;
      // A motion is no thing a cue must be about: "faces morph during fast motion" still names the morphing alone.
      if (
        !paired &&
        !needsThing(folded, h) &&
        (!anchors.length || borrowed || anchors.every((a) => isPlaceOf(folded, h, a) || isMotion(a)))
      )
        lone.push(h);
    } else if (role.kind === 'num') {
      const a = countedPart(anchors, h);
      if (a && a.role.kind === 'anchor' && a.role.normal !== role.value) {
        const pair = PAIRS[a.role.cls].count;
        if (pair) vote(votes, pair[0], pair[1], [a, h]);
      }
    }
  }
  // A cue left over in a clause whose other cue found its thing is an adverb on that one ("the colours change out of
  // nowhere" is no vanishing); only in a clause where nothing paired does it name a mode alone. Beside a hard-failure
  // word it is about the failure ("aparece 'falha na geração'", "the video disappeared from my library").
  if (anyPaired || hardSaid || live.some((h) => h.role.kind === 'hard')) return;
  for (const h of lone) {
    // An ageing verb with no one named is said of a person (ageing.ts).
    const alone = agesAlone(folded, h) ? PAIRS.being.change : h.role.kind === 'cue' ? ALONE[h.role.cls] : undefined;
    if (alone) vote(votes, alone[0], alone[1], [h]);
  }
}
