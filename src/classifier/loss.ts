/**
 * Stability said to be lost: "loss of character consistency", "the consistency gets lost", "Verlust der Konsistenz",
 * "die Figur verliert an Konsistenz", "perte de cohérence", "pérdida de consistencia", "perda de consistência",
 * "一貫性が失われる". Like "lack of consistency" (a count word before the steady word, clauses.ts), the steady word is
 * then a change: said of a character it is identity, of the physics physics. Before, only the English verb "loses"
 * was read (as a change of the thing), so the noun and the other languages named nothing (public tuning split:
 * "exposure and contrast increasing ... as well as loss of character consistency", color and identity).
 * Folded text: lowercase, no accents, katakana as hiragana.
 */
import type { Hit } from './matcher.ts';

/** The loss word, then at most an article or one word (the thing whose consistency it is), then the steady word. */
const BEFORE = new RegExp(
  String.raw`\b((?:verlier\w* (?:[^\s,.;:!?]+ ){0,3}an|loss of|losing|lose|loses|lost|verlust (?:der|des|an|von)|verliert(?: an)?|verlieren(?: an)?|` +
    String.raw`perte (?:de|d')|perd(?:ent)?(?: (?:sa|son|leur|la|de))?|perdida (?:de|del)|pierden?(?: (?:la|su))?|` +
    String.raw`perda (?:de|da|do)|perdem?(?: (?:a|sua|o))?|perdeu(?: (?:a|sua))?|perdio(?: (?:la|su))?))\s+(?:\S+\s+)?$`,
);
/** After the steady word, at most three words on ("of the character"): "is lost", "gets lost", "geht verloren", "se perd", "se pierde", "se perde", "est perdue". */
const AFTER =
  /^\s+(?:(?!(?:but|aber|mais|pero|mas)\s)[^\s,.;:!?]+\s+){0,3}(is lost|gets lost|was lost|got lost|is gone|geht verloren|ging verloren|verloren|se perd\w*|est perdue?|se pierde|se perdio|se perde|se perdeu|e perdida|foi perdida)\b/;
/** Japanese: the steady word, a suffix and a particle, then the loss (失われる, 失って, なくなる). */
const JA_AFTER = /^(?:性|感)?(?:が|は|も)?(?:失われ|失っ|失う|なくな)/;

/**
 * Stability said to decline is lost too: "face consistency got worse", "the face is less consistent now", "die
 * Konsistenz ist schlechter geworden", "la cohérence s'est dégradée", "la consistencia empeoró", "a consistência piorou",
 * "一貫性が悪化した". Only the words for consistency and stability ("less the same" is no English); said to improve
 * ("more consistent", "改善された") they stay fine.
 */
const DECLINING = /^(?:consisten\w*|coheren\w*|stab\w*|continuity|konsisten\w*|koharen\w*|estab\w*|一貫|統一|整合|安定)$/;
const LESS = /\b(less|weniger|moins|menos)\s+$/;
const WORSE = new RegExp(
  // Not across "and" or "but": "the face is consistent and the hands got worse" says the hands declined.
  String.raw`^\s+(?:(?!(?:but|aber|mais|pero|mas|and|und|et|y|e|while|wahrend|tandis|mientras|enquanto)\s)[^\s,.;:!?]+\s+){0,4}?(` +
    [
      '(?:got|gotten|gets|getting|became|becomes|is|was|has gotten|has become) (?:much |a lot |way |even )?worse',
      // Not "dropped" or "declined": "Stable Diffusion dropped the face quality" drops something else.
      'worsened|worsens|degraded|deteriorated|deteriorates',
      'schlechter|verschlechtert\\w*|nachgelassen|lasst nach',
      "s'est degradee?|s'est deterioree?|degradee?|pire|a empire|s'est empiree?",
      'empeoro|ha empeorado|empeora|peor|se deterioro|se ha deteriorado',
      'piorou|piora|pior|se deteriorou|deteriorou',
    ].join('|') +
    String.raw`)\b`,
);
const JA_WORSE = /^(?:性|感)?(?:が|は|も)?(?:悪化|悪くな|低下|落ち|下が|ひどくな)/;

/** "Stable Diffusion", "Stable Video Diffusion": a product's name, no steadiness. */
const PRODUCT = /^\s(?:video\s)?diffusion\b/;

function declineSaid(folded: string, h: Hit): Hit | undefined {
  if (!DECLINING.test(folded.slice(h.start, h.end)) || PRODUCT.test(folded.slice(h.end, h.end + 16))) return undefined;
  if (h.cjk) {
    const m = JA_WORSE.exec(folded.slice(h.end));
    return m ? { ...h, role: { kind: 'neg' }, start: h.end, end: h.end + m[0].length } : undefined;
  }
  const head = folded.slice(Math.max(0, h.start - 12), h.start);
  const b = LESS.exec(head);
  if (b)
    return { ...h, role: { kind: 'neg' }, start: h.start - head.length + b.index, end: h.start - head.length + b.index + b[1]!.length };
  const a = WORSE.exec(folded.slice(h.end));
  return a ? { ...h, role: { kind: 'neg' }, start: h.end + a[0].length - a[1]!.length, end: h.end + a[0].length } : undefined;
}

/** A hit standing for the loss word beside the steady word `h`, if stability is said to be lost. */
export function lossSaid(folded: string, h: Hit): Hit | undefined {
  const declined = declineSaid(folded, h);
  if (declined) return declined;
  if (h.cjk) {
    const m = JA_AFTER.exec(folded.slice(h.end));
    return m ? { ...h, role: { kind: 'neg' }, start: h.end, end: h.end + m[0].length } : undefined;
  }
  const head = folded.slice(Math.max(0, h.start - 40), h.start);
  const b = BEFORE.exec(head);
  // The hit covers the loss word only: a word between ("loss of character consistency") keeps its own reading.
  if (b) {
    const from = h.start - head.length + b.index;
    return { ...h, role: { kind: 'neg' }, start: from, end: from + b[1]!.length };
  }
  const a = AFTER.exec(folded.slice(h.end));
  // Again the loss words only: "the consistency of the character is lost" keeps the character.
  return a ? { ...h, role: { kind: 'neg' }, start: h.end + a[0].length - a[1]!.length, end: h.end + a[0].length } : undefined;
}
