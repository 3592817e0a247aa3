/**
 * What the person wants, not what came out: "I want the hands to melt, it's a surreal clip", "I wanted the ball to
 * disappear", "ich möchte, dass das Video dunkler wird", "je voudrais que les couleurs changent", "quiero que la
 * pelota desaparezca", "quero que a bola suma", "ボールが消えるようにしたい". The complement of a verb of wanting
 * is a request, so its clauses say no defect, up to the end of the sentence or a "but" that turns to the result
 * ("I wanted the face to stay, but it changes" still complains). Left as they are:
 * - a want that reports ("I want to report that the hands melted", "je veux signaler que ..."): the report is the
 *   complaint;
 * - a complement holding a negation or "without" ("I wanted a smooth clip without random limbs", "I don't want the
 *   face to change"): what is not wanted is what came out;
 * - "wish", whose complement is usually counterfactual ("I wish the hands didn't melt");
 * - a want of the past that was not met is still none here: "I wanted the ball to disappear" says nothing of what
 *   came out (the prompt not followed is `vague` by the label conventions).
 * Folded text: lowercase, no accents, katakana as hiragana.
 */
import type { Clause } from './clauses.ts';
import { eachMatch } from './each-match.ts';
import { anyOf } from './word-regex.ts';
import { clausesOff } from './scope.ts';

const WANT = anyOf(
  [
    String.raw`\b(?:i|we) (?:really |just |only )?(?:want|wanted|would like|'d like|was hoping for|am hoping for|asked for|prompted for)\b`,
    String.raw`\b(?:ich|wir) (?:will|wollte|wollten|mochte|mochten|hatte gern|hatte gerne|wunsche mir|wunschen uns)\b`,
    String.raw`\b(?:je|nous) (?:veux|voulais|voudrais|voulons|souhaite|souhaitais|aimerais)\b`,
    String.raw`\b(?:yo )?(?:quiero|queria|quisiera|me gustaria|queremos)\b`,
    String.raw`\b(?:eu )?(?:quero|queria|gostaria|queremos)\b`,
    // The prompt as the one who asks ("the prompt asks for a strobing effect", "der Prompt verlangt ..."): a request.
    String.raw`\b(?:the |my )?prompt (?:asks|asked|calls|called|requests|requested) for\b|\b(?:der|mein) prompt (?:verlangt|fordert)\b`,
    String.raw`\b(?:le|mon) prompt demande\b|\b(?:el|mi) prompt pide\b|\b(?:o|meu) prompt pede\b`,
  ],
  'g',
);
/** The want reports or asks instead ("I want to know why", "je veux signaler"): the rest is the complaint. */
const REPORTS = new RegExp(
  String.raw`^\s*(?:to |,?\s*)?(?:report|say|tell|know|ask|complain|mention|share|show|point out|understand|claim|note|add|` +
    String.raw`clarify|explain|fix|solve|avoid|prevent|stop|get rid|remove|wissen|melden|sagen|fragen|beheben|vermeiden|` +
    String.raw`signaler|savoir|dire|demander|corriger|eviter|saber|reportar|decir|preguntar|arreglar|evitar|relatar|dizer|` +
    String.raw`perguntar|corrigir|a refund|my (?:credits|money))\b`,
);
/** A negation or "without" in the complement: what is not wanted is what came out. */
const DENIED = /\b(?:not|n't|no|never|without|nicht|kein\w*|ohne|pas|sans|sin|sem|nao|nunca)\b/;
/**
 * Where the complement ends: a sentence, a turn to what came out, or "and" with a new subject that is no second
 * thing wanted ("I asked for real hands and the hands melted"; not "... and the face to stay").
 */
const END =
  /[.!?;。！？\n]|\b(?:but|however|although|though|yet|instead|because|aber|doch|jedoch|weil|mais|parce que|pero|sin embargo|porque|mas|porem)\b|\band (?:then |instead )?(?:the|my|his|her|its|their|it|they|he|she|this|that|all)\b(?![^.!?;,]{0,30}\bto\b)/;
/**
 * Japanese puts the want last: the clause before 〜ようにしたい or 〜させたい in its sentence is what is wanted. Not
 * 〜てほしい: asked of the service it is a request to mend ("手の崩れを改善してほしい"), the defect being there.
 */
const WANT_JA = /ように(?:し)?たい|させたい/g;
const NEGATED_JA = /(?:ない|なく|ず)(?:ように|で)/;

/** A stem every want above holds: most descriptions have none and pay one plain scan. */
const GATE =
  /want|like|hoping|asked for|prompt|will|wollte|mochte|hatte gern|wunsch|veux|voul|voud|souhait|aimerais|quier|quer|quisiera|gustaria|gostaria|たい/;

/** Turns off (negatedFrom = -1) the clauses inside the complement of a verb of wanting. */
export function wishedOff(folded: string, cls: Clause[]): void {
  if (!GATE.test(folded)) return;
  for (const m of eachMatch(folded, WANT)) {
    const from = m.index + m[0].length;
    const rest = folded.slice(from);
    if (REPORTS.test(rest)) continue;
    const cut = rest.search(END);
    const to = from + (cut < 0 ? rest.length : cut);
    if (DENIED.test(folded.slice(from, to))) continue;
    clausesOff(cls, from, to);
  }
  for (const m of eachMatch(folded, WANT_JA)) {
    const head = folded.slice(0, m.index);
    const from = Math.max(head.search(/[^。！？\n]*$/), head.lastIndexOf('けど') + 1, head.lastIndexOf('のに') + 1);
    if (NEGATED_JA.test(folded.slice(from, m.index + m[0].length))) continue;
    clausesOff(cls, from, m.index + m[0].length);
  }
}
