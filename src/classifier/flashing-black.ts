/**
 * "Flicker black frames", "black frames flash in the middle", "Mosaic and the flickering screen", "des images noires
 * qui clignotent", "fotogramas negros que parpadean": black or white frames said with a word of flickering are frames
 * that flash between good ones, a colour failure by the label conventions ("flashing white or black frames", batches
 * 6, 8 and 10), not a blank output; the public tuning split labels both English forms `color`. Only the flicker word
 * right beside the blank words, in the same clause: "it flickers and then the whole output is black" is a video that
 * went blank.
 */
import type { Hit } from './matcher.ts';

/** What may stand between: a few characters of the same clause, with no "then". */
const NEAR = 14;
const BREAK = /[.!?;,、。！？]|\b(?:then|dann|puis|luego|depois|after|nach|apres|despues)\b|その後|から/;

/**
 * Frames of black or white, or a mosaic, are what flashes; "ちらつくノイズしか出ない" (only flickering noise comes out) is
 * an output of noise, which the flicker word describes.
 */
const FLASHES = /black|white|blank|schwarz|weiss|noir|blanc|negr|pret|branc|黒|白|mosaic|mosaik|mosaique|mosaico|もざいく/;

/** Whether a blank-output hit is frames flashing: a flicker cue right before or after it. */
export function flashingBlack(hits: readonly Hit[], folded: string, h: Hit): boolean {
  if (h.role.kind !== 'hard' || h.role.key !== 'blank' || !FLASHES.test(folded.slice(h.start, h.end))) return false;
  return hits.some((c) => {
    if (c.role.kind !== 'cue' || c.role.cls !== 'flicker') return false;
    const [a, b] = c.end <= h.start ? [c.end, h.start] : h.end <= c.start ? [h.end, c.start] : [0, -1];
    return b >= a && b - a <= NEAR && !BREAK.test(folded.slice(a, b));
  });
}
