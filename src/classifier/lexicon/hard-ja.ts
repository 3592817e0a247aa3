import type { HardKey } from './hard.ts';

/**
 * Japanese hard-failure families, as in hard-en.ts: the thing that can fail (生成, 処理, 動画, クレジット, プロンプト)
 * joined to what happened to it. Entries are found where the segmenter starts a word (matcher.ts), so each begins with
 * the thing or the verb, never inside one; the thing is named where the verb alone is also a scene ("フリーズ" of a
 * picture, "消え" of a cup).
 */

/** Every a+b, without the space Japanese does not write. */
const join = (as: readonly string[], bs: readonly string[]): string[] => as.flatMap((a) => bs.map((b) => a + b));

const JOBS = ['生成', '処理', 'レンダリング', '読み込み', 'ロード', 'プログレスバー', '進捗', 'ジョブ', 'タスク', 'アプリ', 'サーバー'];
const PARTICLE = ['が', 'は', 'も', ''];
const STALLS = [
  'フリーズ',
  '固ま',
  '進まな',
  '終わらな',
  '完了しな',
  '完了せず',
  '終わらず',
  '始まらな',
  '応答しな',
  '応答がな',
  'ハング',
  'スタック',
];

const OUTPUTS = ['動画', '映像', '画面', '出力', '結果'];
const FLAT = ['真っ黒', '真っ白', '黒一色', '白一色', '灰色一色', 'グレー一色', '黒いまま', '黒いだけ', '真っ暗', '空っぽ'];

const INPUTS = ['プロンプト', '画像', '写真', '入力', 'リクエスト', '指示'];
const REFUSED = ['拒否', '弾かれ', 'ブロック', '却下', 'リジェクト', '通らな', '規制', '検閲', 'NG'];

const CREDITS = ['クレジット', 'ポイント', 'トークン', 'コイン', 'お金', '料金'];
const TAKEN = ['が消え', 'が減', 'を消費', 'が消費', 'を失', 'がなくな', 'が無くな', 'だけ取られ', 'だけ消費', 'を取られ', 'だけ減'];

export const HARD_JA: Partial<Record<HardKey, readonly string[]>> = {
  stuck: [
    ...join(JOBS, join(PARTICLE, STALLS)),
    // Waiting without end ("いつまで待っても", "何時間待っても"): the wait is the stall.
    ...join(['いつまで', '何時間', '何日', '一晩'], ['待っても', 'たっても', '経っても']),
    'いつまでも生成中',
    'いつまで経っても終わらな',
    'いつまでたっても終わらな',
    '永遠に生成中',
    '永遠にロード',
    'ぐるぐる回ったまま',
    'くるくる回ったまま',
    'ローディングのまま',
    '生成待ちのまま',
  ],
  error: [
    ...join(JOBS, join(['が', 'は', ''], ['落ち', 'クラッシュ', '失敗', '中断'])),
    'サーバー障害',
    'システム障害',
    '障害が発生',
    'サーバーが混雑',
    'もう一度お試し',
    '時間をおいて再度',
    '作成できな',
    '作成されな',
    '出力できな',
    '生成不可',
    '生成が不可',
    '動画にならな',
  ],
  nooutput: [
    ...join(['ライブラリ', '履歴', 'ギャラリー', 'マイページ', 'マイライブラリ'], join(['に', 'にも'], ['な', '表示されな', '出てこな'])),
    ...join(['動画', '結果', '出力'], join(['が', 'は'], ['届かな', '来な', '表示されな', '消え', '見れな', '見られな'])),
    '何も出てこな',
    '何も返ってこな',
    '何も生成されず',
    '何も出力されず',
  ],
  charge: join(CREDITS, TAKEN),
  modin: [
    ...join(INPUTS, join(['が', 'は', 'で', 'を'], REFUSED)),
    // A refusal said with the rules: "プロンプトが規約違反と判定された".
    ...join(INPUTS, join(['が', 'は'], ['規約違反', 'ポリシー違反', 'ガイドライン違反', '規約に違反', 'ポリシーに違反'])),
    ...join(INPUTS, join(['が', 'は'], ['規約に引っかか', 'フィルターに引っかか', '規制に引っかか'])),
    '禁止ワード',
    'NGワード',
    '禁止用語',
  ],
  modout: [
    ...join(['動画', '生成物', '出力', '結果'], join(['が', 'は'], ['削除され', '非公開にな', '検閲され', 'ブロックされ', 'ぼかされ'])),
    'モザイクがかか',
    'モザイク処理',
    'ぼかしが入',
    'ぼかし処理',
  ],
  moderation: [
    ...join(['規約', 'ポリシー', 'ガイドライン', 'コンテンツ規制'], ['に引っかか', 'に抵触']),
    'nsfw',
    '検閲',
    '規制に引っかか',
    'フィルターに引っかか',
    'セーフティフィルター',
    '安全フィルター',
    '利用規約',
    '禁止されて',
  ],
  blank: [
    ...join(OUTPUTS, join(['が', 'は', 'も', ''], FLAT)),
    '黒一色',
    '白一色',
    '灰色一色',
    'グレー一色',
    '砂嵐',
    'ノイズだけ',
    ...join(['ノイズしか'], ['出な', '出てこな', '生成されな', '出力されな', '映らな']),
    '何も映って',
    '何も映ら',
    'ブラックアウト',
  ],
  truncated: [
    ...join(['動画', '映像'], join(['が', 'は'], ['切れ', '途切れ'])),
    // The end of the clip missing ("最後がない", "後半が欠けている").
    ...join(['最後', '後半', '終盤'], join(['が', 'は'], ['切れ', '欠け', 'な', '途切れ'])),
    // Only so far ("途中までしか生成されない"); "途中までは良かった" is a clip that was good until it went wrong.
    ...join(['途中までしか'], ['生成されな', '出力されな', '作成されな', 'できな', '出な', '出てこな']),
    '尻切れ',
    '最後まで生成されな',
    ...join(['最後の数秒', '最後の部分', '最後の方', '終わりの部分'], join(['が', 'は'], ['欠け', 'な', '切れ', '途切れ'])),
    '最後まで出力されな',
  ],
};
