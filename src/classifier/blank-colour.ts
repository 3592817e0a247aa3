/**
 * Black said twice: "4 out of 5 times the videos come out black ... then it starts going black". Beside a blank
 * output the black the picture turns to is that failure (the public tuning split labels such a run `blank_output`
 * alone), not a colour complaint; the hard failure's draft fits it. Only a colour vote that rests on black alone
 * yields: "the videos come out black, and the good ones flicker" keeps its colour. Folded text.
 */
import type { QualityModeId } from '../modes/types.ts';
import type { Hit } from './matcher.ts';
import type { Vote } from './votes.ts';

const BLACK = /^(?:black|blackness|dark|schwarz\w*|dunkel\w*|noir\w*|sombre|negr[oa]s?|oscur\w*|pret[oa]s?|escur\w*|真っ黒|黒|暗)$/;

/** Drops the colour vote when the description names a blank output and the vote's only colour is black. */
export function blankColourDropped(votes: Map<QualityModeId, Vote>, folded: string, hits: readonly Hit[]): void {
  const colour = votes.get('color');
  if (!colour || !hits.some((h) => h.role.kind === 'hard' && h.role.key === 'blank')) return;
  const hue = (h: Hit) => h.role.kind === 'anchor' && (h.role.cls === 'hue' || h.role.cls === 'color');
  const black = (span: Hit[]) => span.some(hue) && span.filter(hue).every((h) => BLACK.test(folded.slice(h.start, h.end)));
  if (colour.spans.every(black)) votes.delete('color');
}
