import { describe, expect, it } from 'vitest';
import { foundWithSilentTwin, modes } from './found.ts';

// Issue 16, session 10: Japanese counts of limbs. The segmenter keeps a side and its limb as one word (右手, 両足), so
// each is its own body part with its own normal count; and "N本ある" only says how many there are, so the count is
// the number's to judge: five fingers are fine, six are not. (From batch 3's tuning item about a boy with three left
// hands; the sentences are written for these tests.)
describe('Japanese counts of limbs', () => {
  it('one side’s hand counted three times is too many; counted once it is fine', () => {
    foundWithSilentTwin('右手が三本ある', '右手が一本ある', 'anatomy');
    foundWithSilentTwin('左手が3本ある男の子が出てきた', '左手が1本ある男の子が出てきた', 'anatomy');
  });

  it('"there are N" is judged by N: five fingers or two arms are fine, six fingers or three arms are not', () => {
    foundWithSilentTwin('指が六本ある', '指が五本ある', 'anatomy');
    foundWithSilentTwin('指が6本ある', '指が5本ある', 'anatomy');
    foundWithSilentTwin('腕が3本ある', '腕が2本ある', 'anatomy');
  });

  it('one side’s eye is one word too: two right eyes are one too many, a closed right eye is nothing', () => {
    foundWithSilentTwin('右目が二つある', '右目を閉じている', 'anatomy');
    foundWithSilentTwin('左目が溶けている', '左目が一つある', 'anatomy');
  });

  it('a side’s limb that melts or fuses is anatomy; one that holds something is nothing', () => {
    foundWithSilentTwin('右手が溶けている', '右手に本を持っている', 'anatomy');
    expect(modes('両足が融合している')).toEqual(['anatomy']);
  });
});
