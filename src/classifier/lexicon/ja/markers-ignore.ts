import type { LangLexicon } from '../types.ts';

// Japanese words that tell the language apart, fillers a phrase may hold, and phrases to ignore.
// Apart from the rest of lexicon/ja/ only to keep files small; index.ts assembles them in order.
export const MARKERS_IGNORE: Pick<LangLexicon, 'markers' | 'fillers' | 'ignore'> = {
  markers: [],
  fillers: [],
  // Turning a corner (左に曲がる) is the same verb as bending (曲がる): a turn is no deformation.
  ignore: [
    // ずつ (少しずつ, 一つずつ: little by little, one by one) is no negation ず: "顔が少しずつ変わっていく" read as not changing.
    'ずつ',
    // バランスを失う (losing one's balance) is an event in the clip, not a likeness or a part lost (失う is a change cue).
    'バランスを失',
    // 〜しか…ない is "nothing but": "ノイズしか出ない" says only noise came out, so the ない negates nothing before it.
    'しか出な',
    'しか出てこな',
    'しか生成されな',
    'しか出力されな',
    'しか表示されな',
    'しか映らな',
    // A double negative hedges but still says it (見えなくもない, ないこともない, なくはない): no negation.
    ...['なくもな', 'ないこともな', 'なくはな', 'ないわけではな', 'ないわけでもな'],
    // The clip itself as the complement (〜な動画になっている, "it makes a ... video"): a description, no change.
    ...['動画にな', '映像にな', '仕上がりにな', '作品にな', '内容にな'],
    // Something else made than asked is a prompt not followed (as in en/markers-ignore.ts); 別のものに変わる stays a morph.
    '別のものを生成',
    '別物を生成',
    '違うものを生成',
    '勝手に別の',
    '指示と違う',
    'プロンプトと違う',
    // Text as the medium of the input (テキストプロンプト, テキストから動画) is no writing in the video (as in en/markers-ignore.ts).
    'テキストプロンプト',
    'テキストから動画',
    'テキストから映像',
    'テキストから画像',
    'テキスト入力',
    'テキスト指示',
    // 多くの (many, before a noun) modifies what follows: 手の描写は多くのモデルの弱点 is about models, not many hands.
    '多くの',
    // カメラが動く, アングルが変わる: how the clip is shot, not a thing changing.
    'カメラが動',
    'カメラが回',
    'カメラが切り替わ',
    'アングルが変わ',
    'カメラワーク',
    '左に曲が',
    '右に曲が',
    '角を曲が',
    // "Not few" is "often": 止まってしまったりすることが少なくありません complains, it does not negate.
    '少なくない',
    '少なくありません',
    '少なからず',
    'わからない',
    '分からない',
    '知らない',
    '仕方ない',
    'しょうがない',
    '手ブレ',
    '手振れ',
    'カメラがブレ',
    'カメラのブレ',
    // "Not what I pictured" (思ってたのと違う) and "something's off" (なんか違う): set phrases of a vague complaint, no change.
    '思ってたのと違う',
    '思っていたのと違う',
    'なんか違う',
    // 前に進まない is a thing that does not move forward (a runner in place: events.ts reads it), not a stalled job.
    '前に進まな',
    '前へ進まな',
    // 目 (eye) begins words that name no eye: 目立つ (stand out: 破綻が目立つ), 目指す (aim), 目的 (purpose), 目安 (guide).
    '目立',
    '目指',
    '目的',
    '目安',
    // 肌の露出 (skin showing, what a moderation filter judges) is no exposure of the picture, no look.
    '肌の露出',
    '露出度',
    // Words ending in ず that negate nothing ("first", "all along", "surely", "should", "as always", "unintentionally").
    'まず',
    'ずっと',
    '必ず',
    'はず',
    '相変わらず',
    '思わず',
    '少なからず',
    'ゆず',
    // 怪しい before a person is "a suspicious-looking man" (防犯カメラの怪しい男), no defect of anyone's hands.
    ...['怪しい男', '怪しい女', '怪しい人', '怪しげ', 'あやしい男', 'あやしい女', 'あやしい人'],
  ],
};
