/**
 * "The output looks like a censored and unnatural version of my target" (public tuning split, vague, answered as
 * moderation): a word of refusing or censoring after "looks like a" describes how the video looks, no refusal. Also
 * "wie eine zensierte Fassung", "comme une version censurée", "como una versión censurada", "como uma versão
 * censurada", "検閲されたみたいな映像". Only the moderation kinds: "it looks like it got stuck at 99%" is still a stall.
 */
import type { Hit } from './matcher.ts';

/**
 * English and German put the adjective before its noun ("like a censored version", "wie eine zensierte Fassung"), with
 * at most a degree between: "looks like a filter blocked it" is a refusal. French, Spanish and Portuguese put it after
 * the noun ("comme une version censurée").
 */
const LIKE_BEFORE =
  /\b(?:looks?\slike|looked\slike|like|as\sif\s(?:it\swere|it\swas)|wie)\s(?:an?|ein|eine|einen)\s(?:(?:very|heavily|badly|slightly|bit|kind\sof|sort\sof|stark|leicht)\s)?$/;
const LIKE_AFTER = /\b(?:comme|ressemble(?:nt)?\sa|como|parecen?)\s(?:un|une|una|um|uma)\s(?:[^\s.!?;,]+\s)?$/;
const JA_LIKE = /^[^、。！？]{0,6}?(?:みたい|ような|ように|っぽ)/;

/** Whether a moderation hit is a likeness ("looks like a censored version"). */
export function likenedModeration(folded: string, h: Hit): boolean {
  if (h.role.kind !== 'hard' || (h.role.key !== 'moderation' && h.role.key !== 'modout' && h.role.key !== 'modin')) return false;
  if (h.cjk) return JA_LIKE.test(folded.slice(h.end, h.end + 12));
  const before = folded.slice(Math.max(0, h.start - 40), h.start);
  return LIKE_BEFORE.test(before) || LIKE_AFTER.test(before);
}
