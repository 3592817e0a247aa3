/**
 * A body's colour gone wrong, said of the skin or a part of it: "the lips came out far too red", "her skin looks grey",
 * "the arms look bluish compared to the original", "die Haut wirkt grau und fahl", "les lèvres sont beaucoup trop
 * rouges", "la piel se ve verdosa", "a pele ficou vermelha demais", "唇が赤すぎる". The label conventions file a skin
 * tone that does not match, a pale or dark cast and a tint as `color` [batch 7, batch 10]; the word lists read "lips"
 * as anatomy and "red" as a hue with no change, so they placed nothing, or anatomy.
 * Skin has every colour a person can have, so a colour alone is no defect ("her skin is dark", "red lips"): it takes
 * a degree ("too", "unnaturally"), a comparison with the source ("paler than the original"), or a colour no living
 * skin has (grey, green, blue, purple, ashen) said as how it looks or came out. Eyes and hair are left out: an eye or
 * hair colour that changes is the person changing (identity, batch 7-10). Folded text: lowercase, no accents,
 * katakana as hiragana.
 */
import type { QualityModeId } from '../modes/types.ts';
import type { Hit } from './matcher.ts';
import { eachMatch } from './each-match.ts';
import { anyOf } from './word-regex.ts';
import { saidAsComplaint } from './span-scope.ts';
import { saidHit, type Vote, vote } from './votes.ts';

const EN_PART = String.raw`(?:skin(?: ?tones?| colou?r)?|complexion|lips|face|faces|cheeks|arms|hands|legs|neck|bod(?:y|ies))`;
const EN_SEEM = String.raw`(?:looks?|looked|looking|seems?|seemed|appears?|appeared|came out|comes? out|turned out|ended up|got|gets)`;
const EN_BE = String.raw`(?:is|are|was|were|'s|'re|${EN_SEEM})`;
const EN_DEGREE = String.raw`(?:(?:way |far |much |a bit |a little |slightly )?too(?: much)?|overly|unnaturally|weirdly|strangely|oddly|sickly|abnormally)`;
const EN_HUE = String.raw`(?:red|pink|orange|yellow|green|blue|gr[ae]y|purple|pale|dark|white|saturated|washed out)(?:ish|dish)?`;
const EN_ODD = String.raw`(?:gr[ae]y|green|blue|purple|ashen)(?:ish)?`;
const EN_SOURCE = String.raw`(?:the |my )?(?:original|input|reference|source|photo|picture|image|footage)`;
const EN_MORE = String.raw`(?:paler|darker|redder|pinker|greyer|grayer|yellower|more (?:orange|red|yellow|pink|gr[ae]y|saturated))`;

const DE_PART = String.raw`(?:haut(?:farbe|ton|tone)?|teint|lippen|gesicht|gesichter|wangen|arme|hande|beine|hals|korper)`;
const DE_BE = String.raw`(?:ist|sind|war|waren|wirkt|wirken|wirkte|wirkten|sieht|sehen|sah|erscheint|erscheinen|wurde|wurden)`;
const DE_DEGREE = String.raw`(?:(?:viel |etwas |deutlich )?zu|unnaturlich|seltsam|komisch|merkwurdig|krankhaft)`;
const DE_HUE = String.raw`(?:rot|rotlich|rosa|pink|orange|gelb|gelblich|grun|grunlich|blau|blaulich|grau|graulich|blass|bleich|fahl|lila|dunkel|gesattigt)`;
const DE_ODD = String.raw`(?:grau|graulich|grun|grunlich|blau|blaulich|lila|aschfahl|fahl)`;

const FR_PART = String.raw`(?:peau|teint|carnation|levres|visages?|joues|bras|mains|jambes|cou|corps)`;
const FR_BE = String.raw`(?:est|sont|etait|etaient|semble|semblent|parait|paraissent|ressort|ressortent|a l'air|ont l'air)`;
const FR_DEGREE = String.raw`(?:(?:beaucoup |bien |un peu )?trop|bizarrement|anormalement|etrangement)`;
const FR_HUE = String.raw`(?:rouges?|roses?|orange|jaunes?|jaunatres?|verte?s?|verdatres?|bleue?s?|bleuatres?|gris|grises?|grisatres?|pales?|blafarde?s?|livides?|violette?s?|foncee?s?|saturee?s?)`;
const FR_ODD = String.raw`(?:verte?s?|verdatres?|bleue?s?|bleuatres?|gris|grises?|grisatres?|blafarde?s?|livides?|violette?s?)`;

const ES_PART = String.raw`(?:piel|tono de (?:la )?piel|tez|labios|caras?|rostros?|mejillas|brazos|manos|piernas|cuello|cuerpo)`;
const ES_BE = String.raw`(?:esta|estan|estaba|se ve|se ven|se veia|parece|parecen|sale|salen|salio|queda|quedan|quedo|luce|lucen)`;
const ES_DEGREE = String.raw`(?:demasiado|muy|raramente|extranamente|exageradamente)`;
const ES_HUE = String.raw`(?:roj|rojiz|rosad|anaranjad|amarill|amarillent|verdos|azulad|grisace|palid|morad|oscur)[oa]s?|naranja|verdes?|azul(?:es)?|gris(?:es)?|saturad[oa]s?`;
const ES_ODD = String.raw`(?:(?:verdos|azulad|grisace|morad)[oa]s?|verdes?|azul(?:es)?|gris(?:es)?)`;

const PT_PART = String.raw`(?:pele|tom de pele|labios|rostos?|caras?|bochechas|bracos|maos|pernas|pescoco|corpo)`;
const PT_BE = String.raw`(?:esta|estao|estava|fica|ficam|ficou|ficaram|parece|parecem|sai|saem|saiu)`;
const PT_DEGREE = String.raw`(?:muito|demasiado|estranhamente|exageradamente)`;
const PT_HUE = String.raw`(?:(?:vermelh|avermelhad|rosad|alaranjad|amarel|amarelad|esverdead|azulad|cinzent|acinzentad|palid|rox|escur|saturad)[oa]s?|laranja|verdes?|azul|azuis|cinza)`;
const PT_ODD = String.raw`(?:(?:esverdead|azulad|cinzent|acinzentad|rox)[oa]s?|verdes?|azul|azuis|cinza)`;

const JA_PART = '(?:肌|唇|くちびる|顔|頬|ほっぺ|腕|首)';
const JA_HUE = '(?:赤|青|黄色|黄|緑|灰色|ぐれー|白|黒|紫|青白|土気色|ぴんく|おれんじ)';

/** Each construction; the words between the part and the colour are fixed, so "not too red" never reads as one. */
const TONE = anyOf(
  [
    // The longest first: a colour compared with the source takes the comparison into its span.
    String.raw`\b${EN_PART}\s+(?:\w+\s+)?${EN_BE}\s+(?:\w+\s+){0,2}?${EN_HUE}(?:\s*/\s*${EN_HUE})*[^.!?;]{0,20}?\b(?:compared (?:to|with)|than|unlike) ${EN_SOURCE}\b`,
    String.raw`\b${EN_PART}\s+(?:\w+\s+)?${EN_BE}\s+(?:almost |kind of |a bit |really |very |so )?${EN_DEGREE}\s+${EN_HUE}\b`,
    String.raw`\b${EN_PART}\s+(?:\w+\s+)?${EN_SEEM}\s+(?:almost |kind of |a bit |really |very |so )?${EN_ODD}\b`,
    String.raw`\b${EN_PART}\s+(?:\w+\s+)?${EN_BE}\s+(?:much |a lot |a bit |slightly |way )?${EN_MORE}\b`,
    String.raw`\b(?:weird|strange|odd|unnatural|sickly|ugly) (?:${EN_HUE} )?(?:tint|cast|hue|tone) (?:on|in|over) (?:the |her |his |their )?${EN_PART}\b`,
    String.raw`\b${EN_PART} (?:has|have|had|gets?|got) an? (?:(?:weird|strange|odd|unnatural|sickly) )?(?:${EN_HUE} )?(?:tint|cast|hue)\b`,
    String.raw`\b${DE_PART}\s+${DE_BE}\s+(?:\w+\s+){0,2}?${DE_DEGREE}\s+${DE_HUE}\b`,
    String.raw`\b${DE_PART}\s+(?:wirkt|wirken|wirkte|wirkten|sieht|sehen|sah|erscheint|erscheinen|wurde|wurden)\s+(?:\w+\s+){0,2}?${DE_ODD}\b`,
    String.raw`\b${FR_PART}\s+${FR_BE}\s+(?:\w+\s+)?${FR_DEGREE}\s+${FR_HUE}\b`,
    String.raw`\b${FR_PART}\s+(?:semble|semblent|parait|paraissent|ressort|ressortent|a l'air|ont l'air|devient|deviennent)\s+${FR_ODD}\b`,
    String.raw`\b${ES_PART}\s+${ES_BE}\s+${ES_DEGREE}\s+(?:${ES_HUE})\b`,
    String.raw`\b${ES_PART}\s+(?:se ve|se ven|se veia|parece|parecen|sale|salen|salio|queda|quedan|quedo)\s+${ES_ODD}\b`,
    String.raw`\b${PT_PART}\s+${PT_BE}\s+${PT_DEGREE}\s+${PT_HUE}\b|\b${PT_PART}\s+${PT_BE}\s+${PT_HUE}\s+demais\b`,
    String.raw`\b${PT_PART}\s+(?:fica|ficam|ficou|ficaram|parece|parecem|sai|saem|saiu)\s+${PT_ODD}\b`,
    // Japanese: a part (its colour), then a colour said as too much, or an unnatural colour (肌が青白い, 唇が赤すぎる).
    `${JA_PART}(?:の色)?(?:が|は)(?:少し|やけに|妙に|異様に|不自然に|なんか)?${JA_HUE}(?:っぽ)?すぎ`,
    `${JA_PART}(?:の色)?(?:が|は)(?:少し|やけに|妙に|異様に|不自然に|なんか)?(?:青白|土気色|緑色|灰色|紫色|真っ青)`,
    `${JA_PART}の色(?:が|は)(?:少し|やけに|妙に|なんか)?(?:おかしい|おかしく|変|不自然)`,
  ],
  'g',
);

/** A stem each construction holds: most descriptions name no part of a body and pay one plain scan. */
const TONE_GATE =
  /skin|complexion|lips|face|cheek|arms|hands|legs|neck|bod(?:y|ies)|haut|teint|lippen|gesicht|wangen|arme|hande|beine|hals|korper|peau|levres|visage|joues|bras|mains|jambes|cou|corps|piel|tez|labios|cara|rostro|mejillas|brazos|manos|piernas|cuello|cuerpo|pele|rosto|bochechas|bracos|maos|pernas|pescoco|corpo|肌|唇|くちびる|顔|頬|ほっぺ|腕|首/;

/** And a degree, a comparison or a colour each construction holds, for the many descriptions naming a face or hands. */
const TONE_WORD =
  /too|unnatural|weird|strange|odd|sickly|abnormal|gr[ae]y|green|blue|purple|ashen|pale|dark|red|pink|yellow|orange|white|satur|wash|tint|cast|hue|zu|seltsam|komisch|merkwurdig|krankhaft|grau|grun|blau|lila|fahl|trop|bizarr|anormal|etrange|vert|bleu|gris|blafard|livide|violet|demasiado|muy|raramente|extran|exagerad|verd|azul|morad|muito|estranh|esverdead|azulad|cinz|rox|demais|すぎ|青白|土気色|緑色|灰色|紫色|真っ青|の色/;

/** The tone defects in a folded description, as spans. */
export function toneSpans(folded: string): { start: number; end: number }[] {
  if (!TONE_GATE.test(folded) || !TONE_WORD.test(folded)) return [];
  return eachMatch(folded, TONE).map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** A cause said right after the colour ("grey from the dust", "red because she is angry"): the scene's, not a defect. */
const CAUSED = /^[^.!?;。！？]{0,12}?\b(?:from|because|due to|covered|as (?:in|asked|prompted)|wie gewunscht|a cause|por causa|porque)\b/;

/**
 * A tone counts when it is said as a complaint (span-scope.ts): "I want her lips too red" is none. The anatomy or
 * identity vote the word lists gave the same words ("the lips ... too much red", "a pele ficou vermelha") goes, when
 * every one of its observations lies inside a tone: the part is where the colour went wrong, not what went wrong.
 */
export function toneVotes(votes: Map<QualityModeId, Vote>, folded: string, hits: readonly Hit[], off: readonly Hit[]): void {
  const tones = toneSpans(folded).filter((e) => saidAsComplaint(folded, e, hits, off) && !CAUSED.test(folded.slice(e.end)));
  if (!tones.length) return;
  for (const e of tones) vote(votes, 'color', 0.85, [saidHit('color', e.start, e.end)]);
  const inTone = (h: Hit) => tones.some((e) => h.start >= e.start && h.end <= e.end);
  for (const mode of ['anatomy', 'identity'] as const) {
    if (votes.get(mode)?.spans.every((span) => span.every(inTone))) votes.delete(mode);
  }
}
