import type { Lang } from '../lang.ts';

/**
 * The shared grammar of a symptom description, per language. A person rarely uses a fixed phrase: they point at
 * something (an anchor: "the hands", "the sign", "the cup") and say what is wrong with it (a cue: "melted",
 * "changes", "extra"). The pair decides the mode: "changes" + "face" is identity, "changes" + "colour" is color,
 * "changes" + "cup" is physics (object morphing). Phrases that name a mode on their own live in
 * `symptoms.ts`.
 *
 * Entry syntax (all entries are folded like the description: lowercase, no accents, katakana as hiragana):
 * - words separated by single spaces must appear as consecutive words;
 * - a trailing `*` on a word matches any word starting with it ("flicker*" matches "flickering");
 * - Japanese entries are plain substrings (Japanese has no spaces between words).
 */

/**
 * What a person points at. `hue` is a colour name ("red", "azul"): unlike `color` ("the colours") it is often just an
 * adjective on something else ("the red car vanishes"), so the classifier only leans on it where it is the result of
 * a change ("the dress turns green") or stands alone ("the red keeps flickering").
 */
// `law` and `self` are the topic words ("physics", "identity"): alone they are no complaint ("the physics is right"),
// with a defect they are one ("the physics is broken"). `look` is what a person looks like besides the face (hair,
// beard, clothes, age): changing, it is the identity failure ("she has grown a beard"). `face` is the whole face or
// head, whose change is a new person; a `feature` is a part of it (eyes, eyebrows, ears, mouth, expression), whose
// change is the part going wrong ("eyebrows change density", "耳の輪郭が変化"). `sound` (audio, voice, lip sync) is
// outside the five modes: a clause about it ("the audio doesn't match the lips") names none of them.
// `cast` is what light makes of a thing (a shadow, a reflection): wrong, it can only be the physics of light.
// `motion` is what a thing does rather than the thing ("the movement", "die Bewegungen", "動き"): the motion of a
// thing said to be wrong is physics (motion.ts); a motion alone called unnatural or stiff is how people judge a clip's
// animation or a person's gestures, which they label vague or anatomy, so on its own it is a topic word, like `law`.
// `matter` is what moves by physics alone (water, liquids, smoke, fire): said to look wrong at all, only its physics
// can be at fault; unlike an `object` it is nothing solid to pass through ("walks through the water").
export const ANCHOR_CLASSES = [
  'body',
  'face',
  'feature',
  'being',
  'object',
  'cast',
  'matter',
  'motion',
  'text',
  'color',
  'hue',
  'law',
  'self',
  'look',
  'sound',
] as const;
export type AnchorClass = (typeof ANCHOR_CLASSES)[number];

/** What a person says is wrong with it. */
// `judge` is a judgement with no defect named ("weird", "ugly", "creepy"): said of a thing it leans towards a mode,
// but a finding needs a defect or change ("the hands look weird" is asked about, "the hands are broken" is found).
// `jump` is its own class because "jumps" is only a failure when said of colour or light: a dog that jumps is fine.
// `become` ("turns", "goes", "wird", "fica") is the same: only "turns green" is a failure, "he turns around" is not.
// `misspelt` holds words often rendered on signs and cakes ("birthday", "bakery"); only a one-edit typo of one
// counts, and only said of text: "the caption reads 'Hapy Brithday'" quotes the generator's misspelling.
// `span` ("from shot to shot", "entre planos") says over what something changed: with a thing it reads as a change,
// but beside a steady word ("the faces are consistent from shot to shot") it is context, not a complaint.
// `blur` ("blurry", "unscharf", "flou", "ぼやけ") is how sharp the picture is: a defect of the picture, never of a part
// (blurry hands are not malformed ones), so it pairs with nothing but text, which blurred cannot be read; it is kept so that "becomes blurry and distorted"
// still reads "becomes" as a copula.
// `pace` ("slow", "delayed", "zu langsam", "遅い") is how fast a motion goes: said of a motion ("the motions are all
// very slow") it is physics, the public tuning split's label for motion that lags or crawls; alone ("the generation is
// slow") it is nothing, so it pairs with `motion` only and never names a mode by itself.
// `flicker` also holds the exposure and fading words (overexposed, ausbleichen, desbotadas, 色褪せ): they are said of
// colour or light only, so "the walls come out faded" is never read as the walls morphing, as `change` would.
export const CUE_CLASSES = [
  'generic',
  'judge',
  'deform',
  'count',
  'change',
  'span',
  'morph',
  'vanish',
  'move',
  'flicker',
  'jump',
  'become',
  'misspelt',
  'blur',
  'pace',
] as const;
export type CueClass = (typeof CUE_CLASSES)[number];

export interface LangLexicon {
  lang: Lang;
  anchors: Readonly<Record<AnchorClass, readonly string[]>>;
  cues: Readonly<Record<CueClass, readonly string[]>>;
  /** How many of a body part is normal, keyed by an entry of `anchors` ("5 fingers" is fine, "6 fingers" is not). */
  normalCounts: Readonly<Record<string, number>>;
  /** Number words; digits are read directly. "One" is left out: it is also the article in es/fr/pt/de. */
  numbers: Readonly<Record<string, number>>;
  /** Words after a number that make it a time, not a count ("at 3 seconds"). */
  timeUnits: readonly string[];
  /** A clause holding one of these is negated: its anchors and cues say what is NOT wrong. */
  negators: readonly string[];
  /** "Fine", "ok": a clause saying a part is fine is not a complaint about it; negated ("not ok") it is one. */
  positives: readonly string[];
  /** Positives about stability ("consistent", "the same"): negated, they describe a change, not a generic defect. */
  steady: readonly string[];
  /** Clause breaks besides punctuation ("but", "and"): negation and pairing do not cross them. */
  separators: readonly string[];
  /**
   * Common words that tell the language apart. Function words are ambiguous across languages (Portuguese "no" is
   * "in the", not "no"), so negators, positives, separators and number words only count in the detected language.
   */
  markers: readonly string[];
  /** Words a phrase may have one of inside it without changing its meaning ("passes RIGHT through"). */
  fillers: readonly string[];
  /** Phrases that contain a negator but do not negate ("no matter"): consumed, no effect. */
  ignore: readonly string[];
}
