import type { LangLexicon } from '../types.ts';

// Japanese clause grammar: normal counts, numbers, time units, negators, positives, steady words and clause breaks.
// Apart from the rest of lexicon/ja/ only to keep files small; index.ts assembles them in order.
export const GRAMMAR: Pick<LangLexicon, 'normalCounts' | 'numbers' | 'timeUnits' | 'negators' | 'positives' | 'steady' | 'separators'> = {
  normalCounts: {
    ...{ 指: 5, ゆび: 5, 手: 2, 腕: 2, 足: 2, 脚: 2, 目: 2, 頭: 1, 耳: 2, 顔: 1 },
    // One side's limb is one (右手が三本 is two too many); both sides' are two.
    ...{ 両目: 2, 左目: 1, 右目: 1, 片目: 1, 両耳: 2, 左耳: 1, 右耳: 1 },
    ...{ 左手: 1, 右手: 1, 左腕: 1, 右腕: 1, 左足: 1, 右足: 1, 左脚: 1, 右脚: 1, 両手: 2, 両腕: 2, 両足: 2, 両脚: 2 },
    // The face's single parts and the neck (口が2つ, 鼻が二つ, 首が2本): one is normal, as 頭 (ja13).
    ...{ 口: 1, 鼻: 1, 首: 1 },
  },
  // Japanese counts are read by pattern (digits or kanji numerals before 本/つ/個), not from this list.
  numbers: {},
  timeUnits: ['秒', '分', 'フレーム'],
  // 改善 (improved), 軽減 (reduced), 抑え (kept down), 防 (prevented) say a problem is solved, like 解消 and 直っ.
  negators: [
    // A defect said to be a thing of the past (過去のもの), as 解消.
    '過去のもの',
    'ない',
    'なし',
    '無い',
    '無し',
    'ません',
    'なかった',
    'なく',
    '解消',
    // Solved (手の問題は解決しました), as 解消; 解決しない is the problem still there (clauses.ts).
    '解決',
    '直っ',
    '改善',
    '軽減',
    '抑え',
    '防止',
    '防げ',
    '防ぐ',
    'できない',
    'できな',
    'しない',
    'しなかった',
    // 〜ず, 〜ずに: the written negative (現れず "did not appear", 溶けずに "without melting"); words that end in ず
    // without negating (まず, 必ず, はず, 相変わらず) are in `ignore`.
    'ず',
    'ずに',
    // Spoken ない: 崩れてねえ, ちらつかねー (only after a て-form or a negative stem; see matcher.ts).
    'ねえ',
    'ねー',
    'ねぇ',
  ],
  positives: [
    '大丈夫',
    '問題ない',
    '問題なし',
    '問題無い',
    '普通',
    '正常',
    '正しい',
    'きれい',
    '綺麗',
    '自然',
    '良い',
    '完璧',
    'オッケー',
    '読める',
    'いい感じ',
    '自然',
    'リアル',
    '滑らか',
    'なめらか',
    // Praise that it passes for real (s11): 本物そっくり.
    '本物そっくり',
    '本物のよう',
    '本物と見分け',
  ],
  // 整合 (整合性, consistency) and 統一 (統一感, a unified look) are stability words like 一貫.
  steady: [
    ...['安定', '一貫', '整合', '統一', '同じ', '保っ', '保た', '維持', 'そのまま', '変わらな', '崩れな', '保て', '固定', '一定'],
    // What the reference had, carried into the video (反映, 再現, as en "preserved"): negated, the look is lost.
    ...['反映', '再現'],
  ],
  // ためか, せいか ("because, perhaps") open a cause: a negation inside it (合っていなかったためか) stays there.
  separators: [
    'けど',
    'けれど',
    'だけど',
    'でも',
    'しかし',
    'のに',
    '一方',
    'ただ',
    'それと',
    'あと',
    'そして',
    'ですが',
    'それに',
    'ためか',
    'せいか',
    // 〜し lists complaints one clause each ("文字めちゃくちゃだし明るさチカチカするし").
    'だし',
    'するし',
  ],
};
