/**
 * The output said to last only a second or two: "The Result always 1 second" (public tuning split, `truncated_output`,
 * got no answer), "my video is only 1 second long", "das Video ist immer nur 1 Sekunde lang", "la vidéo ne dure
 * qu'une seconde", "el video dura solo 1 segundo", "o vídeo tem só 1 segundo" (Japanese "1秒しかない" is in the lists).
 * No service sells a clip of a second or two, so one that long is cut short whatever was asked (a one-frame output is
 * truncated by the label conventions); at 3 s and more it may be the service's length ("Veo clips are only 8 seconds
 * long"), which cut-short.ts reads only with what was asked. The output is named before it, in the same clause:
 * "the glitch lasts only 1 second", "her face changes for just 1 second" are things in a video.
 */
import type { Lang } from './lang.ts';
import type { Hit } from './matcher.ts';
import { eachMatch } from './each-match.ts';
import { makeHit } from './hit.ts';

/** One or two, as a figure or a word ("1", "one", "a single", "eine", "qu'une", "un", "um"). */
const N = String.raw`(\d+(?:[.,]\d+)?|one|two|a\ssingle|a|ein|eine|einer|zwei|une?|deux|una?|dos|uma?|dois)`;
const SMALL: Readonly<Record<string, number>> = { zwei: 2, deux: 2, dos: 2, dois: 2, two: 2 };
const value = (w: string): number => SMALL[w] ?? (/^\d/.test(w) ? Number.parseFloat(w.replace(',', '.')) : 1);

/** The output named, then up to three words of the same clause ("the video I get is always"). */
const LEAD = (outputs: string) => String.raw`\b(?:${outputs})\s+(?:[^\s.!?;,]+\s+){0,3}?`;
/** Not "1 second in" (a moment of the clip) nor "per second". */
const TAIL = String.raw`\b(?!\s?(?:in|into|later|after|before)\b)`;

const SHAPES: Readonly<Partial<Record<Lang, RegExp>>> = {
  en: new RegExp(
    LEAD('videos?|clips?|outputs?|results?|renders?|generations?') +
      String.raw`(?:only|just|always|never\s+(?:longer|larger|large|more|bigger)\s+than|no\s+(?:longer|more)\s+than)\s+(?:(?:only|just|about)\s+)?${N}\s?(?:-\s?)?(?:s|secs?|seconds?)${TAIL}`,
    'g',
  ),
  de: new RegExp(
    LEAD('video|videos|clip|clips|ergebnis') + String.raw`(?:nur|immer\s+nur|bloss|lediglich)\s+${N}\s?(?:s|sek|sekunden?)${TAIL}`,
    'g',
  ),
  fr: new RegExp(
    LEAD('video|videos|clip|clips|rendu|resultat') +
      String.raw`(?:(?:ne\s+|n')(?:dure|durent|fait|font)\s+(?:que\s+|qu')|(?:dure|fait)\s+(?:seulement|juste)\s+)${N}\s?(?:s|sec|secondes?)${TAIL}`,
    'g',
  ),
  es: new RegExp(
    LEAD('video|videos|clip|clips|resultado') + String.raw`(?:solo|solamente|siempre)\s+(?:dura\s+)?${N}\s?(?:s|seg|segundos?)${TAIL}`,
    'g',
  ),
  pt: new RegExp(
    LEAD('video|videos|clipe|clipes|resultado') + String.raw`(?:so|apenas|sempre)\s+(?:tem\s+|dura\s+)?${N}\s?(?:s|seg|segundos?)${TAIL}`,
    'g',
  ),
};

/** Truncation hits for an output said to last a second or two, in a folded description. */
export function shortClipHits(folded: string, lang: Lang | undefined): Hit[] {
  const out: Hit[] = [];
  if (!/sec|sek|seg|\ds\b/.test(folded)) return out;
  for (const [l, re] of Object.entries(SHAPES) as [Lang, RegExp][]) {
    if (lang !== undefined && l !== lang) continue;
    for (const m of eachMatch(folded, re)) {
      if (value(m[1]!) > 2) continue;
      out.push(makeHit({ kind: 'hard', key: 'truncated' }, m.index, m.index + m[0].length, 3, false, false, [l]));
    }
  }
  return out;
}
