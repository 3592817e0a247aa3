/**
 * A thing the generation could not get right: "it could not get the letters and numbers correct", "it never gets her
 * face right", "Veo couldn't spell the name properly", "não conseguiu escrever o texto corretamente", "文字を正しく
 * 書けなかった". The failure is said as an inability, with the thing between the verb and "right", so no defect word
 * stands beside the thing and the word lists paired nothing (German, French and Spanish say it with "nicht richtig",
 * "correctement", "bien", which they read). The mode is the thing's: letters are text, a face is anatomy, a colour is
 * colour, as the clause reader would pair it.
 * A generic subject ("AI still can't get hands right", "models never get text right") is left alone: whether a
 * statement about AI in general is a complaint is an open call of the label conventions.
 * Folded text: lowercase, no accents, katakana as hiragana.
 */
import type { QualityModeId } from '../modes/types.ts';
import type { AnchorClass } from './lexicon/types.ts';
import type { Hit } from './matcher.ts';
import { eachMatch } from './each-match.ts';
import { anyOf } from './word-regex.ts';
import { saidAsComplaint } from './span-scope.ts';
import { saidHit, type Vote, vote } from './votes.ts';

const EN_CANNOT = String.raw`(?:could ?n[o']?t|couldnt|can'?t|can not|cannot|would ?n[o']?t|wouldnt|won'?t|does ?n[o']?t|doesnt|did ?n[o']?t|didnt|never|failed to|fails to|unable to)`;
const EN_VERB = String.raw`(?:get|gets|make|render|draw|spell|write|generate)`;
const EN_RIGHT = String.raw`(?:right|correct|correctly|properly|accurately)`;
const PT_VERB = String.raw`(?:acertar|escrever|desenhar|fazer|gerar|renderizar)`;

const CANNOT = anyOf(
  [
    String.raw`\b${EN_CANNOT}\s+(?:\w+\s+)?${EN_VERB}\s+(?:[\w']+\s+){1,5}?${EN_RIGHT}\b`,
    String.raw`\bnao\s+(?:conseg\w*|foi capaz de|sabe)\s+${PT_VERB}\s+(?:[\w']+\s+){1,5}?(?:corretamente|direito|certo|bem)\b`,
    // Japanese: the thing, then を/が and a verb of drawing or writing said right, in its negative (文字を正しく書けない).
    '(?:を|が)(?:正しく|ちゃんと|きちんと|うまく|上手く|正確に)(?:書け|描け|生成でき|表示でき|作れ|再現でき)(?:な|ませ)',
  ],
  'g',
);
const GATE = /right|correct|properly|accurately|corretamente|direito|certo|\bbem\b|正しく|ちゃんと|きちんと|うまく|上手く|正確に/;

/** AI or models in general as the subject, just before: the open call of a generic statement. */
const GENERIC = /\b(?:ai|a\.i\.|ais|models|video models|generators|ki|ia|ias)\s+(?:\w+\s+){0,2}$/;
/** The person as the subject ("I couldn't get the prompt right"): their own settings or skill, not the output's fault. */
const OWN = /\b(?:i|we)\s+(?:\w+\s+)?$/;

const MODE: Partial<Record<AnchorClass, QualityModeId>> = {
  body: 'anatomy',
  face: 'anatomy',
  feature: 'anatomy',
  text: 'text',
  color: 'color',
  hue: 'color',
  self: 'identity',
  look: 'identity',
  being: 'identity',
};
const STOP = /[.!?;。！？]/;

/** Each inability votes the mode of the thing it names (inside it, or right before it in Japanese). */
export function getRightVotes(votes: Map<QualityModeId, Vote>, folded: string, hits: readonly Hit[], off: readonly Hit[]): void {
  if (!GATE.test(folded)) return;
  for (const m of eachMatch(folded, CANNOT)) {
    const end = m.index + m[0].length;
    const before = folded.slice(Math.max(0, m.index - 40), m.index);
    if (GENERIC.test(before) || OWN.test(before)) continue;
    const ja = m[0].startsWith('を') || m[0].startsWith('が');
    const thing = hits.find(
      (h) =>
        h.role.kind === 'anchor' &&
        MODE[h.role.cls] !== undefined &&
        (ja ? h.end <= m.index && m.index - h.end <= 2 : h.start >= m.index && h.end <= end && !STOP.test(folded.slice(m.index, h.start))),
    );
    if (!thing || thing.role.kind !== 'anchor') continue;
    const mode = MODE[thing.role.cls]!;
    // Japanese ends on its negator ("書けなかった"): the span takes it whole, as a construction holding its own negator.
    const neg = hits.find((h) => h.role.kind === 'neg' && h.start >= m.index && h.start < end);
    const said = { start: Math.min(thing.start, m.index), end: Math.max(end, neg?.end ?? end) };
    if (saidAsComplaint(folded, said, hits, off)) vote(votes, mode, 0.85, [saidHit(mode, said.start, said.end)]);
  }
}
