/**
 * Which thing a defect word is said of: the clause's subject, the thing after the word, the things listed with it, the
 * body part next to a count. Split from classify.ts, which reads clauses and votes; this file only picks the things.
 */
import type { AnchorClass } from './lexicon/types.ts';
import { colourResults } from './colour.ts';
import { isPlaceOf } from './goal.ts';
import { gap, type Hit } from './matcher.ts';
import { isMotion } from './motion.ts';

/** What can be one way, then another ("mal blau, mal lila", "次のシーンでは短い髪"): properties, not a thing's story. */
const ALTERNATES: ReadonlySet<AnchorClass> = new Set<AnchorClass>(['hue', 'color', 'look', 'face', 'feature', 'text', 'self']);

/** A relative pronoun and at most two words ("que se", "that slowly", "die sich"), then the verb. */
const RELATIVE = /^\s*,?\s*(?:que|qui|that|which|who|die|der|das|welche[rsn]?|quien(?:es)?)\s+(?:[^\s,.;!?]+\s+){0,2}$/;

/**
 * Which thing a cue is about: the clause's subject first ("the phone in his hand disappears" is about the phone),
 * skipping owners ("the man's hand", "男の手"), then whatever follows the cue, nearest first ("an extra arm").
 */
export function candidates(folded: string, anchors: Hit[], h: Hit): Hit[] {
  if (h.alternation) return anchors.filter((a) => a.start > h.start && a.role.kind === 'anchor' && ALTERNATES.has(a.role.cls));
  const owned = (a: Hit) => (a.possessive === true && anchors.some((b) => b.start > a.start)) || modifies(folded, anchors, a);
  // "Um homem ... com um objeto que se deformava": a relative clause's verb is about the thing right before it.
  const rel = anchors.filter((a) => a.end <= h.start && RELATIVE.test(folded.slice(a.end, h.start)));
  const before = [...rel, ...anchors.filter((a) => a.start < h.start && !rel.includes(a))];
  // A colour the thing turned into comes first: the change is a colour one (colour.ts).
  // "Loss of character consistency": a thing inside the cue's own words is whose stability was lost.
  const inside = h.lost ? anchors.filter((a) => a.start >= h.start && a.end <= h.end) : [];
  const all = [
    ...inside,
    ...colourResults(folded, anchors, h),
    ...before.filter((a) => !owned(a)),
    ...anchors.filter((a) => a.start >= h.start && !isPlaceOf(folded, h, a)).sort((a, b) => gap(a, h) - gap(b, h)),
    ...before.filter(owned),
  ];
  // "During the movement the hands melt": a motion is what a cue is about only when no thing in the clause takes it.
  return all.some(isMotion) ? [...all.filter((a) => !isMotion(a)), ...all.filter(isMotion)] : all;
}

/**
 * "The car color changes", "background colour shifts": a thing written right before "colour" only says whose colour it
 * is, so the change is the colour's, not the thing morphing (English puts nouns side by side where others say "de").
 * People and looks are left out: "hair color changes" is an open call between colour and identity.
 */
function modifies(folded: string, anchors: Hit[], a: Hit): boolean {
  if (a.role.kind !== 'anchor' || !['object', 'matter', 'cast'].includes(a.role.cls)) return false;
  return anchors.some(
    (b) => b.role.kind === 'anchor' && b.role.cls === 'color' && b.start > a.end && /^\s+$/.test(folded.slice(a.end, b.start)),
  );
}

/** "6 fingers", "drei Arme": the body part right next to a count, if it has a normal count. */
export function countedPart(anchors: Hit[], h: Hit): Hit | undefined {
  let best: Hit | undefined;
  for (const a of anchors) {
    if (a.role.kind !== 'anchor' || a.role.normal === undefined || gap(a, h) > 12) continue;
    if (!best || gap(a, h) < gap(best, h)) best = a;
  }
  return best;
}

/**
 * Between two things listed together: "the text or the hands", "luces, expresiones o manos", "服や背景", and the
 * Japanese "both ... and" (手も文字も崩れている), where も after the first thing lists it as や does.
 */
const LISTED = /^[\s,、・]*(?:or|and|ou|et|o|y|e|oder|und|や|と|も)?\s*(?:the|le|la|les|l'|el|los|las|o|a|os|as|die|der|das|den)?\s*$/;
/** "Das Gesicht der Moderatorin": a German genitive names the owner, not a second thing the cue is said of. */
const GENITIVE = /^\s+(?:der|des)\s+$/;

/** The anchors listed right after `a` ("le texte ou les mains"): a cue said of a list is said of each. */
export function listedAfter(folded: string, anchors: Hit[], a: Hit): Hit[] {
  const out: Hit[] = [];
  let last = a;
  for (const b of [...anchors].sort((x, y) => x.start - y.start)) {
    if (b.start < last.end) continue;
    const between = folded.slice(last.end, b.start);
    if (!LISTED.test(between) || GENITIVE.test(between)) break;
    out.push(b);
    last = b;
  }
  return out;
}
