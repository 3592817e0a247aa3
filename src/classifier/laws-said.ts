/**
 * Whose laws of physics were broken. "The eyebrows defy physics", "los brazos desafían la gravedad": a body part said
 * to break them is the body going wrong, which the labels file as anatomy (the convention that motions said of a
 * body's failures go with the body), not an object doing the impossible.
 */
import { praisedAfter } from './span-scope.ts';
import { LAWS_BROKEN } from './lexicon/laws.ts';
import type { Hit } from './matcher.ts';
import { anyOf } from './word-regex.ts';

let phrases: ReadonlySet<string> | undefined;

/** The body part a laws-broken phrase is said of: the nearest anchor before it in its clause, if that is a body part. */
export function bodyBreakingLaws(folded: string, h: Hit, anchors: readonly Hit[]): Hit | undefined {
  phrases ??= new Set(Object.values(LAWS_BROKEN).flat());
  if (!phrases.has(folded.slice(h.start, h.end))) return undefined;
  const before = anchors.filter((a) => a.end <= h.start).pop();
  return before?.role.kind === 'anchor' && (before.role.cls === 'body' || before.role.cls === 'feature') ? before : undefined;
}

/**
 * Laws of physics broken on purpose: praised after ("the arms defy gravity in the breakdance, stunning", "los brazos
 * desafían la gravedad, increíble") or by the world of the scene ("defies gravity because it is in space", "魔法で").
 * Words that share the rule's but are no failure (precision round, s10).
 */
const IN_WORLD = anyOf([
  String.raw`\b(?:in (?:outer )?space|zero[- ]g(?:ravity)?|weightless\w*|magic\w*|fantasy|a dream|superhero\w*|cartoon\w*`,
  String.raw`im weltraum|schwerelos\w*|magie|magisch\w*|traum|dans l'espace|apesanteur|magique|reve|en el espacio|gravedad cero`,
  String.raw`ingravidez|magia|magic[oa]|sueno|no espaco|gravidade zero|magic[oa])\b`,
  '宇宙|無重力|魔法|夢',
]);

/** Whether a laws-broken phrase is meant: praised later in its sentence, or said of a world where they do not hold. */
export function lawsMeant(folded: string, h: Hit): boolean {
  phrases ??= new Set(Object.values(LAWS_BROKEN).flat());
  if (!phrases.has(folded.slice(h.start, h.end))) return false;
  const rest = folded.slice(h.end).split(/[.!?;。！？\n]/)[0] ?? '';
  const head =
    folded
      .slice(0, h.start)
      .split(/[.!?;。！？\n]/)
      .pop() ?? '';
  return praisedAfter(rest) || IN_WORLD.test(head + rest);
}
