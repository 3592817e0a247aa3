import type { LangLexicon } from '../types.ts';

// Japanese cues: a thing that changes or morphs, and over what span ("from shot to shot").
// Apart from the rest of lexicon/ja/ only to keep files small; index.ts assembles them in order.
export const CUES_CHANGE: Pick<LangLexicon['cues'], 'change' | 'span' | 'morph'> = {
  change: [
    // Who it is cannot be told (誰だかわからない): the likeness lost.
    ...['誰だかわからな', '誰だか分からな', '誰かわからな', '誰か分からな'],
    // Stops being (うちの犬じゃなくなる, 本人ではなくなる): the thing is no longer who it was.
    ...['じゃなくな', 'ではなくな'],
    // Lost (特徴が失われる), as en "loses"; stops resembling (似なくなる); unstable (不安定, as 安定しない); fluctuates.
    ...['失わ', '失っ', '失う', '似なくな', '不安定', '変動'],
    // 化ける ("turns into", 女に化ける): a person or thing become another. 文字化け, longer, stays text; お化け is one word.
    '化け',
    // 異なる is the written form of 違う: "姿が1コマごとに異なって見える".
    '異な',
    '大人っぽくな',
    '子供っぽくな',
    // The colloquial 違く (顔違くない？, 顔が違くて): 違う as an adjective (ja13).
    '違く',
    '違います',
    '違いました',
    '違った',
    '年を取',
    '年取っ',
    '老い',
    'ブレる',
    'ブレて',
    'ブレが',
    '別物',
    '老け',
    '若返',
    'すり替わ',
    '差し替わ',
    'ころころ',
    'コロコロ',
    '途中から',
    'いつの間にか',
    '変わ',
    '変化',
    '別の',
    '違う',
    '違って',
    '入れ替わ',
    '変身',
    'ちがう',
    '一致しな',
    '似てな',
    '似ていな',
    '別キャラ',
    '変貌',
    '変更',
    '切り替わ',
    '安定しな',
    '統一されてな',
    'バラバラ',
    'ばらばら',
    'になっ',
    'と違',
    '生え',
    '増し',
    'どんどん',
    '徐々に',
    'だんだん',
    '若返',
    '老け',
    // 「字幕がセリフと全然関係ない」「顔が参照画像と合っていない」: unlike what it should follow.
    '関係な',
    '関係のな',
    '無関係',
    '合っていな',
    '合ってな',
    '合わな',
  ],
  span: ['シーンごと', 'カットごと', 'フレームごと', 'ショットごと'],
  // 形が変わる, 形を変える: changing shape is the thing morphing.
  morph: [
    ...['形が変わ', '形を変え', '同化', 'モーフィング', '混ざ', '溶け込', '合体', '一体化', '融合'],
    // Where one thing ends and the next begins is lost (背景とキャラの境界が曖昧になる, 境目がなくなる): a merge (ja13).
    ...['境界が曖昧', '境目が曖昧', '境界があいまい', '境目があいまい', '境界がなくな', '境目がなくな', '境目が消え'],
  ],
};
