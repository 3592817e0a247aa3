import type { Lang } from '../lang.ts';
import { cross } from './cross.ts';
import { JA } from './impossible-ja.ts';
import { ES, FR, PT } from './impossible-romance.ts';

/**
 * Physically impossible events, written from how people ordinarily complain about AI video rather than from any one
 * labelled sentence (physics round, session 12): a thing x an impossible event, where the event is the cue and the
 * thing is the lexicon's anchor ("the cup moves without anyone touching it", "the horse runs backwards", "the bottle
 * splits into two", "the metal bar bends like rubber"). Each family is a composition: every verb goes with every way
 * of saying the impossible part, so the words carry to sentences nobody tuned on. Entries are folded (no accents).
 *
 * What is left out, by the label conventions: a motion only judged (unnatural, stiff, jerky: vague), legs that swap
 * and a camera that floats (open calls), and verbs whose ordinary sense is common (a car that drives backwards is
 * reversing, "without touching it" is how one points at a screen), which only count with what makes them impossible.
 */
export interface Impossible {
  /** Motion or contact that cannot happen: moved by nothing, running on the spot or backwards, blown by no wind. */
  move: readonly string[];
  /** A thing that multiplies or splits: one object becoming two is the permanence failure, as vanishing is. */
  vanish: readonly string[];
  /**
   * A solid that bends or wobbles like jelly or rubber: said of a thing it is its physics, of a body its anatomy
   * (pairs.ts). Only with the verb: "a rubber-like texture" is how a surface looks, not how it moves.
   */
  deform: readonly string[];
  /**
   * What the same verbs say when nothing impossible happens: a camera that passes through a window, a truck that
   * turns into a street. Consumed (an `ignore` entry), so the passing or turning in it is no cue. A person walking
   * through a door is left a cue: "walks straight through the door" is said of a shut one (multi-s11.test.ts).
   */
  ignore: readonly string[];
  /**
   * Physical interactions, named as what a person points at (an impact, a splash, an explosion): like a collision
   * (the lexicons' `law` class), said to look wrong at all only their physics can be at fault; alone, a topic word.
   */
  law: readonly string[];
  /**
   * What should follow and does not, or what cannot be undone and is: a glass that stays full while she drinks, feet
   * that leave no footprints, a bite that leaves no mark, a thing with no weight or inertia, a broken thing that puts
   * itself back together. Read as move cues, so alone they name physics, as "by itself" does.
   */
  effect: readonly string[];
}

const EN_RUN = ['runs', 'running', 'ran', 'run', 'walks', 'walking', 'walked', 'walk', 'jogs', 'jogging'];
const EN_ACT = ['moves', 'moving', 'behaves', 'behaving', 'acts', 'acting'];
// Solid things nothing can be half inside of; not a box, a bag or a car, which things are inside of.
const SOLID_EN = ['the wall', 'the walls', 'the table', 'the floor', 'the ground', 'the chair', 'the desk', 'the ceiling', 'the rock'];
const EN_TRACES = ['footprints', 'footprint', 'tracks', 'bite mark', 'bite marks', 'mark', 'marks', 'trace', 'ripples', 'wake'];
const EN_SWAY = ['moves', 'moving', 'move', 'blows', 'blowing', 'blow', 'flutters', 'fluttering', 'waves', 'waving'];

const EN: Impossible = {
  move: [
    ...cross(['without anyone', 'without anybody', 'with no one', 'with nobody'], ['touching it', 'touching them', 'touching']),
    'without being touched',
    'without being pushed',
    ...cross(['before', 'before anyone', 'before he', 'before she'], ['touches it', 'hits it', 'kicks it']),
    ...cross(['bounces off', 'bounced off', 'bouncing off', 'bounce off'], ['thin air', 'an invisible wall']),
    'invisible wall',
    ...cross(['stops', 'stopped', 'freezes', 'froze'], ['in the air']),
    ...cross(EN_RUN, ['on the spot']),
    'treadmill effect',
    'like on a treadmill',
    'as if on a treadmill',
    ...cross(['foot', 'feet'], ['skating', 'skate']),
    'feet are skating',
    ...cross(["don't", 'never', 'do not', 'not', "doesn't", 'does not'], ['touch the ground', 'touch the floor']),
    'not touching the ground',
    'not touching the floor',
    ...cross([...EN_RUN, 'gallops', 'galloping', 'swims', 'swimming', 'flies', 'flying'], ['backwards', 'backward']),
    ...cross(['play', 'played', 'playing'], ['backwards', 'in reverse']),
    'plays in reverse',
    ...cross([...EN_SWAY, 'sways', 'swaying', 'flaps', 'flapping'], ['without wind', 'without any wind', 'without a breeze']),
    'even though there is no wind',
    'although there is no wind',
    'despite there being no wind',
    ...cross(['nothing', 'with nothing', 'without anything'], ['holding it', 'holding it up', 'holding them', 'supporting it']),
    ...cross(['nothing is', 'there is nothing'], ['holding it', 'holding it up', 'holding them', 'holding the', 'supporting it']),
    ...cross(['held up by', 'supported by', 'held by'], ['nothing', 'thin air']),
    ...['nothing holds it', 'nothing holds them', 'nothing supports it', 'nothing is holding the'],
    ...cross(['half inside', 'half in', 'halfway into', 'partly inside', 'embedded in', 'stuck inside'], SOLID_EN),
  ],
  vanish: [
    ...cross(['pops', 'popped', 'pop', 'popping', 'comes', 'came', 'blinks', 'blinked'], ['into existence']),
    ...cross(['splits', 'split', 'splitting'], ['into two', 'in two', 'into 2']),
    'multiplies',
    'multiplying',
    'multiplied',
    'copies itself',
    'clones itself',
    // Things that copy themselves, said with "replicate" or in the plural ("the chair replicates itself", s14).
    ...cross(['replicates', 'replicated', 'replicating'], ['itself']),
    ...cross(['replicate', 'duplicate', 'copy', 'clone'], ['themselves']),
  ],
  deform: [
    ...cross(
      [...['bends', 'bend', 'bending', 'wobbles', 'wobbling', 'jiggles', 'jiggling', 'stretches', 'stretching'], ...EN_ACT],
      ['like jelly', 'like jello', 'like rubber', 'like putty', 'like slime', 'like gelatin'],
    ),
  ],
  law: ['impact', 'impacts', 'splash', 'splashes', 'explosion', 'explosions'],
  effect: [
    ...cross(['stays', 'stay', 'remains', 'remain'], ['full', 'full while']),
    ...cross(['never', "doesn't", 'does not', 'never even'], ['empties', 'empty', 'fills up', 'fill up', 'fills', 'fill']),
    ...cross(['refills', 'refilled', 'refilling'], ['itself', 'by itself', 'on its own']),
    ...cross(['leaves no', 'leave no', 'leaving no', 'without leaving', 'without leaving any', 'leaves no visible'], EN_TRACES),
    'no bite mark',
    'no bite marks',
    'no footprints',
    ...cross(
      ["doesn't have", "don't have", 'does not have', 'do not have', 'has no', 'have no', 'with no'],
      ['weight', 'inertia', 'momentum'],
    ),
    ...cross(['reassembles', 'reassembled', 'reassembling', 'reattaches', 'reattached', 'puts', 'put'], ['itself', 'themselves']).map(
      (v) => (v.startsWith('put') ? `${v} back together` : v),
    ),
    'unbreaks',
    'unbreaking',
    'un-breaks',
    'unspills',
    ...cross(['goes', 'flows', 'jumps', 'pours'], ['back into the glass', 'back into the cup', 'back into the bottle']),
  ],
  ignore: [
    ...cross(['camera passes', 'camera moves', 'camera flies', 'camera goes'], ['through the window', 'through the door']),
    ...cross(['turns into', 'turned into', 'turning into'], ['the driveway', 'the street', 'the road', 'the alley', 'the parking lot']),
  ],
};

const DE_RUN = ['lauft', 'laufen', 'lief', 'rennt', 'rennen', 'rannte', 'geht', 'gehen', 'galoppiert', 'schwimmt', 'fliegt'];

const DE: Impossible = {
  move: [
    ...cross(
      ['ohne dass jemand', 'ohne dass sie jemand', 'ohne dass es jemand', 'ohne dass ihn jemand', 'ohne dass jemand sie'],
      ['beruhrt', 'anfasst', 'anstosst'],
    ),
    'ohne beruhrung',
    'ohne beruhrt zu werden',
    'ohne angefasst zu werden',
    ...cross(['prallt', 'prallen', 'prallte', 'springt', 'springen'], ['an nichts ab', 'von nichts ab']),
    'unsichtbare wand',
    'unsichtbaren wand',
    'mitten in der luft',
    ...cross(DE_RUN, ['ruckwarts']),
    'ruckwarts abgespielt',
    'wie auf einem laufband',
    ...cross(['beruhren', 'beruhrt'], ['den boden nicht', 'nie den boden', 'nicht den boden']),
    ...cross(['bewegen sich', 'bewegt sich', 'wehen', 'weht', 'flattern', 'flattert', 'wackeln', 'wackelt'], ['ohne wind']),
    'obwohl kein wind',
    'obwohl es keinen wind gibt',
    'ohne jeden wind',
    ...cross(['ohne dass etwas'], ['sie halt', 'es halt', 'ihn halt', 'sie stutzt', 'es stutzt', 'ihn stutzt']),
    ...cross(['nichts halt', 'nichts stutzt', 'nichts tragt'], ['die', 'den', 'das', 'sie', 'ihn', 'es']),
    ...cross(['von nichts'], ['gehalten', 'getragen', 'gestutzt']),
    ...cross(
      ['halb im', 'halb in der', 'halb in den', 'zur halfte im', 'zur halfte in der'],
      ['tisch', 'boden', 'wand', 'mauer', 'stuhl', 'decke'],
    ),
  ],
  vanish: [
    ...cross(
      ['verdoppelt', 'verdoppeln', 'verdoppelte', 'vervielfacht', 'vervielfachen', 'spaltet', 'spalten', 'vermehrt', 'vermehren'],
      ['sich'],
    ),
    ...cross(['teilt sich', 'teilen sich', 'spaltet sich', 'spalten sich'], ['in zwei']),
    'grosser und kleiner',
    'kleiner und grosser',
  ],
  deform: [
    ...cross(
      ['biegt sich', 'biegen sich', 'verbiegt sich', 'wackelt', 'wackeln', 'dehnt sich', 'bewegt sich', 'verhalt sich', 'schwabbelt'],
      ['wie gummi', 'wie gelee', 'wie wackelpudding', 'wie knete', 'wie pudding'],
    ),
  ],
  law: ['aufprall', 'einschlag', 'spritzer', 'explosion', 'explosionen'],
  effect: [
    ...cross(['bleibt', 'bleiben'], ['voll', 'immer voll']),
    ...cross(['wird', 'werden'], ['nicht leer', 'nie leer', 'nicht voll', 'nie voll']),
    ...cross(['fullt sich', 'fullen sich'], ['von selbst', 'wieder auf']),
    ...cross(
      ['hinterlasst keine', 'hinterlassen keine', 'ohne'],
      ['spuren', 'fussspuren', 'fussabdrucke', 'bissspuren', 'abdrucke', 'wellen'],
    ),
    'keine bissspuren',
    'keine fussspuren',
    ...cross(['hat kein', 'haben kein', 'hat keine', 'haben keine', 'ohne'], ['gewicht', 'tragheit', 'schwung']),
    ...cross(['setzt sich', 'setzen sich', 'fugt sich', 'fugen sich'], ['wieder zusammen']),
  ],
  ignore: [],
};

export const IMPOSSIBLE: Readonly<Record<Lang, Impossible>> = { en: EN, de: DE, fr: FR, es: ES, pt: PT, ja: JA };
