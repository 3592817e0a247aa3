/**
 * The meaning of a cue by what it is said about: the parts x defects table of the classifier. "changes" + "face" is
 * identity, "changes" + "colour" is color, "changes" + "cup" is physics (an object morphing).
 */
import type { QualityModeId } from '../modes/types.ts';
import type { AnchorClass, CueClass } from './lexicon/types.ts';

export type Pair = readonly [QualityModeId, number];

/**
 * What a cue means depending on what it is said about. Confidence is how sure a support agent would be reading the
 * same words: "hands" + "extra" is certain, "face" + "weird" could be anatomy or just an expression.
 */
export const PAIRS: Readonly<Record<AnchorClass, Partial<Record<CueClass, Pair>>>> = {
  body: {
    generic: ['anatomy', 0.75],
    deform: ['anatomy', 0.88],
    count: ['anatomy', 0.9],
    change: ['anatomy', 0.7],
    morph: ['anatomy', 0.78],
    vanish: ['anatomy', 0.72],
    move: ['physics', 0.82],
  },
  face: {
    generic: ['anatomy', 0.62],
    deform: ['anatomy', 0.85],
    count: ['anatomy', 0.85],
    change: ['identity', 0.88],
    morph: ['identity', 0.8],
    move: ['physics', 0.75],
  },
  feature: {
    generic: ['anatomy', 0.62],
    deform: ['anatomy', 0.85],
    count: ['anatomy', 0.85],
    change: ['anatomy', 0.72],
    morph: ['anatomy', 0.78],
    vanish: ['anatomy', 0.72],
    move: ['physics', 0.75],
  },
  being: {
    deform: ['anatomy', 0.72],
    change: ['identity', 0.85],
    morph: ['anatomy', 0.75],
    vanish: ['physics', 0.85],
    move: ['physics', 0.85],
  },
  object: {
    // A thing that flickers or pulses is the light on it, as a flicker with nothing named is ("flickering backgrounds").
    flicker: ['color', 0.85],
    deform: ['physics', 0.75],
    change: ['physics', 0.8],
    morph: ['physics', 0.88],
    vanish: ['physics', 0.9],
    move: ['physics', 0.9],
  },
  // A shadow or reflection that is wrong, moves or vanishes: nothing but the light's physics can be at fault.
  cast: {
    generic: ['physics', 0.8],
    // A missing or doubled shadow ("the shadow is missing", "zwei Schatten") is the light's physics too.
    count: ['physics', 0.8],
    deform: ['physics', 0.8],
    change: ['physics', 0.75],
    morph: ['physics', 0.8],
    vanish: ['physics', 0.85],
    move: ['physics', 0.85],
  },
  // Water, smoke, fire: what moves by physics alone. Said to look wrong at all, its physics is at fault.
  matter: {
    generic: ['physics', 0.8],
    deform: ['physics', 0.75],
    change: ['physics', 0.8],
    morph: ['physics', 0.88],
    vanish: ['physics', 0.9],
    move: ['physics', 0.9],
  },
  // A motion doing the impossible ("the movement goes backwards", "floaty motion"). Said to be wrong or unnatural, it
  // is physics only when a thing's (motion.ts): alone it is how people judge animation or gestures.
  // Motion that crawls, lags, goes missing or vanishes ("the motions are all very slow", "motion almost disappears")
  // is physics too, by the public tuning split's labels.
  motion: {
    deform: ['physics', 0.75],
    move: ['physics', 0.85],
    pace: ['physics', 0.8],
  },
  text: {
    generic: ['text', 0.85],
    deform: ['text', 0.9],
    count: ['text', 0.8],
    change: ['text', 0.8],
    morph: ['text', 0.8],
    flicker: ['text', 0.7],
    jump: ['text', 0.7],
    misspelt: ['text', 0.85],
    // Writing that pops in and out ("text on a person appears and disappears") is the text failing, not a thing.
    vanish: ['text', 0.75],
    // Blurry writing cannot be read: unlike a blurry hand (the picture's fault), it is the text failing.
    blur: ['text', 0.7],
  },
  color: {
    generic: ['color', 0.8],
    deform: ['color', 0.75],
    change: ['color', 0.9],
    morph: ['color', 0.75],
    flicker: ['color', 0.95],
    jump: ['color', 0.85],
    become: ['color', 0.8],
  },
  hue: { change: ['color', 0.85], flicker: ['color', 0.9], jump: ['color', 0.8], become: ['color', 0.82] },
  // Physics, weight or inertia said to be missing ("things lack weight", "die Schwerkraft fehlt") is physics too.
  law: { generic: ['physics', 0.85], deform: ['physics', 0.8], count: ['physics', 0.8], move: ['physics', 0.88], vanish: ['physics', 0.8] },
  // A likeness or identity that is gone or lost ("the resemblance is gone") is the person no longer themself.
  self: {
    generic: ['identity', 0.8],
    change: ['identity', 0.9],
    morph: ['identity', 0.85],
    deform: ['identity', 0.75],
    vanish: ['identity', 0.8],
  },
  sound: {},
  look: {
    change: ['identity', 0.85],
    count: ['identity', 0.8],
    morph: ['identity', 0.8],
    become: ['identity', 0.72],
    deform: ['anatomy', 0.7],
    move: ['physics', 0.85],
    vanish: ['physics', 0.8],
  },
};

/** Cues that name a mode with nothing to point at ("it flickers", "stuff vanishes"). */
export const ALONE: Partial<Record<CueClass, Pair>> = {
  vanish: ['physics', 0.8],
  move: ['physics', 0.85],
  flicker: ['color', 0.9],
  morph: ['physics', 0.72],
};

/** A span ("from shot to shot") pairs as the change it implies; a judgement as a defect, weighed down (votes.ts). */
export const asPair = (cls: CueClass): CueClass => (cls === 'span' ? 'change' : cls === 'judge' ? 'generic' : cls);
