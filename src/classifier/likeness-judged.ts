/**
 * A likeness judged poor: "the face resemblance is not great", "the likeness is weak", "little resemblance to my
 * photo", "die Ähnlichkeit ist gering", "la ressemblance est faible", "el parecido es malo", "a semelhança é fraca",
 * "類似度が低い". The label conventions make a face unlike its input or reference `identity` [batch 7, 8, 10];
 * likeness.ts reads it said with a verb ("doesn't look like the source"), this the noun with a verdict. The noun
 * names no defect and the verdict no part, so the word lists paired nothing. Only a verdict that says the likeness
 * falls short counts ("the likeness is not bad" and "striking resemblance" are none), and a disclaimer ("no
 * resemblance to any real person") is no complaint. Folded text: lowercase, no accents, katakana as hiragana.
 */
import type { QualityModeId } from '../modes/types.ts';
import type { Hit } from './matcher.ts';
import { eachMatch } from './each-match.ts';
import { anyOf } from './word-regex.ts';
import { saidAsComplaint } from './span-scope.ts';
import { saidHit, type Vote, vote } from './votes.ts';

const EN_NOUN = String.raw`(?:(?:face|facial|character|identity) )?(?:resemblance|likeness|similarity|fidelity|identity preservation)`;
const EN_POOR = String.raw`(?:poor|weak|low|bad|terrible|awful|lacking|off|mediocre|so-so|meh|not (?:great|good|there|close|very good|that good|so+ much|that much|very much))`;
const EN_LITTLE = String.raw`(?:little|no|not much(?: of a)?|barely any|hardly any|zero|poor|weak|low|bad)`;
const DE_POOR = String.raw`(?:schlecht|gering|schwach|mies|mau|nicht (?:gut|gegeben|da|vorhanden)|kaum (?:gegeben|vorhanden|da))`;
const FR_POOR = String.raw`(?:faible|mauvaise|mediocre|approximative|pas (?:terrible|bonne|top|la))`;
const ES_POOR = String.raw`(?:mal[oa]?|baj[oa]|pobre|floj[oa]|escas[oa]|no es buen[oa])`;
const PT_POOR = String.raw`(?:fraca|ruim|baixa|pessima|pobre|nao e boa)`;
/** A disclaimer of likeness to real people is boilerplate, not a verdict on this run. */
const NOT_REAL = String.raw`(?!\s+(?:to|with|avec|con|com|mit)\s+(?:any |real |actual |des |personas |pessoas )?(?:real|actual|existing|living|personnes|reales|reais|echten))`;
const LEAD = String.raw`(?:very |really |pretty |quite |rather |so |too |sehr |ziemlich |eher |leider |tres |assez |plutot |muy |bastante |muito |bem )?`;

const JUDGED = anyOf(
  [
    String.raw`\b${EN_NOUN}(?: (?:to|with) (?:the |my |his |her )?\w+)?\s+(?:is|was|are|were|seems?|looks?|feels?)\s+${LEAD}${EN_POOR}\b`,
    String.raw`\b${EN_LITTLE}\s+(?:face |facial )?(?:resemblance|likeness|similarity)\b${NOT_REAL}`,
    String.raw`\b(?:gesichts)?ahnlichkeit\s+(?:\w+\s+){0,2}?(?:ist|war|bleibt)\s+${LEAD}${DE_POOR}\b`,
    String.raw`\b(?:kaum|keine|wenig|geringe|schlechte|schwache)\s+ahnlichkeit\b${NOT_REAL}`,
    String.raw`\bressemblance\s+(?:\w+\s+){0,2}?(?:est|etait|reste)\s+${LEAD}${FR_POOR}\b`,
    String.raw`\b(?:peu|pas|aucune|faible|mauvaise)\s+(?:de\s+)?ressemblance\b${NOT_REAL}`,
    String.raw`\b(?:parecido|semejanza|similitud)\s+(?:\w+\s+){0,2}?(?:es|era|fue|queda)\s+${LEAD}${ES_POOR}\b`,
    String.raw`\b(?:poco|poca|ningun|ninguna|escaso|escasa)\s+(?:parecido|semejanza|similitud)\b${NOT_REAL}`,
    String.raw`\b(?:semelhanca|parecenca|similaridade)\s+(?:\w+\s+){0,2}?(?:e|era|foi|fica|ficou)\s+${LEAD}${PT_POOR}\b`,
    String.raw`\b(?:pouca|nenhuma|baixa|fraca)\s+(?:semelhanca|parecenca|similaridade)\b${NOT_REAL}`,
    '(?:類似度|再現度|似具合|似せ具合)(?:が|は)(?:かなり|すごく|ちょっと|少し|やや)?(?:低|悪|いまいち)',
  ],
  'g',
);

/** A stem every construction holds: most descriptions name no likeness and pay one plain scan. */
const GATE =
  /resembl|likeness|similarit|fidelity|identity pres|ahnlichkeit|ressemblance|parecid|semejanza|similitud|semelhanca|parecenca|類似度|再現度|似具合|似せ具合/;

/** The poor likenesses in a folded description, as spans. */
export function judgedLikenessSpans(folded: string): { start: number; end: number }[] {
  if (!GATE.test(folded)) return [];
  return eachMatch(folded, JUDGED).map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** A poor likeness counts when said as a complaint (span-scope.ts): "I want more likeness" or "if the likeness is low" are none. */
export function judgedLikenessVotes(votes: Map<QualityModeId, Vote>, folded: string, hits: readonly Hit[], off: readonly Hit[]): void {
  for (const e of judgedLikenessSpans(folded)) {
    if (saidAsComplaint(folded, e, hits, off)) vote(votes, 'identity', 0.85, [saidHit('identity', e.start, e.end)]);
  }
}
