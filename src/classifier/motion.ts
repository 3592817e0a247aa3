/**
 * How a thing moves. "Cabello y ropa con movimientos poco naturales", "水の動きがおかしい", "the ball bounces weirdly":
 * a thing's motion said to be wrong or strange is physics. A motion alone called unnatural or stiff ("the movements
 * look unnatural", "mouvements saccadés") is how people judge a clip's animation or a person's gestures, and the
 * labelled public tuning split files it as vague, or as anatomy beside body defects, so it names no mode here.
 */
import type { QualityModeId } from '../modes/types.ts';
import type { AnchorClass } from './lexicon/types.ts';
import type { Clause } from './clauses.ts';
import type { Hit } from './matcher.ts';
import { type Vote, vote } from './votes.ts';
import { makeHit } from './hit.ts';
import { words } from './word-regex.ts';

export const isMotion = (h: Hit) => h.role.kind === 'anchor' && h.role.cls === 'motion';

/** Things whose motion is physics: not people or body parts, whose odd motion people file as vague or anatomy. */
const MOVERS: ReadonlySet<AnchorClass> = new Set(['object', 'matter', 'look', 'cast']);

/** Verbs of moving, folded, in the five spaced languages: "bounces", "bewegt sich", "bouge", "se mueve", "escorre". */
const MOVING = words([
  String.raw`mov(?:e|es|ed|ing)|bounc\w*|behav\w*|flow(?:s|ed|ing)?|falls|falling|fell|rolls?|rolling|pour\w*|splash\w*`,
  String.raw`sway\w*|flutter\w*|accelerat\w*|decelerat\w*|ripples?|rippling|rippled|flap\w*|wav(?:es|ed|ing)|drip\w*|spins?|spinning`,
  String.raw`beweg\w*|spring(?:t|en)|sprang|fliess\w*|fallt|fallen|verhalt\w*|rollt|rollen|spritz\w*|weht|wehen`,
  String.raw`boug(?:e|es|ent|eait|eaient|er)|rebond\w*|coul(?:e|ent|ait|aient|er)|tomb\w*|comport\w*|roul\w*|eclabouss\w*|flott\w*`,
  String.raw`muev\w*|rebot\w*|fluy\w*|cae|caen|cayendo|comport\w*|rued\w*|salpic\w*|ondea\w*`,
  String.raw`mov(?:e|em|endo|eu|ia|iam)|mex(?:e|em|endo|eu|ia)|quic(?:a|am|ando|ou)|escorr\w*|flu(?:i|em|indo|iu)`,
  String.raw`cai|caem|caindo|rola\w*|balanc(?:a|am|ando|ou)`,
]);
/** Japanese verb stems of moving, after the judgement made an adverb ("変に跳ねる", "不自然に揺れる"). */
const MOVING_JA = /^に?(?:動|跳ね|弾|流れ|落ち|転が|揺れ|なび|広が|飛び散)/;

/**
 * How a verb of moving went, said after it in words the cue lists lack as adverbs: "moves unnaturally", "bouge de
 * façon peu naturelle", "se mexe de um jeito estranho" (the lists hold the adjectives: "unnatural", "estranho").
 */
const MANNER = new RegExp(
  String.raw`^\s+(?:\w+\s+)?(?:${[
    'unnaturally|unrealistically|wrongly|incorrectly|oddly|awkwardly|erratically|impossibly',
    String.raw`in an? (?:weird|strange|odd|unnatural|unrealistic|wrong|impossible) way`,
    String.raw`de (?:facon|maniere) (?:bizarre|etrange|peu naturelle|pas naturelle|irrealiste|anormale)`,
    String.raw`de (?:forma|manera|modo) (?:rara|extrana|antinatural|irreal|anormal)`,
    String.raw`de (?:um )?(?:jeito|forma|modo) (?:estranho|estranha|artificial|anormal|irreal)`,
  ].join('|')})\b`,
);

const isJudgement = (h: Hit) => h.role.kind === 'cue' && (h.role.cls === 'generic' || h.role.cls === 'judge');

/**
 * A thing (an object, water, hair, a shadow) and a judgement in one clause, with its motion named between them: a
 * motion word anywhere in the clause, or a verb of moving between the thing and the judgement ("the water behaves
 * strangely") or right after the judgement ("ボールが変に跳ねる", "the ball weirdly bounces").
 */
export function thingMotion(votes: Map<QualityModeId, Vote>, folded: string, live: readonly Hit[], anchors: readonly Hit[]): void {
  if (!anchors.some((a) => a.role.kind === 'anchor' && MOVERS.has(a.role.cls))) return;
  const cue = live.find(isJudgement) ?? manner(folded, anchors);
  if (!cue) return;
  const thing = anchors.find((a) => a.role.kind === 'anchor' && MOVERS.has(a.role.cls) && a.start < cue.start);
  if (!thing) return;
  // A verb is read only in the clause itself: in "le verre tombe et se casse" the falling is before the break.
  const motion = anchors.find(isMotion) ?? (live.includes(thing) ? movingVerb(folded, thing, cue) : undefined);
  if (motion) vote(votes, 'physics', 0.8, [thing, motion, cue]);
}

/** The verb of moving that makes a thing's judgement one of its motion, as a motion hit (quoted as a reason). */
function movingVerb(folded: string, thing: Hit, cue: Hit): Hit | undefined {
  const at = (start: number, end: number): Hit => makeHit({ kind: 'anchor', cls: 'motion' }, start, end, 1, false, thing.cjk, thing.langs);
  const between = MOVING.exec(folded.slice(thing.end, cue.start));
  if (between) return at(thing.end + between.index, thing.end + between.index + between[0].length);
  // Only the word right after: "the ball weirdly bounces", not "the car looks weird and moves".
  const rest = /^\s*[^\s,.;!?、。]*/.exec(folded.slice(cue.end, cue.end + 16))![0];
  const next = MOVING.exec(rest) ?? MOVING_JA.exec(rest);
  return next ? at(cue.end + next.index, cue.end + next.index + next[0].length) : undefined;
}

/**
 * Movements listed with body defects are those bodies' ("Manos deformes, movimientos rígidos"): a physics vote that
 * rests only on a motion word goes when the description also has an anatomy complaint.
 */
export function bodyMotionDropped(votes: Map<QualityModeId, Vote>): void {
  const physics = votes.get('physics');
  if (!physics || !votes.get('anatomy')?.defect) return;
  // Not a thing's motion ("the hands are deformed and the hair moves unnaturally"): hair is no body part.
  const bare = (span: Hit[]) => span.some(isMotion) && !span.some((h) => h.role.kind === 'anchor' && MOVERS.has(h.role.cls));
  if (physics.spans.every(bare)) votes.delete('physics');
}

/**
 * "The hands, in motion, melt", "Die Bewegungen von Orca und Trainerin wirken starr": a clause that only names a motion
 * is context for the clause after it, so it is read with that one (where a complaint can find it, after any thing).
 * Left alone it would stand between a thing and its verb, and a complaint before it would be read of it too.
 */
export function motionJoined(cls: readonly Clause[]): Clause[] {
  const out: Clause[] = [];
  let held: Hit[] = [];
  for (const c of cls) {
    if (c.negatedFrom === Infinity && c.hits.every(isMotion)) held.push(...c.hits);
    else {
      out.push(held.length && c.negatedFrom >= 0 ? { ...c, hits: [...held, ...c.hits] } : c);
      held = [];
    }
  }
  // At the end it joins the clause before ("the hands melt, in motion"), or stands alone to be asked about.
  const last = out[out.length - 1];
  if (held.length) out[out.length ? out.length - 1 : 0] = last ? { ...last, hits: [...last.hits, ...held] } : { ...cls[0]!, hits: held };
  return out;
}

/** Japanese says the way first, as an adverb ("ボールが変に跳ねる"), which the clause drops as the verb's manner. */
const JA_MANNER = /^[がはも]?(?:変|不自然|おかし|妙|異様)に(?=動|跳ね|弾|流れ|落ち|転が|揺れ|なび|広が|飛び散)/;

/** A thing, a verb of moving and the way it went ("the hair moves unnaturally"), as a judgement hit after the verb. */
function manner(folded: string, anchors: readonly Hit[]): Hit | undefined {
  for (const thing of anchors) {
    if (thing.role.kind !== 'anchor' || !MOVERS.has(thing.role.cls)) continue;
    const ja = thing.cjk ? JA_MANNER.exec(folded.slice(thing.end, thing.end + 8)) : null;
    if (ja) return makeHit({ kind: 'cue', cls: 'judge' }, thing.end, thing.end + ja[0].length, 1, false, true, thing.langs);
    const rest = folded.slice(thing.end, thing.end + 60).split(/[,.;!?]/)[0]!;
    const verb = MOVING.exec(rest);
    const how = verb && MANNER.exec(rest.slice(verb.index + verb[0].length));
    if (!verb || !how) continue;
    const start = thing.end + verb.index + verb[0].length;
    return makeHit({ kind: 'cue', cls: 'generic' }, start, start + how[0].length, 1, false, false, thing.langs);
  }
  return undefined;
}
