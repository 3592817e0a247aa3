/**
 * Alternation: a thing described two ways in turn ("mal blau, mal lila", "sometimes blond, sometimes brown",
 * "あるシーンでは黒髪、次のシーンでは茶髪"). Both halves together say the thing does not stay the same, so the
 * second marker is read as a span (a change over the clip). One marker alone is no change: "in the next shot the car
 * drives away" is only a story, and "mal" alone is just "once". What alternates is a property said in the second half
 * (a colour, a look, a face, text): "in one scene the dog sits, in the next it runs away" is a story too (classify.ts).
 */
import type { Lang } from './lang.ts';
import type { Hit } from './matcher.ts';
import { eachMatch } from './each-match.ts';
import { makeHit } from './hit.ts';

/** An opener, then up to 60 characters of the same sentence, then the second marker (the span's place). */
const PAIRS: readonly (readonly [Lang, RegExp])[] = [
  // de: mal … mal, teils … teils, erst/zuerst/anfangs … in der nächsten Einstellung/Szene.
  ['de', /\b(?:mal|teils)\b[^.!?;]{1,60}?\b(?<at>mal|teils)\b/g],
  ['de', /\b(?:erst|zuerst|anfangs|am anfang)\b[^.!?;]{1,60}?\b(?<at>in der nachsten (?:einstellung|szene|aufnahme|sequenz))\b/g],
  // en: sometimes … sometimes, in one shot … in the next.
  ['en', /\bsometimes\b[^.!?;]{1,60}?\b(?<at>sometimes)\b/g],
  ['en', /\bin one (?:shot|scene|clip|frame)\b[^.!?;]{1,60}?\b(?<at>in the (?:next|other)(?: (?:shot|scene|clip|frame))?)\b/g],
  // es, pt, fr: a veces … a veces, às vezes … às vezes, ora … ora, tantôt … tantôt, parfois … parfois.
  ['es', /\ba veces\b[^.!?;]{1,60}?\b(?<at>a veces|otras veces)\b/g],
  ['pt', /\bas vezes\b[^.!?;]{1,60}?\b(?<at>as vezes|outras vezes)\b/g],
  ['pt', /\bora\b[^.!?;]{1,60}?\b(?<at>ora)\b/g],
  ['fr', /\b(?:tantot|parfois)\b[^.!?;]{1,60}?\b(?<at>tantot|parfois)\b/g],
  // ja: あるシーンでは … 次のシーンでは, 最初は … 次のショットでは (katakana folded to hiragana).
  [
    'ja',
    /(?:ある|最初の|1つ目の|一つ目の)(?:しーん|しょっと|かっと|場面)では[^。！？]{1,60}?(?<at>(?:次|別|他|ほか)の(?:しーん|しょっと|かっと|場面)では)/g,
  ],
  ['ja', /(?:最初は|はじめは|初めは)[^。！？]{1,60}?(?<at>(?:次|別|他|ほか)の(?:しーん|しょっと|かっと|場面)では)/g],
];

/** Span hits for the alternations in a folded description. */
export function alternations(folded: string, lang: Lang | undefined): Hit[] {
  const out: Hit[] = [];
  for (const [l, re] of PAIRS) {
    if (lang !== undefined && l !== lang) continue;
    for (const m of eachMatch(folded, re)) {
      const at = m.index + m[0].length - m.groups!.at!.length;
      const cjk = !/^[a-z]/.test(m.groups!.at!);
      const hit = makeHit({ kind: 'cue', cls: 'span' }, at, m.index + m[0].length, 1, false, cjk, [l]);
      hit.alternation = true;
      out.push(hit);
    }
  }
  return out;
}
