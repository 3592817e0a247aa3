/**
 * A change the person makes is no defect: "do I need to change the model?", "I had to change the settings", "should
 * I change the colour grading?", "muss ich das Modell ändern?", "je dois changer le prompt", "tengo que cambiar el
 * modelo", "preciso mudar as configurações". The verb's subject is the person (I, we, you), or it is an infinitive
 * after a verb of needing, wanting, trying or knowing how; the change cue then says what the person did or means
 * to do, not what the video did ("the colours change" stays a complaint). Found in the public tuning split: a
 * moderation question ending "do I need to change the model?" read as colour, from "filter" and "change"; the
 * family is every such construction in the six languages. Folded text: lowercase, no accents.
 */
import type { Lang } from './lang.ts';
import type { Hit } from './matcher.ts';
import { anyOf } from './word-regex.ts';

/** The change verbs of the lexicons' change cues, at the start of the cue's words. */
// German participles too (s13): "ich habe den Text geändert", "verändert", "gewechselt", "ausgetauscht".
const CHANGE =
  /^(?:chang|switch|swap|alter|modif|ander|wechsel|austausch|tausch|cambi|mud|troc|ge(?:ander|wechselt|tauscht)|verander|ausgetauscht)/;

/** Words that may stand between the person and the verb: auxiliaries, modals, adverbs, "to", a negation. */
const AUX_WORDS = [
  'just|then|also|even|already|manually|always|still|really|maybe|probably|simply',
  'could|can|should|would|will|might|must|shall|to|have|had|has|need|needed|needs|want|wanted',
  "tried|try|trying|decided|did|didn't|do|don't|not|never|be|going|able|i'll|i'd|i've",
].join('|');
const AUX = String.raw`(?:(?:${AUX_WORDS})\s+){0,4}`;

/**
 * Per language, as the same short words mean other things across them (German "will" is English "will", German "du"
 * is French "du"): a description of an undetected language is read with the English patterns only.
 */
const AGENT: Readonly<Partial<Record<Lang, RegExp>>> = {
  // "I (had to | tried to | just) change", "we changed", "you can change", "should I change", "do I need to change".
  en: anyOf([
    String.raw`\b(?:i|we|you|u)\s+${AUX}$`,
    String.raw`\b(?:how|way|ways|option|options|possible|need|needs|needed|want|wanted|try|tried|trying|able|decided|let me|let's|lets)\s+(?:to\s+)?$`,
  ]),
  // German: the person in the clause and the verb an infinitive or a participle at its end, not reflexive ("sich").
  de: anyOf([
    String.raw`\b(?:ich|wir|du|man)\b(?![^.!?;,]*\bsich\b)[^.!?;,]{0,50}?(?:\bzu\s+)?$`,
    String.raw`\b(?:muss|musste|soll|sollte|will|wollte|kann|konnte|habe|hatte)\s+(?:ich\s+)?(?:\w+\s+){0,3}?$`,
  ]),
  // French, Spanish, Portuguese: a modal or a verb of trying before the infinitive, or the person before it.
  fr: anyOf([
    // "J'ai changé": the elided "j'" has no space after it (s13).
    String.raw`(?:\b(?:je|nous|tu|vous)\s+|\bj')(?:(?:dois|doit|devrais|veux|voulais|peux|pourrais|vais|ai|avons|essaie|essaye|ne|n'ai|pas|faut)\s+)*(?:de\s+)?$`,
    String.raw`\b(?:faut-il|faudrait-il|faut|fallait|comment|besoin de|essaye de|essayer de|tente de)\s+(?:\w+\s+)?$`,
  ]),
  es: anyOf([
    String.raw`\b(?:tengo que|tuve que|tendria que|debo|deberia|quiero|quise|intente|intento|puedo|podria|hay que|necesito|voy a|como)\s+$`,
  ]),
  pt: anyOf([
    String.raw`\b(?:tenho que|tive que|teria que|preciso|precisei|devo|deveria|quero|quis|tentei|tento|posso|poderia|vou|como)\s+(?:de\s+)?$`,
  ]),
};

/** A verb form that is the person's by itself: "j'ai changé" is caught above; "cambié", "mudei", "troquei" are first person. */
const FIRST_PERSON = /^(?:cambie|mudei|troquei|alterei|modifiquei)\b/;

/** `hits` without change cues whose subject is the person. */
export function agentChangeDropped(folded: string, hits: Hit[], lang: Lang | undefined): Hit[] {
  const agent = AGENT[lang ?? 'en'];
  if (!agent) return hits;
  return hits.filter((h) => {
    if (h.role.kind !== 'cue' || h.cjk) return true;
    const words = folded.slice(h.start, h.end);
    if (!CHANGE.test(words)) return true;
    if ((lang === 'es' || lang === 'pt') && FIRST_PERSON.test(words)) return false;
    const before =
      folded
        .slice(Math.max(0, h.start - 60), h.start)
        .split(/[.!?;:\n]/)
        .pop() ?? '';
    return !agent.test(before);
  });
}
