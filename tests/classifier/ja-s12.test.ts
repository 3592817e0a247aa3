import { describe, it } from 'vitest';
import { foundWithSilentTwin } from './found.ts';

// Issue 16, session 12's Japanese recall round: how Japanese users say the failures in plain and casual registers
// (notes/s12/ja-families.md). Each complaint stands beside a near-identical twin that must name nothing: negated
// without a question, asked about how to avoid it, or praised. Sentences written for these tests, not taken from any
// labelled set.

// A negative asked as a question is the casual way to say a thing IS so (rhetorical.ts): 顔変わってない？ is "hasn't
// the face changed?". The same negative said flatly, or with words between it and the question mark, still negates.
describe('ja: a negative asked as a question affirms; said flatly or asked how to avoid, it negates', () => {
  it.each([
    ['identity', 'クレアさん、途中で別人になってない？', 'クレアさん、途中で別人になってない。'],
    ['identity', 'これ顔変わってない?', 'これ顔変わってない、すごい'],
    ['identity', '主人公の顔、途中で変わってませんか？', '主人公の顔、途中で変わってませんでした。'],
    ['anatomy', 'この子、指多くない？', 'この子、指多くないし綺麗'],
    ['anatomy', '右手の形おかしくない？', '右手の形おかしくないよ'],
    ['anatomy', 'なんか手が変じゃない？', '手が変にならないようにするには？'],
    ['color', '後半、色おかしくない？', '後半も色おかしくない'],
    ['color', 'なんか背景の色ちらついてない？', '背景の色がちらつかないようにするには？'],
    ['text', '看板の文字、文字化けしてない？', '看板の文字が文字化けしない方法ある？'],
    ['physics', '手がコップすり抜けてない？', '手がコップすり抜けてないのがすごい'],
  ])('%s: "%s"; "%s" names nothing', (mode, complaint, twin) => foundWithSilentTwin(complaint, twin, mode));
});

// 怪しい ("dubious, sketchy") says something is wrong, as おかしい: 物理演算が怪しい is physics, 手が怪しい anatomy.
// いまいち and 残念 ("meh", "a letdown") judge, as 変 does: they name a part that can be wrong one way. The twins say it
// is not so, or put the same word on a person or a whole clip, which names nothing.
describe('ja: 怪しい says a thing is wrong, いまいち and 残念 judge a part; negated or about a person, nothing', () => {
  it.each([
    ['physics', 'この動画、物理演算がまだ怪しい', 'この動画、物理演算ももう怪しくない'],
    ['anatomy', '手の指の本数がちょっと怪しい', '怪しい男が手を振っている'],
    ['text', '看板の文字があやしい', '看板の文字もあやしくなかった'],
    ['color', '後半の色が怪しい', '後半の色も怪しくない'],
    ['anatomy', '相変わらず手がイマイチ', '相変わらず画質がイマイチ'],
    ['anatomy', '指が残念なことになってる', '残念な顔をする女性'],
  ])('%s: "%s"; "%s" names nothing', (mode, complaint, twin) => foundWithSilentTwin(complaint, twin, mode));
});

// A body part said not to be there (ja-missing.ts: 手がない, 指が1本ない) or asked for back (手を生やしてあげてほしい):
// the part missing, anatomy. A defect said absent of the part (手に違和感がない), the idiom 打つ手がない ("nothing to
// be done"), a part grown as the content asked (翼を生やした天使) and something else added (塩を足して) name nothing.
describe('ja: a body part missing or asked for back is anatomy; a defect absent or an idiom is nothing', () => {
  it.each([
    ['anatomy', 'ラストの女の子の右手がない', 'ラストの女の子の右手に違和感がない'],
    ['anatomy', 'よく見ると指が1本ないんだけど', 'よく見ると指の破綻はないんだけど'],
    ['anatomy', '後半、片腕が無い', '後半、片腕も崩れていない'],
    ['anatomy', 'サポートに聞いたけど猫の手がない', 'サポートに聞いたけど打つ手がない'],
    ['anatomy', 'かわいそうなので手を生やしてあげてほしい', 'かわいそうなので翼を生やした天使にしてほしい'],
    ['anatomy', '指をもう一本足してあげてほしい', 'スープに塩をもう少し足してほしい'],
  ])('%s: "%s"; "%s" names nothing', (mode, complaint, twin) => foundWithSilentTwin(complaint, twin, mode));
});
