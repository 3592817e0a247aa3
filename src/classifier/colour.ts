/**
 * Colour names in a clause: an adjective on a thing ("the red car") is dropped, and a colour a thing changed to
 * ("turns green", "wird … orange", "緑に変わる") makes the change a colour one. Word order differs by language.
 */
import { gap, type Hit } from './matcher.ts';

export const isHue = (a: Hit) => a.role.kind === 'anchor' && a.role.cls === 'hue';
/** What a change can turn a thing into that makes it a colour change: a colour name, or colour itself ("changes colour"). */
const isResult = (a: Hit) => isHue(a) || (a.role.kind === 'anchor' && a.role.cls === 'color');

/**
 * German puts the predicate last ("das Kleid wird in der Mitte des Videos orange"): a colour that ends its clause is
 * what the thing became, however far from the verb. Japanese puts the result before the verb with に/へ/と
 * ("ドレスがオレンジになる", "赤に変わる").
 */
const CLAUSE_END = /^\s*(?:$|[.!?;,:、。！？\n]|(?:und|and|y|et|e|dann|then|aber|but)\b)/;
const JA_RESULT = /^(?:色)?(?:に|へ|と)?$/;
/** オレンジ is also the fruit: "リンゴがオレンジに変わる" is a thing morphing; only オレンジ色 is surely the colour. */
const jaResult = (hue: string, between: string) => JA_RESULT.test(between) && (hue !== 'おれんじ' || between.startsWith('色'));

/**
 * "The car changes from red to blue": a colour named after a change is what the thing changed to, so the change is
 * a colour one, whatever the subject was; not when something else comes first ("turns into a man in blue").
 */
export function colourResults(folded: string, anchors: Hit[], h: Hit): Hit[] {
  if (h.role.kind !== 'cue' || (h.role.cls !== 'change' && h.role.cls !== 'span' && h.role.cls !== 'become')) return [];
  return anchors.filter(
    (a) =>
      isResult(a) &&
      ((a.start > h.start &&
        (gap(a, h) <= 24 || CLAUSE_END.test(folded.slice(a.end))) &&
        !anchors.some((b) => !isResult(b) && b.start > h.start && b.start < a.start)) ||
        (a.cjk && a.end <= h.start && jaResult(folded.slice(a.start, a.end), folded.slice(a.end, h.start)))),
  );
}

/**
 * A colour name right next to another anchor is an adjective on it ("the red car", "la voiture rouge", "赤い車"):
 * the sentence is about the car, so the colour is dropped.
 */
export function modifiersDropped(anchors: Hit[]): Hit[] {
  // Japanese puts an adjective before its noun: a colour after the thing ("ドレスが緑に") is what it is or became.
  const modifies = (a: Hit, b: Hit) => b !== a && !isHue(b) && (a.cjk ? a.end <= b.start && gap(a, b) <= 1 : gap(a, b) <= 2);
  return anchors.filter((a) => !isHue(a) || !anchors.some((b) => modifies(a, b)));
}
