/**
 * A prompt not followed: "the AI totally ignored my written instructions", "hält sich nicht an den Prompt", "ne suit
 * pas le prompt", "no sigue el prompt", "não segue o prompt", "プロンプトを無視". The label conventions file a prompt,
 * camera move or input image not followed as vague (batch 9, batch 10), so beside it the small model, which learnt
 * the words of what was asked for ("moving the branches") as complaints, is not asked (vague round, s12). What the
 * rules read stays: "it ignored the prompt and the hands melt" is still anatomy.
 * Folded text: lowercase, no accents, katakana as hiragana.
 */
import { eachMatch } from './each-match.ts';
import { anyOf } from './word-regex.ts';

/** What the person asked with. */
const ASKED = anyOf([
  String.raw`\b(?:prompts?|instructions?|anweisung\w*|vorgabe\w*|consignes?|instrucc\w*|instruc(?:ao|oes)|pedido|solicitud)\b`,
  '指示|ぷろんぷと',
]);
/** Not followed. */
const IGNORED = anyOf([
  String.raw`\b(?:ignor\w*|disregard\w*|(?:didn'?t|did not|doesn'?t|does not|don'?t|won'?t|not|never|fails? to|failed to) (?:\w+ )?follow\w*)\b`,
  String.raw`\b(?:missacht\w*|nicht befolgt|befolgt\w* \w+ \w+ nicht|halt sich nicht|hielt sich nicht|folgt\w* \w+ \w+ nicht|nicht gefolgt)\b`,
  String.raw`\b(?:ne (?:suit|respecte|suivait|respectait) pas|n'a pas (?:suivi|respecte))\b`,
  String.raw`\b(?:no (?:sigue|siguio|respeta|respeto|hace caso)|nao (?:segue|seguiu|respeita|respeitou|obedece))\b`,
  '無視|従わな|従って(?:い)?な|守らな|守って(?:い)?な',
]);
const SENTENCE = /[^.!?;。！？\n]+/g;

/** Whether a sentence says the prompt or the instructions were not followed. */
export function promptIgnored(folded: string): boolean {
  for (const m of eachMatch(folded, SENTENCE)) if (ASKED.test(m[0]) && IGNORED.test(m[0])) return true;
  return false;
}
