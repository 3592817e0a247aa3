/**
 * The s14 get-right round: a thing the generation could not get right names that thing's mode (get-right.ts); the
 * same words said of success, of the person's own settings, or of AI in general (an open call) name nothing.
 * Sentences written for this test, not tuning items.
 */
import { describe, expect, it } from 'vitest';
import { getRightVotes } from '../../src/classifier/get-right.ts';
import { match } from '../../src/classifier/matcher.ts';
import { foundWithSilentTwin, modes } from './found.ts';

describe('an inability to get a thing right is the thing’s mode, and its success twin names nothing', () => {
  const cases: [string, string, string][] = [
    ['It could not get the letters on the sign correct.', 'It got the letters on the sign correct.', 'text'],
    ['It never gets the text right, whatever I try.', 'It gets the text right every time.', 'text'],
    ['Veo couldn’t get the spelling right.', 'Veo got the spelling right.', 'text'],
    ['It could not get the hands right in any clip.', 'It got the hands right in every clip.', 'anatomy'],
    ['It couldn’t get her face right.', 'It got her face right.', 'anatomy'],
    ['Não conseguiu escrever o texto corretamente.', 'Conseguiu escrever o texto corretamente.', 'text'],
    ['O modelo não consegue desenhar as mãos direito.', 'O modelo desenha as mãos direito.', 'anatomy'],
    ['文字を正しく書けなかった。', '文字を正しく書けた。', 'text'],
    ['手をうまく描けない。', '手をうまく描けた。', 'anatomy'],
  ];
  for (const [complaint, twin, mode] of cases) it(complaint, () => foundWithSilentTwin(complaint, twin, mode));
});

describe('the person’s own attempt and a thing with no mode are left alone', () => {
  const silent = [
    'I couldn’t get the prompt right.',
    'I could not get the camera angle right.',
    'It can’t get the timing right.',
    '文字はちゃんと書けている。',
  ];
  for (const text of silent) it(text, () => expect(modes(text)).toEqual([]));
});

// AI in general as the subject is an open call of the label conventions: this rule casts no vote, and the test
// checks only that (what the rest of the classifier says of it is not decided here).
describe('AI or models in general as the subject get no vote from this rule', () => {
  const votesOf = (text: string) => {
    const m = match(text);
    const votes = new Map();
    getRightVotes(votes, m.folded, m.hits, []);
    return [...votes.keys()];
  };
  const pairs: [string, string][] = [
    ['AI still can’t get hands right.', 'It still can’t get hands right.'],
    ['Video models never get text right.', 'This one never gets the text right.'],
  ];
  for (const [generic, own] of pairs)
    it(generic, () => {
      expect(votesOf(generic)).toEqual([]);
      expect(votesOf(own)).not.toEqual([]);
    });
});
