/**
 * "Not attached to", "nicht befestigt", "固定されていない": said of a thing (named or not: "der Henkel ist nicht
 * befestigt"), it floats free of what should hold it, physics by the label conventions. Two readings are no complaint
 * and must not stand alone: a person who is not attached to something ("I am not attached to this result", "ich bin
 * nicht verbunden") and a connection ("the app is not connected to the server"). Shared by the rules (classify.ts, no
 * lone vote) and the model's gate (guess.ts), so neither speaks for them.
 */
import type { Hit } from './matcher.ts';
import { anyOf } from './word-regex.ts';

const ATTACHED = anyOf([
  ...['attach', 'detach', 'fixed', 'glued', 'anchored', 'connected'],
  ...['fixiert', 'befestigt', 'verbunden', 'lost sich'],
  ...['relie', 'fixe', 'fijad', 'pegad', 'unid', 'despega', 'fixad', 'pres', 'colad', 'solta'],
  ...['固定', 'くっつ'],
]);

/** Joined by a link rather than held: a network, an account, a device. */
const CONNECTION = /connected|verbunden|relie|unid/;

/** A speaker or the person addressed as the subject, in the clause before the words. */
const PERSON = /(?:^|[\s,;:])(?:i|i'm|im|i am|we|we're|you|you're|ich|wir|du|je|j'|nous|tu|yo|nosotros|eu|nos|私|僕|俺)(?:\s|$)/;

export function needsThing(folded: string, h: Hit): boolean {
  if (h.role.kind !== 'cue' || h.role.cls !== 'move') return false;
  const words = folded.slice(h.start, h.end);
  if (!ATTACHED.test(words)) return false;
  const before =
    folded
      .slice(Math.max(0, h.start - 40), h.start)
      .split(/[.!?;。！？]/)
      .pop() ?? '';
  return CONNECTION.test(words) || PERSON.test(before);
}
