/**
 * Praise with one exception: "everything else is great except for the hand details", "alles super, außer den Händen",
 * "tout est parfait sauf les mains", "手以外は完璧". The part named as the one thing not praised is the complaint, as
 * "not fine" is (issue 16, point 2: a positive negated is one). The part alone carries no defect word, so only parts
 * that can be wrong one way count: a body part (anatomy) and text (text). A face, the colours or the background
 * excepted could be any of several failures, or a style that was asked for, and are left to the follow-up question.
 * Folded text: lowercase, no accents, katakana as hiragana.
 */
import type { QualityModeId } from '../modes/types.ts';
import type { AnchorClass } from './lexicon/types.ts';
import type { Hit } from './matcher.ts';
import { saidHit, type Vote, vote } from './votes.ts';
import { eachMatch } from './each-match.ts';
import { words } from './word-regex.ts';

/** "Except (for)", per language. Not "but": "great, but the hands" is read by the clause reader as a new clause. */
const EXCEPT = words(
  [
    'except(?: for)?|apart from|other than',
    'ausser|bis auf|abgesehen von',
    'sauf|a part|excepte',
    'excepto|salvo|menos|aparte de|a excepcion de',
    'exceto|tirando|a excecao de',
  ],
  'g',
);
/** Japanese puts the exception after the part: 手以外は完璧. */
const JA_EXCEPT = /以外/g;

const EXCEPTED: Partial<Record<AnchorClass, QualityModeId>> = { body: 'anatomy', text: 'text' };
const sentenceEnd = /[.!?;。！？]/;
/** How far the praise may stand before the exception, and the part after it, in folded characters. */
const PRAISE_REACH = 80;
const PART_REACH = 24;

const between = (folded: string, a: number, b: number) => !sentenceEnd.test(folded.slice(a, b));

/** Each excepted part after praise in its sentence votes its mode; the praise, the exception and the part are quoted. */
export function exceptionVotes(votes: Map<QualityModeId, Vote>, folded: string, hits: readonly Hit[]): void {
  const praise = hits.filter((h) => h.role.kind === 'pos');
  if (!praise.length) return;
  const modeOf = (h: Hit) => (h.role.kind === 'anchor' ? EXCEPTED[h.role.cls] : undefined);
  for (const m of eachMatch(folded, EXCEPT)) {
    const end = m.index + m[0].length;
    const said = praise.filter((p) => p.end <= m.index && m.index - p.end <= PRAISE_REACH && between(folded, p.end, m.index)).pop();
    // The part is the first thing named after the exception: "except the background, and the hands are fine" is no hand.
    const part = hits.find((h) => h.role.kind === 'anchor' && h.start >= end);
    const mode = part && modeOf(part);
    if (!said || !part || !mode || part.start - end > PART_REACH || !between(folded, end, part.start)) continue;
    vote(votes, mode, 0.8, [said, saidHit(mode, m.index, end), part]);
  }
  for (const m of eachMatch(folded, JA_EXCEPT)) {
    const end = m.index + m[0].length;
    const part = hits.filter((h) => h.role.kind === 'anchor' && h.end <= m.index && m.index - h.end <= 1).pop();
    const said = praise.find((p) => p.start >= end && p.start - end <= PRAISE_REACH / 2 && between(folded, end, p.start));
    const mode = part && modeOf(part);
    if (!said || !part || !mode) continue;
    vote(votes, mode, 0.8, [part, saidHit(mode, m.index, end), said]);
  }
}
