/**
 * The tool's own terms that happen to hold a thing and a motion: "the sliding window", "fenêtre glissante", "ventana
 * deslizante", "janela deslizante", "gleitendes Fenster", "スライディングウィンドウ". A window that slides is how long
 * videos are generated in pieces, not a window in the scene moving (public tuning split: "a long video (longer than
 * the sliding window), a gradual change in brightness" is color alone, and read physics beside it). The words of the
 * term name nothing; the rest of the description is read as ever ("the window slides across the room" stays physics).
 * Folded text: lowercase, no accents, katakana as hiragana.
 */
import type { Hit } from './matcher.ts';

const TERM =
  /\b(?:sliding[- ]windows?|context windows?|gleitende[mnrs]? fensters?|sliding-window\w*|fenetres? glissantes?|ventanas? deslizantes?|janelas? deslizantes?)\b|すらいでぃんぐういんどう/g;

/** `hits` without the ones inside a tool term. */
export function jargonDropped(folded: string, hits: Hit[]): Hit[] {
  const terms = [...folded.matchAll(TERM)].map((m) => [m.index, m.index + m[0].length] as const);
  if (!terms.length) return hits;
  return hits.filter((h) => !terms.some(([a, b]) => h.start >= a && h.end <= b));
}
