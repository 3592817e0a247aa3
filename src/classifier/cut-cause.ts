/**
 * A change the camera or a cut explains: "the background changes because the camera pans", "der Hintergrund ändert
 * sich, weil die Kamera schwenkt", "el fondo cambia porque la cámara se mueve", "o fundo muda quando a cena muda",
 * "背景が変わるのはカメラが動くから". The background as a thing that changes by itself is physics (batches 4-6, 8), but
 * one that changes because the view moved or the scene cut is a normal clip (precision round, s10). Only a cause said
 * as such ("because", "weil", "quand la scène change"): "the background changes when the camera moves" is the
 * complaint that the world did not hold still while the view moved, and stays one.
 */
import type { QualityModeId } from '../modes/types.ts';
import type { Vote } from './votes.ts';
import { anyOf } from './word-regex.ts';

const CAMERA = String.raw`(?:the |die |la |a )?(?:camera|kamera|camara)`;
const CAUSE = anyOf([
  String.raw`\b(?:because|since|weil|da|parce que|parce qu'|car|porque|pois|ya que)\s+${CAMERA}\b`,
  String.raw`\b(?:when|wenn|als|quand|lorsque|cuando|quando)\s+(?:the |die |la |le |a |o )?(?:scene|szene|scene|escena|cena)\s+` +
    String.raw`(?:changes|cuts|switches|wechselt|andert sich|change|cambia|muda)\b`,
  'かめらが(?:動く|移動する|ぱんする)から|場面が(?:変わる|切り替わる)',
]);
const STOP = /[.!?;。！？\n]/;
/** A word every cause above holds (keep the two in step): one plain scan for the many descriptions with none. */
const CAUSE_GATE = /camera|kamera|camara|scene|szene|cena|かめら|場面/;

/**
 * Drops `mode`'s vote when every observation of it sits in a sentence that gives the camera or a cut as the cause.
 * Returns whether such a cause is said, for the model's guess of `mode` to stay out too (it learnt "changes" as physics).
 */
export function cutCauseDropped(votes: Map<QualityModeId, Vote>, folded: string, mode: QualityModeId): boolean {
  if (!CAUSE_GATE.test(folded) || !CAUSE.test(folded)) return false;
  const v = votes.get(mode);
  if (!v) return true;
  const sentence = (at: number) => (folded.slice(0, at).split(STOP).pop() ?? '') + (folded.slice(at).split(STOP)[0] ?? '');
  if (v.spans.every((span) => span.length > 0 && CAUSE.test(sentence(span[0]!.start)))) votes.delete(mode);
  return true;
}
