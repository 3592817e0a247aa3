import { describe, it } from 'vitest';
import { foundWithSilentTwin } from './found.ts';

// Issue 16, session 13's Japanese recall round: the words Japanese users write about broken AI video (counters,
// kango compounds such as 崩壊 and 破綻, onomatopoeia, casual verb endings), written from general knowledge first
// (notes/s13/ja-families.md). Each complaint stands beside a twin that must name nothing: negated, praised, a topic
// word alone, or hearsay. Sentences written for these tests, not taken from any labelled set.

// The families the classifier already read when the round began: kept here so that a later change cannot lose them.
describe('ja: counters, 崩壊, 破綻, 融合 and the casual verbs; negated, praised, alone or hearsay, nothing', () => {
  it.each([
    ['anatomy', '生成したら指が6本になってる', '生成しても指は5本のまま'],
    ['anatomy', '指の本数がおかしい', '指の本数もおかしくない'],
    ['anatomy', '途中で腕が増える', '腕が増えるらしい'],
    ['anatomy', '顔がどろどろに溶ける', '顔も溶けていない'],
    ['anatomy', '指崩壊してる', '指は崩れていない'],
    ['anatomy', '関節が逆に曲がってる', '関節が逆に曲がることはなかった'],
    ['physics', '物理破綻してる', '物理が自然'],
    ['physics', '足が床にめり込む', '足が床にめり込まない'],
    ['physics', '人が瞬間移動する', '瞬間移動するらしい'],
    ['physics', '画面がガタガタ揺れる', '画面も揺れない'],
    ['text', '文字化けしてる', '文字化けしなかった'],
    ['text', '看板の文字がデタラメ', '看板の文字も正しい'],
    ['text', '謎の文字が出る', '文字'],
    ['color', 'チカチカする', 'チカチカしない'],
    ['color', '途中で色味が変わる', '色'],
    ['identity', '途中で別人になる', '別人にならない'],
    ['identity', '顔が安定しない', '顔も安定してる'],
    ['identity', '同一人物に見えない', '顔'],
  ])('%s: "%s"; "%s" names nothing', (mode, complaint, twin) => foundWithSilentTwin(complaint, twin, mode));
});

// The casual quotative って before 聞いた or 話 (無視するって聞いた), and らしい after any plain verb ending
// (変わっちゃうらしい, 浮くらしい), report what others say, as と聞いた and 崩れるらしい already did (scope.ts).
describe('ja: hearsay with って and らしい after any plain verb ending names nothing', () => {
  it.each([
    ['physics', '物理法則無視してる', '物理法則無視するって聞いた'],
    ['anatomy', '指同士が融合してる', '指同士が融合してるって聞いた'],
    ['text', 'ロゴが化ける', 'ロゴが化けるって聞いた'],
    ['text', '文字が崩れる', '文字が崩れるって話'],
    ['identity', '顔が変わっちゃう', '顔が変わっちゃうらしい'],
    ['physics', 'コップが宙に浮く', 'コップが宙に浮くらしい'],
  ])('%s: "%s"; "%s" names nothing', (mode, complaint, twin) => foundWithSilentTwin(complaint, twin, mode));
});

// The last frames going black or white (最後が真っ暗になる) is a fade at the end, colour by batch 9's later rule; a
// setting of the picture that climbs as it plays (彩度が上がっていく) is a colour drift (light.ts). The twins: the
// same words negated, said of clothes, a setting the person changes (を上げる), a topic word, hearsay.
describe('ja: a fade to black or white at the end, a picture setting that drifts; else nothing', () => {
  it.each([
    ['color', '最後が真っ暗になる', '最後まで真っ暗にならない'],
    ['color', '終盤で真っ白になる', '真っ白な服の女性'],
    ['color', '最後の数秒が真っ黒', '最後が真っ暗になるらしい'],
    ['color', '彩度が上がっていく', '彩度を上げていく'],
    ['color', '明るさがだんだん下がってく', '明るさ'],
    ['color', 'コントラストが勝手に上がっていく', '彩度が上がっていくって聞いた'],
  ])('%s: "%s"; "%s" names nothing', (mode, complaint, twin) => foundWithSilentTwin(complaint, twin, mode));
});

// Things that multiply by themselves or come from nowhere (コップが勝手に増える, どこからともなく出てくる) pop in:
// physics for a thing; the anchor decides, so a finger that does is anatomy.
describe('ja: a thing multiplying by itself or from nowhere is a pop-in; else nothing', () => {
  it.each([
    ['physics', 'コップが勝手に増える', 'コップが勝手に増えるらしい'],
    ['physics', '草がどんどん増えていく', '草'],
    ['physics', '何もないところからボールが出てくる', '何もないところにボールがある'],
    ['physics', 'どこからともなく鳥が出てくる', '鳥'],
    ['anatomy', '指が勝手に増える', '指が勝手に増えることはなかった'],
  ])('%s: "%s"; "%s" names nothing', (mode, complaint, twin) => foundWithSilentTwin(complaint, twin, mode));
});

// Where one thing ends and the next begins is lost (手とコップの境目がなくなる): a merge, as 融合 and 一体化; the anchor
// decides the mode. A number of a part that cannot be (指がありえない数ある), and the face's single parts and the neck
// counted (口が2つある, 首が2本ある): anatomy. The twins: the boundary said clear, a topic word, hearsay, a normal count.
describe('ja: a lost boundary is a merge; an impossible count of a part, or two mouths, is anatomy; else nothing', () => {
  it.each([
    ['physics', '手とコップの境目がなくなる', '手とコップの境目もはっきりしてる'],
    ['physics', '車と道路の境目が消える', '境界'],
    ['physics', '人形と箱の境界が曖昧になる', '境界が曖昧になるらしい'],
    ['anatomy', '指がありえない数ある', 'ありえない数の星'],
    ['anatomy', '口が2つある', '口が1つ'],
    ['anatomy', '鼻が二つある', '鼻'],
    ['anatomy', '首が2本ある', '首が1本'],
  ])('%s: "%s"; "%s" names nothing', (mode, complaint, twin) => foundWithSilentTwin(complaint, twin, mode));
});

// Net slang for a law gone (物理法則どこいった, 重力仕事しろ, 物理が死んでる, 物理法則が行方不明): said of physics or
// gravity, the law is broken, as 無視. The colloquial 違く (顔違くない？) is 違う. The twins: the law at work
// (重力が仕事してる), negated, the slang of a person or a day, hearsay with って, the same words with no subject.
describe('ja: net slang for a law gone is physics; 違く is 違う; else nothing', () => {
  it.each([
    ['physics', '物理法則どこいった', '物理法則どこいったって言われてる'],
    ['physics', '重力仕事しろ', '重力が仕事してる'],
    ['physics', '重力が仕事してない', '今日は仕事して疲れた'],
    ['physics', '物理が死んでる', '物理も死んでない'],
    ['physics', '物理法則が行方不明', '主人公が死んでるシーン'],
    ['identity', '顔違くない？', '顔違くない、同じ'],
    ['identity', '途中から顔が違くて草', '違くない'],
  ])('%s: "%s"; "%s" names nothing', (mode, complaint, twin) => foundWithSilentTwin(complaint, twin, mode));
});

// Not generated right (文字が正しく生成されない, うまく生成されない), as 正しく表示されない: the part named decides the
// mode. The likeness said to be gone (面影ゼロ) or to become unrecognisable (誰かわからなくなる): identity. The twins:
// the whole video (no part named), said right, the words alone, negated, hearsay.
describe('ja: not generated right is a defect of the part; a likeness gone is identity; else nothing', () => {
  it.each([
    ['text', '文字が正しく生成されない', '動画が正しく生成されない'],
    ['text', '看板の文字が正しく出力されない', '文字も正しく生成される'],
    ['anatomy', '指がうまく生成されない', '正しく生成されない'],
    ['identity', '途中で誰かわからなくなる', '誰かわからなくなるらしい'],
    ['identity', '元の写真の面影ゼロ', '面影ゼロにならない'],
  ])('%s: "%s"; "%s" names nothing', (mode, complaint, twin) => foundWithSilentTwin(complaint, twin, mode));
});

// An act that should use a thing up and does not (注いでも増えない, 食べても減らない), with ても as with のに: the
// effect missing, physics (impossible-ja.ts). The twins: the act with its effect, hearsay, a wish about it.
describe('ja: an act with ても and its effect missing is physics; else nothing', () => {
  it.each([
    ['physics', '水を注いでも増えない', '注いでも増えないらしい'],
    ['physics', 'ケーキを食べても減らない', 'ケーキを食べると減る'],
    ['physics', 'りんごをかじっても減らない', 'りんごをかじると減る'],
    ['physics', 'ジュースを飲んでも量が変わらない', 'ジュースを飲むと量が減る'],
  ])('%s: "%s"; "%s" names nothing', (mode, complaint, twin) => foundWithSilentTwin(complaint, twin, mode));
});

// The common similes for a broken body: a face like 福笑い or a Picasso (parts out of place), arms like the
// thousand-armed Kannon (千手観音みたい), and the judgements エグい, ホラー, 地獄 said of a part. The twins: the words
// of a style, a statue, a film genre, the whole clip's quality, negated, hearsay.
describe('ja: similes and slang judgements of a body part are anatomy; of a style or a film, nothing', () => {
  it.each([
    ['anatomy', '顔が福笑い', '顔が福笑いにならない'],
    ['anatomy', 'ピカソみたいな顔になる', 'ピカソ風の顔'],
    ['anatomy', '手が千手観音みたいになる', '千手観音の像'],
    ['anatomy', '指がエグい', 'クオリティがエグい'],
    ['anatomy', '手がホラー', 'ホラー映画風の動画を作った'],
    ['anatomy', '指が地獄絵図', '手がホラーって聞いた'],
  ])('%s: "%s"; "%s" names nothing', (mode, complaint, twin) => foundWithSilentTwin(complaint, twin, mode));
});

// Writing likened to no script at all (象形文字みたい, 宇宙語みたい, ミミズが這ったよう): garbled text, with a text
// anchor. The twins: the same similes of speech (宇宙語を話す, outside the modes), of a tablet or a worm, negated.
describe('ja: writing likened to no script is text; the same similes of speech or things, nothing', () => {
  it.each([
    ['text', '看板の文字が象形文字みたい', '象形文字の石板'],
    ['text', '字幕が宇宙語になる', '宇宙人が宇宙語を話す動画'],
    ['text', '宇宙語みたいな文字が出る', '宇宙語みたいな声で話す'],
    ['text', 'ミミズが這ったような文字', 'ミミズが這っている'],
    ['text', 'ロゴが宇宙文字になる', '文字も宇宙語にならない'],
  ])('%s: "%s"; "%s" names nothing', (mode, complaint, twin) => foundWithSilentTwin(complaint, twin, mode));
});

// Flashing like a pachinko parlour or rainbow gaming lights (パチンコみたいに光る, ゲーミング発光): flicker, colour.
// The twins: the same likeness of sound, the words alone, negated.
describe('ja: flashing like pachinko or gaming lights is colour; of sound or alone, nothing', () => {
  it.each([
    ['color', '画面がパチンコみたいに光る', 'パチンコみたいな音がする'],
    ['color', 'ゲーミングPCみたいに光る', 'ゲーミングPCで生成した'],
    ['color', '背景がゲーミング発光してる', 'ゲーミング発光しない'],
  ])('%s: "%s"; "%s" names nothing', (mode, complaint, twin) => foundWithSilentTwin(complaint, twin, mode));
});
