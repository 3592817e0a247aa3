/**
 * A clip that goes back to its first frame: "the background resets to the first frame", "it always ends up in the
 * first frame", "springt zum ersten Bild zurück", "revient à la première image", "vuelve al primer fotograma", "volta
 * ao primeiro quadro", "最初のフレームに戻る". The picture snapping back to where it started is a motion that does the
 * impossible, physics by the label conventions (a background that changes by itself, batch 4-6, 8). People name no
 * thing or defect word for it: the words are a verb of returning and the first frame. Not the person going back
 * ("I reset it to the first frame", "je reviens à la première image"), nor a wish or an intended loop ("it should
 * loop back to the first frame"): those are no defect. A jump from the first to the LAST frame is an open call of the
 * label conventions, so only a return to the first or the input frame is read.
 * Folded text: lowercase, no accents, katakana as hiragana.
 */
import type { QualityModeId } from '../modes/types.ts';
import type { Hit } from './matcher.ts';
import { saidAsComplaint } from './span-scope.ts';
import { saidHit, type Vote, vote } from './votes.ts';
import { eachMatch } from './each-match.ts';
import { anyOf } from './word-regex.ts';

const FIRST_EN = String.raw`(?:the |a |its |an? )?(?:very )?(?:first|initial|starting|start|input|opening) (?:frame|image|picture|shot)`;
const BACK = anyOf(
  [
    String.raw`\b(?:resets?|resetting|reverts?|reverting|reverted|(?:jump|snap)(?:s|ed|ing|ping|ped)? back|` +
      String.raw`goes back|went back|going back|returns?|returned|returning|ends? ?up|ended ?up|ending ?up)\b` +
      String.raw`["'\s]*(?:[a-z]+\s+){0,2}?(?:to|in|into|at)\s+${FIRST_EN}\b`,
    String.raw`\b(?:springt|springen|sprang|kehrt|kehren|kehrte|geht|gehen|ging|fallt|fallen|fiel)\b` +
      String.raw`(?:\s+[a-z]+){0,2}?\s+(?:zum|zu dem|auf das|ins) (?:erste|anfangs|start|ausgangs)(?:n)?\s*(?:bild|frame)\b` +
      String.raw`(?:\s+zuruck)?`,
    String.raw`\b(?:revient|reviennent|revenait|retourne|retournent|retombe|repart)\b(?:\s+[a-z]+){0,2}?\s+a\s+` +
      String.raw`(?:la )?(?:premiere|image de depart|image initiale|frame initiale)(?:\s+image|\s+frame)?\b`,
    String.raw`\b(?:vuelve|vuelven|volvia|regresa|regresan|retorna|retornan)\b(?:\s+[a-z]+){0,2}?\s+al\s+` +
      String.raw`(?:primer|fotograma inicial|cuadro inicial)(?:\s+(?:fotograma|cuadro|frame))?\b`,
    String.raw`\b(?:volta|voltam|voltava|retorna|retornam|regressa)\b(?:\s+[a-z]+){0,2}?\s+(?:ao|para o)\s+` +
      String.raw`(?:primeiro|quadro inicial|frame inicial)(?:\s+(?:quadro|frame))?\b`,
    '(?:最初|初め|はじめ|冒頭|入力|元)の?(?:ふれーむ|こま|画像|絵)に(?:戻|もど)(?:る|っ|り)',
  ],
  'g',
);

/** The person doing it, or a wish: "I reset it to the first frame", "it should return to the first frame". */
const NOT_IT = /\b(?:i|we|you|je|nous|ich|wir|yo|eu|should|must|want|wanted|need|loop|loops|looping)\s+(?:\S+\s+){0,2}$/;
/** Japanese: the person returns it, or the return is asked for (戻して, 戻したい, 戻るように). */
const JA_NOT_IT = /^(?:し|せ|るように|ってほし)/;

/** A cheap test first: the description must name a first frame in some language. */
const GATE = /first|initial|start|input|opening|erste|anfang|ausgang|premiere|depart|primer|inicial|primeiro|最初|初め|はじめ|冒頭|入力|元/;

/** Each return to the first frame, said as a complaint, votes physics. */
export function firstFrameVotes(votes: Map<QualityModeId, Vote>, folded: string, hits: readonly Hit[], off: readonly Hit[]): void {
  if (!GATE.test(folded)) return;
  for (const m of eachMatch(folded, BACK)) {
    const end = m.index + m[0].length;
    if (NOT_IT.test(folded.slice(Math.max(0, m.index - 24), m.index)) || JA_NOT_IT.test(folded.slice(end, end + 6))) continue;
    const said = saidHit('physics', m.index, end);
    if (!saidAsComplaint(folded, said, hits, off)) continue;
    vote(votes, 'physics', 0.8, [said]);
  }
}
