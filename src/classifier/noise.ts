/**
 * Colour words that say what kind of noise it is: "colorful noise instead of a video", "buntes Rauschen", "bruit
 * coloré", "ruido de colores", "ruído colorido", "カラフルなノイズ". Noise in place of a video is named by no mode (label
 * conventions: vague, batch 8 and 10, "pure colour noise instead of video"); the colour word is the noise's, not a
 * complaint about the colours (precision round, s11). The colours said to go wrong beside noise stay a complaint
 * ("the colours flicker and there is noise").
 * Folded text: lowercase, no accents, katakana as hiragana.
 */
import type { Hit } from './matcher.ts';
import { eachMatch } from './each-match.ts';

const NOISE = /\b(?:noise|static|rauschen|bildrauschen|bruit|ruido)\b|のいず|砂嵐/g;
/** A colour word right before the noise word ("colorful noise", "カラフルなノイズ"), or after it with "de"/"of". */
const BEFORE = /^\s*(?:な|の)?\s*$/;
const AFTER = /^\s*(?:(?:de|of|di)\s+)?$/;

const isColour = (h: Hit) => h.role.kind === 'anchor' && (h.role.cls === 'color' || h.role.cls === 'hue');

/**
 * A motion or flicker word that says how the noise behaves: "jittery noise", "flackerndes Rauschen", "ruido que
 * parpadea", "ruído piscando", "bruit qui scintille", "ちらつくノイズ" (s13). Noise in place of a video is vague whatever
 * it does; the same words said of a thing beside the noise ("the colours flicker and there is noise") stay read.
 */
const isMotionCue = (h: Hit) => h.role.kind === 'cue' && ['flicker', 'move', 'jump', 'morph', 'change'].includes(h.role.cls);
/** Before the noise word, at most one word that names the noise's kind ("jittery diffusion noise"), not a linking one. */
const CUE_BEFORE = /^\s*(?:な|の)?\s*(?:(?!(?:with|and|or|in|on|the|a|an|mit|und|avec|et|con|y|com|e|de|of)\s)[\p{L}-]+\s+)?$/u;
/** After the noise word: the cue as a relative clause or a participle ("noise that flickers", "ruido que parpadea"). */
const CUE_AFTER = /^\s*(?:,\s*)?(?:que|that|which|das|der|die|qui)?\s*$/;

/** `hits` without the colour words and the motion words that qualify a noise word. */
export function noiseColourDropped(folded: string, hits: Hit[]): Hit[] {
  const noise = eachMatch(folded, NOISE).map((m) => [m.index, m.index + m[0].length] as const);
  if (!noise.length) return hits;
  const qualifies = (h: Hit, before: RegExp, after: RegExp) =>
    noise.some(([a, b]) => (h.end <= a && before.test(folded.slice(h.end, a))) || (h.start >= b && after.test(folded.slice(b, h.start))));
  return hits.filter((h) => !(isColour(h) && qualifies(h, BEFORE, AFTER)) && !(isMotionCue(h) && qualifies(h, CUE_BEFORE, CUE_AFTER)));
}

/** Nonsense said plainly, which names text when said of writing ("the sign shows gibberish"). */
const NONSENSE = /^(?:gibberish|jibberish|kauderwelsch|charabia|baragouin|galimatias|意味不明|でたらめ)$/;
/** The whole output, the result, the video. */
const OUTPUT = String.raw`(?:output|outputs|result|results|video|videos|frames|ausgabe|ergebnis|ergebnisse|sortie|resultat|resultats|resultado|resultados|saida)`;
/** "Gibberish output", or "the output is gibberish" (at most an article after the copula). */
const NONSENSE_OF = new RegExp(String.raw`^\s+${OUTPUT}\b`);
const OUTPUT_IS = new RegExp(
  String.raw`\b${OUTPUT}\s+(?:is|are|was|were|ist|sind|war|est|es|era|e|foi)\s+(?:(?:du|de|un|una|uma|just|only|pure|nur|reines?)\s+)?$`,
);

/**
 * "THUDM/CogVideoX-5b-I2V is producing jibberish output", "the output is gibberish", "das Ergebnis ist Kauderwelsch":
 * nonsense said of the whole output is a generation gone to garbage, named by no mode like noise in place of a video,
 * not writing that is misspelt (precision round, s11). Said of a sign or subtitles it stays text.
 */
export function nonsenseOutputDropped(folded: string, hits: Hit[]): Hit[] {
  return hits.filter((h) => {
    if (h.role.kind !== 'strong' || h.role.mode !== 'text' || !NONSENSE.test(folded.slice(h.start, h.end))) return true;
    return !NONSENSE_OF.test(folded.slice(h.end, h.end + 12)) && !OUTPUT_IS.test(folded.slice(Math.max(0, h.start - 30), h.start));
  });
}
