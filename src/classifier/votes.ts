/**
 * What the rules found, per mode: independent observations of one failure add up (noisy-or). A mode is only a
 * finding when at least one observation names a defect or a change: a judgement alone ("the faces are strange",
 * "les couleurs sont moches") is the vague complaint the follow-up question is for (issue 16).
 */
import type { QualityModeId } from '../modes/types.ts';
import type { AnchorClass } from './lexicon/types.ts';
import type { Hit } from './matcher.ts';
import { makeHit } from './hit.ts';

/** A typo-matched word is slightly less certain than a spelled one. */
const FUZZY_FACTOR = 0.92;
/** A judgement said of a topic ("strange faces", "ugly colours") leans towards its mode but is no finding on its own. */
export const JUDGED_FACTOR = 0.55;
/**
 * Parts whose judgement is already the complaint: "weird hands", "letras raras", "指の長さが変" name a part that can
 * only be wrong one way. A face, a person, the colours or the physics judged strange could be any of several things.
 * A thing's motion judged strange ("the water's movement is weird", motion.ts) is the motion going wrong.
 */
const PLAIN_PARTS: ReadonlySet<AnchorClass> = new Set(['body', 'feature', 'text', 'motion']);

export interface Vote {
  mode: QualityModeId;
  confidence: number;
  spans: Hit[][];
  /** Some observation named a defect or change, not only a judgement. */
  defect: boolean;
}

/**
 * The words a construction read straight from the text (events.ts, light.ts, stillness.ts ...) as one hit for its
 * mode, so the finding quotes them like any lexicon hit.
 */
export function saidHit(mode: QualityModeId, start: number, end: number): Hit {
  return makeHit({ kind: 'strong', mode }, start, end, 1, false, false, []);
}

export function vote(votes: Map<QualityModeId, Vote>, mode: QualityModeId, confidence: number, span: Hit[]): void {
  const part = span.some((h) => h.role.kind === 'anchor' && PLAIN_PARTS.has(h.role.cls));
  const judged = !part && span.some((h) => h.role.kind === 'cue' && h.role.cls === 'judge');
  const c = (span.some((h) => h.fuzzy) ? confidence * FUZZY_FACTOR : confidence) * (judged ? JUDGED_FACTOR : 1);
  const v = votes.get(mode) ?? { mode, confidence: 0, spans: [], defect: false };
  // Independent observations of the same failure add up, but never to certainty.
  v.confidence = Math.min(0.97, 1 - (1 - v.confidence) * (1 - c));
  v.spans.push(span);
  v.defect ||= !judged;
  votes.set(mode, v);
}
