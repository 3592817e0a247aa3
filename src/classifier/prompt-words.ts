/**
 * A refusal said to be for words: "activaba salvaguardas por palabras como 'sin camiseta'" (public tuning split,
 * `moderation_input`, answered with the general kind), "it got flagged because of the word 'blood'", "wegen des Wortes
 * 'Kuss' blockiert", "bloqué à cause du mot 'sang'", "bloqueado por la palabra", "bloqueado pela palavra", "「血」という
 * 単語で弾かれた". Words are what a person types: a refusal for them is the prompt refused, the input side, whatever
 * verb of refusing is used ("blocked", "flagged", "salvaguardas", "censuré").
 */
import type { Hit } from './matcher.ts';

const ARTICLE = String.raw`(?:(?:the|a|an|some|certain|specific|one|des?|du|le|la|les|un|une|certains|certaines|el|los|las|unas?|o|os|as|um|uma|algumas?|ciertas?|dem|den|der|des|einem|einzelnen|bestimmten?)\s)?`;
const WORDS = String.raw`(?:words?|terms?|phrases?|keywords?|wort|wortes|worter|wortern|begriffe?n?|mots?|termes?|palabras?|terminos?|palavras?|termos?|expressions?|expresiones|expressoes)\b`;
/** After the refusal: for, because of, over words ("por palabras como", "à cause du mot", "wegen des Wortes"). */
const FOR_WORDS = new RegExp(
  String.raw`^\s(?:[^\s.!?;]+\s)?(?:because\sof|for|over|due\sto|on|by|wegen|aufgrund|a\scause\sd[eu]s?|a\scause\sde\sla|pour|par|en\sraison\sd[eu]s?|por\scausa\sd[eoa]s?|por|pel[oa]s?|a\scausa\sde|debido\sa|devido\sa)\s${ARTICLE}${WORDS}`,
);
/** The cause said first, as German and the others may ("wegen des Wortes 'Kuss' blockiert"), in the same sentence. */
const WORDS_BEFORE = new RegExp(
  String.raw`(?:because\sof|wegen|aufgrund|a\scause\sd[eu]s?|por\scausa\sd[eoa]s?|por|pel[oa]s?|a\scausa\sde|debido\sa|devido\sa)\s${ARTICLE}${WORDS}[^.!?;]{0,30}$`,
);
/** French "bloquée" is stuck as often as refused: said for a word, it is refused. */
const BLOCKED = /^(?:bloquee?s?|bloquead[oa]s?)\b/;

/** Before it, the word named as the cause ("この単語で弾かれた", "ワードが原因でブロック"); folded, katakana as hiragana. */
const JA_BY_WORD = /(?:単語|言葉|わーど)(?:が原因で|のせいで|で)$/;

/** Whether a moderation hit is said to be for words of the prompt. */
export function forPromptWords(folded: string, h: Hit): boolean {
  if (h.role.kind !== 'hard') return false;
  if (h.role.key !== 'moderation' && !(h.role.key === 'stuck' && BLOCKED.test(folded.slice(h.start, h.end)))) return false;
  if (h.cjk) return JA_BY_WORD.test(folded.slice(Math.max(0, h.start - 8), h.start));
  const end = h.role.key === 'stuck' ? h.start + BLOCKED.exec(folded.slice(h.start, h.end))![0].length : h.end;
  return FOR_WORDS.test(folded.slice(end, end + 60)) || WORDS_BEFORE.test(folded.slice(Math.max(0, h.start - 60), h.start));
}
