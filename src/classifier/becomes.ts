/**
 * A thing that becomes another thing is an object morphing: "Das Messer wird beim Schneiden zu einer Gabel", "os dois
 * carros viram um carro só", "コップがお皿になる". German "wird ... zu", Portuguese "vira/virou um" and Japanese
 * "〜になる" are `become` words, which only pair with colours and looks ("wird rot", "vira loira"), so without this a
 * thing turning into a thing named nothing. English, French and Spanish say it with change words ("turns into",
 * "devient", "se convierte en"), which already pair.
 */
import type { QualityModeId } from '../modes/types.ts';
import type { AnchorClass } from './lexicon/types.ts';
import type { Hit } from './matcher.ts';
import { type Vote, vote } from './votes.ts';

const THINGS: ReadonlySet<AnchorClass> = new Set(['object', 'matter']);
const isThing = (h: Hit) => h.role.kind === 'anchor' && THINGS.has(h.role.cls);
const isBecome = (h: Hit) => h.role.kind === 'cue' && h.role.cls === 'become';

/** What comes between the become word and the thing it turns into: "(beim Schneiden) zu einer", "um", "numa". */
const INTO = /^\s+(?:[^\s.,;!?]+\s+){0,3}?(?:zu|zum|zur)\s+(?:(?:einem|einer|einen|einer)\s+)?$|^\s+(?:um|uma|num|numa)\s+$/;

/** `seen`: the live hits so far, the thing that turns may stand in an earlier clause of the sentence ("batem e viram"). */
export function thingBecomes(votes: Map<QualityModeId, Vote>, folded: string, live: readonly Hit[], seen: readonly Hit[]): void {
  for (const h of live) {
    if (!isBecome(h)) continue;
    const into = h.cjk
      ? live.find((a) => isThing(a) && a.end === h.start && folded.startsWith('にな', h.start))
      : live.find((a) => isThing(a) && a.start >= h.end && INTO.test(folded.slice(h.end, a.start)));
    if (!into) continue;
    const from = seen.filter((a) => isThing(a) && a !== into && a.end <= Math.min(h.start, into.start)).pop();
    if (!from || /[.!?。！？]/.test(folded.slice(from.end, h.start))) continue;
    vote(votes, 'physics', 0.8, [from, h, into]);
  }
}
