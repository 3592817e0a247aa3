import type { LangLexicon } from '../types.ts';
import { ANCHORS_PEOPLE } from './anchors-people.ts';
import { ANCHORS_THINGS } from './anchors-things.ts';
import { ANCHORS_TOPICS } from './anchors-topics.ts';
import { CUES_GENERIC } from './cues-generic.ts';
import { CUES_SHAPE } from './cues-shape.ts';
import { CUES_CHANGE } from './cues-change.ts';
import { CUES_MOTION } from './cues-motion.ts';
import { CUES_NARROW } from './cues-narrow.ts';
import { GRAMMAR } from './grammar.ts';
import { MARKERS_IGNORE } from './markers-ignore.ts';

// The Spanish lexicon, assembled from its parts with the keys in the order they have always had: the matcher and the
// model read entries in that order, so it must not change.
export const es: LangLexicon = {
  lang: 'es',
  anchors: { ...ANCHORS_PEOPLE, ...ANCHORS_THINGS, ...ANCHORS_TOPICS },
  cues: { ...CUES_GENERIC, ...CUES_SHAPE, ...CUES_CHANGE, ...CUES_MOTION, ...CUES_NARROW },
  ...GRAMMAR,
  ...MARKERS_IGNORE,
};
