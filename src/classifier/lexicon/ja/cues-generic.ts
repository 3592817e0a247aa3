import type { LangLexicon } from '../types.ts';

// Japanese cues: defects named in general ("broken") and bare judgements ("weird").
// Apart from the rest of lexicon/ja/ only to keep files small; index.ts assembles them in order.
export const CUES_GENERIC: Pick<LangLexicon['cues'], 'generic' | 'judge'> = {
  generic: [
    // Not drawn or shown right (正しく描画されない), as 正しくない.
    ...['正しく描画されな', '正しく表示されな'],
    // Not generated or rendered right (文字が正しく生成されない, 正しく出力されない): the same, in generation's words (ja13).
    ...['正しく生成されな', '正しく出力されな', '正しくレンダリングされな', 'うまく生成されな', '上手く生成されな'],
    // 意味のわからない, 意味が分からない (no meaning to be made of it): as 意味不明.
    ...['意味のわからな', '意味の分からな', '意味がわからな', '意味が分からな'],
    // 意味をなさない, 意味を成さない (makes no sense): as 意味不明, said of writing it is garbled.
    '意味をなさな',
    '意味を成さな',
    '異常',
    '謎',
    'おかしい',
    'おかし',
    '不自然',
    '崩壊',
    'バグ',
    '壊れ',
    '間違',
    '誤',
    'めちゃくちゃ',
    'ぐちゃぐちゃ',
    '意味不明',
    'でたらめ',
    'デタラメ',
    '正しくな',
    'ノイズ',
    'ではなく',
    'じゃなくて',
    '無視',
    '破綻',
    '苦手',
    // Said to be imperfect ("the physics is imperfect", "bleibt unvollkommen"): a defect with no kind named.
    '不完全',
    // Hit or miss ("teeth are always a hit or a miss"): right in some clips, wrong in others; a defect of the part.
    '当たり外れ',
    'ガチャ',
    // Dubious, sketchy (物理演算はまだ怪しい, 手が怪しい): something wrong, as おかしい.
    ...['怪し', 'あやし'],
    // A problem with a part (手に問題がある), as problem* in the other five; 何の問題もない is its negator's.
    '問題',
    // Net slang for a law of the picture gone (物理法則どこいった, 重力仕事しろ, 物理が死んでる, 物理法則が行方不明):
    // said of a topic word (物理, 重力) it is that law broken, as 無視; not 仕事して, as in 重力が仕事してる (ja13).
    ...['どこいった', 'どこ行った', 'どこへ行った', 'どこに行った', '仕事しろ', '仕事してな', '仕事しな', '行方不明', '死んでる'],
  ],
  judge: [
    'キモ',
    'グロ',
    'おぞまし',
    '異様',
    '変な',
    'ひど',
    'クソ',
    'くそ',
    '最悪',
    '変',
    'へん',
    'ひどい',
    '酷い',
    '気持ち悪い',
    'キモい',
    'きもい',
    '違和感',
    '怖い',
    '不気味',
    'やばい',
    'ヤバい',
    '変だ',
    // Breaking, collapsing, falling apart: a judgement, not a defect by itself, since a glass that breaks or a wall
    // that collapses is an event in the clip. Said of a steady word ("la coherencia se rompía") it is stability lost,
    // and of a body part the part drawn wrong (votes.ts).
    'ばらばらにな',
    // Unusual, as odd is: a judgement ("the unusual hand-foot situation"), a defect only of a part that is wrong one way.
    '珍しい',
    // Meh, not quite there (手がイマイチ, 指が残念): a judgement, as 変 is. Not 微妙, which is also "subtle" (微妙な表情).
    ...['いまいち', '残念'],
    // Harsh, horror, hell (指がエグい, 手がホラー, 手が地獄): judgements, as ひどい and グロ (ja13).
    ...['エグい', 'えぐい', 'エグすぎ', 'ホラー', '地獄'],
  ],
};
