/**
 * Names written as code are no words: a node, a parameter or a library ("color_match", "face_restore", "flash_attn",
 * "FlashVSR", "ColorCorrect") holds a lexicon word, but the person names a setting or a tool, not a thing in the clip
 * (precision round, s11: "After using FlashVSR for upscaling, it becomes abnormally blurry" was read as flashing).
 * A name is a run of Latin letters and digits joined by underscores, or with a capital after a small letter inside it.
 * Only the words the modes read are dropped: a service's failure code ("moderation_blocked") is read by codes.ts.
 */
import type { Hit } from './matcher.ts';
import { eachMatch } from './each-match.ts';

// Latin letters only: Japanese has no spaces, so a name's letters would run on into the sentence ("face_restoreを使うと").
const NAME = /[\p{sc=Latin}\p{N}]+(?:_[\p{sc=Latin}\p{N}]+)+|[\p{sc=Latin}\p{N}]*\p{Ll}\p{Lu}[\p{sc=Latin}\p{N}]*/gu;
const WORDS: ReadonlySet<Hit['role']['kind']> = new Set<Hit['role']['kind']>(['anchor', 'cue', 'strong']);

/** `hits` without the mode words that lie inside a name written as code in the original `description`. */
export function namesDropped(description: string, origin: readonly number[], hits: Hit[]): Hit[] {
  if (!/_|\p{Ll}\p{Lu}/u.test(description)) return hits;
  const names = eachMatch(description, NAME).map((m) => [m.index, m.index + m[0].length] as const);
  const inside = (h: Hit) => {
    const from = origin[h.start]!;
    const to = origin[h.end - 1]!;
    return names.some(([a, b]) => from >= a && to < b);
  };
  return hits.filter((h) => !WORDS.has(h.role.kind) || !inside(h));
}
