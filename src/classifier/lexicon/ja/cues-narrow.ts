import type { LangLexicon } from '../types.ts';

// Japanese cues said of one kind of thing only: colour or light (flicker, jump, become), text (misspelt, blur), motion (pace).
// Apart from the rest of lexicon/ja/ only to keep files small; index.ts assembles them in order.
export const CUES_NARROW: Pick<LangLexicon['cues'], 'flicker' | 'become' | 'misspelt' | 'blur' | 'pace' | 'jump'> = {
  flicker: [
    // White or black for a moment (一瞬真っ白になる): a flashing frame, colour by batches 6, 8 and 10; a video
    // that is all white or black stays a blank output.
    ...['一瞬真っ白', '一瞬真っ黒', '一瞬真っ暗', '一瞬白く', '一瞬黒く', '一瞬暗く'],
    '上がったり下がったり',
    // Flashing like a pachinko parlour or rainbow gaming lights (パチンコみたいに光る, ゲーミング発光) (ja13).
    // Only with the light (光る): パチンコみたいな音 is sound.
    ...['パチンコみたいに光', 'パチンコのように光', 'ゲーミング発光', 'ゲーミングPCみたいに光', 'ゲーミングpcみたいに光'],
    '明るくなったり暗くなったり',
    '暗くなったり明るくなったり',
    'パチパチ',
    '明るくなったり暗くなったり',
    '明暗',
    '瞬く',
    'またた',
    'フラッシュ',
    'ストロボ',
    '光ったり',
    '点いたり消えたり',
    'ついたり消えたり',
    'ちらつ',
    'チラチラ',
    'ちかちか',
    '点滅',
    '明滅',
    'フリッカー',
    'ぱちぱち',
    '脈打',
    '点い',
    'ピカピカ',
    '白飛び',
    '露出オーバー',
  ],
  become: ['になる', 'くなる', 'くなっ', '染ま', '色づ', 'に戻る', 'また戻る'],
  misspelt: [],
  blur: [
    'ぼやけ',
    // Cannot be made out (判別できない, 読み取れない): said of writing it cannot be read; of a face or an expression
    // it is how sharp the picture is, as blur, and names nothing.
    ...['判別できな', '判別不能', '読み取れな'],
  ],
  pace: ['遅い', '遅く', '遅すぎ', 'ゆっくりすぎ', 'スローモーション', 'もっさり'],
  jump: ['飛ぶ', '飛んで', '跳ね', '飛び'],
};
