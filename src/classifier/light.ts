/**
 * Light that changes over the clip, said as a construction rather than a colour word and a cue: a comparative of light
 * after a verb of becoming ("became dimmer", "wird immer dunkler", "devient plus sombre", "se vuelve más oscuro",
 * "fica mais escuro", "暗くなる"), a verb that is the change itself ("suddenly brightened", "s'assombrit", "se
 * oscurece", "escurece", "verdunkelt sich"), the comparative correlative ("the more frames, the grayer the result",
 * "je mehr ..., desto dunkler"), a fade to white or black ("fade-to-white") and a tint ("green tinted", "Grünstich").
 * The label conventions make each `color`: videos that darken, a grey cast, a tint, a fade or overexposure at the end
 * [batch 7-9]. The subject is usually the whole picture ("the video", "das Bild", "le rendu"), which is no anchor, so
 * the word lists cannot pair it. Folded text: lowercase, no accents, katakana as hiragana.
 */
import type { QualityModeId } from '../modes/types.ts';
import type { Hit } from './matcher.ts';
import { saidAsComplaint } from './span-scope.ts';
import { saidHit, type Vote, vote } from './votes.ts';
import { eachMatch } from './each-match.ts';
import { anyOf } from './word-regex.ts';

/** Comparatives of light or of a picture losing its colour; "lighter" is left out (also weight). */
const EN_MORE = String.raw`(?:darker|dimmer|brighter|paler|grayer|greyer|duller|more (?:washed out|faded|saturated|gr[ae]y|yellow|green))`;
const EN_BECOME = String.raw`(?:gets?|getting|got|becomes?|became|becoming|turns?|turned|turning|goes|went|going|grows?|grew)`;
const HUES = 'white|black|gr[ae]y|green|blue|red|yellow|orange|purple|pink|magenta|cyan|sepia';
const DE_MORE = String.raw`(?:dunkler|heller|blasser|grauer|matter|flauer|gelblicher|grunlicher|blaulicher)`;
const FR_MORE = String.raw`(?:de plus en |beaucoup |bien )?plus (?:sombre|clair|lumineu[xs]e?|pale|gris|grise|terne|fonce|delave)s?`;
const ES_MORE = String.raw`mas (?:oscur|clar|brillant|palid|gris|apagad|lavad)\w*`;
const PT_MORE = String.raw`mais (?:escur|clar|brilhant|palid|cinz|apagad|desbotad)\w*`;

/** Each construction; a negator shortly before one ("it never gets darker", "no se oscurece") cancels it. */
const LIGHT_CHANGE = anyOf(
  [
    // "became dimmer", "gets progressively darker", "keeps getting brighter": not "becomes lighter" (weight).
    String.raw`\b${EN_BECOME}\s+(?:(?:much|a lot|slightly|progressively|increasingly|gradually|way|even|more and more|a bit)\s+)?` +
      String.raw`${EN_MORE}\b`,
    // The verb is the change; after an article it is an adjective ("a darkened room"), which is not.
    String.raw`(?<!\b(?:a|an|the|in|into|of|dark|and)\s)` +
      String.raw`\b(?:darkens|darkened|darkening|brightens|brightened|brightening|dimmed)\b`,
    // "The more frames you set, the grayer the result".
    String.raw`\bthe (?:more|longer)\b[^.!?;]{1,60}?\bthe ${EN_MORE}\b`,
    String.raw`\bfad(?:e|es|ed|ing)[-\s](?:out\s)?(?:to|into)[-\s](?:${HUES})\b`,
    String.raw`\b(?:${HUES})(?:ish)?[-\s]tinted\b(?!\s+(?:windows?|glass|glasses|lens|lenses|visor|sunglasses)\b)`,
    // German puts the comparative last: up to four words between, none of them a negator ("wird nicht dunkler").
    String.raw`\b(?:wird|werden|wurde|wurden)\s+(?:(?!(?:nicht|nie|niemals|kein\w*)\b)[a-z]+\s+){0,4}?` +
      String.raw`(?:immer\s+|zunehmend\s+|plotzlich\s+|deutlich\s+)?${DE_MORE}\b`,
    String.raw`\b(?:verdunkel|verdunkl)\w*\s+sich\b|\bsich\s+(?:\w+\s+)?(?:verdunkel|verdunkl)\w*|\bhell\w*\s+sich\s+(?:\w+\s+)?auf\b`,
    String.raw`\bje\s+(?:mehr|langer)\b[^.!?;]{1,60}?\b(?:desto|umso)\s+${DE_MORE}\b`,
    String.raw`\b(?:grun|blau|gelb|rot|magenta|lila|farb)stich\w*`,
    String.raw`\b(?:devient|deviennent|devenait|devenaient|devenu|devenue|devenus|devenues|devenir)\s+${FR_MORE}\b`,
    String.raw`\bs'(?:assombri|eclairci|obscurci)\w*|\bfondu au (?:blanc|noir)\b|\bdominante (?:verte|bleue|jaune|rouge|magenta|grise)\b`,
    String.raw`\bplus\b[^.!?;]{1,60}?,\s*plus\s+(?:\w+\s+){0,2}?(?:sombre|gris|pale|terne)\w*`,
    String.raw`\b(?:se vuelve|se vuelven|se volvio|se volvia|se pone|se ponen|se puso|se ponia|queda|quedan)\s+(?:cada vez\s+)?${ES_MORE}`,
    String.raw`\bse (?:oscurec|aclar)\w*|\bcuanto\w*\s+mas\b[^.!?;]{1,60}?\b${ES_MORE}|\bfundido a (?:blanco|negro)\b`,
    String.raw`\b(?:fica|ficam|ficou|ficaram|ficava|ficando|torna-se|se torna|se tornou)\s+(?:cada vez\s+)?${PT_MORE}`,
    String.raw`\b(?:escurec|clarei)\w*|\bquanto\w*\s+mais\b[^.!?;]{1,60}?\b${PT_MORE}`,
    // Japanese: an adjective of light in its adverbial form, then なる ("暗くなる", "急に明るくなった"); not ならない.
    '(?:暗く|明るく|白っぽく|黒っぽく|灰色に|ぐれーに|色あせて|色褪せて|くすんで)(?:なる|なっ|なり|なって|きた|いく|いっ)',
    // The last frames going black or white (最後が真っ暗になる, 終盤は真っ白): a fade at the end, colour by batch 9; said
    // with no place in the clip, a black output is a hard failure (hard-ja.ts), so an end word must come first (ja13).
    '(?:最後|終盤|後半|終わり|らすと)(?:の(?:方|ほう|数秒|数ふれーむ|ふれーむ))?(?:が|は|で|に|から)?(?:だんだん|どんどん|徐々に)?真っ(?:暗|黒|白)',
    // A setting of the picture that climbs or sinks as it plays (彩度が上がっていく, 明るさが下がってく) (ja13).
    '(?:彩度|こんとらすと|明るさ|露出|色味)が(?:だんだん|どんどん|徐々に|勝手に|途中から|途中で)?(?:上が|下が)って(?:いく|いっ|く|き)',
  ],
  'g',
);

/**
 * Light the scene itself changes: the sun sets, night falls, a storm comes, a lamp goes on, curtains open ("the sun
 * sets and the room gets darker", "die Sonne geht unter und der Himmel wird dunkler", "夕日が沈むと部屋が暗くなる").
 * The label conventions file a clip that darkens or brightens by itself as `color`; light that follows a cause in the
 * scene is what the scene asks for, so a change with such a cause in its sentence is none (precision round, s10).
 * Applied to the colour vote as a whole, as the word lists pair "the sky" or "the lights" with "darker" too.
 */
const SCENE_CAUSE = anyOf([
  String.raw`\b(?:sun (?:sets|set|setting|goes down|went down|rises|rose|comes up)|sunset|sunrise|dusk|dawn|night ?falls?|nightfall`,
  String.raw`storm|thunder|lightning|(?:lights?|lamps?) (?:turns?|turned|goes|went|switch\w*|comes?|came) (?:on|off|out)`,
  String.raw`turns? (?:on|off) the (?:lights?|lamps?)|curtains?|candles?`,
  String.raw`sonne geht (?:unter|auf)|sonnen(?:untergang|aufgang)|dammerung|gewitter|licht geht (?:an|aus)|vorhang|vorhange`,
  String.raw`soleil se (?:couche|leve)|coucher du soleil|lever du soleil|la nuit tombe|crepuscule|orage`,
  String.raw`lumieres? s'(?:allum|etei)\w*|rideaux?`,
  String.raw`sol se (?:pone|ponia|puso|levanta|poe|punha|pos)|atardecer|amanecer|anochec\w*|tormenta|tempestade|por do sol`,
  String.raw`luz(?:es)? se (?:enciend|apag|acend)\w*|cortinas?|anoitec\w*|amanhec\w*)\b`,
  '夕日|夕焼け|日没|日の出|日が(?:沈|昇|暮れ)|夜になる|嵐|雷|電気が(?:つ|消え)|照明が(?:つ|消え)|かーてん',
]);

/** The sentence a span is in, for the causes said beside a change. */
const sentenceOf = (folded: string, e: { start: number; end: number }) =>
  (folded
    .slice(0, e.start)
    .split(/[.!?;。！？\n]/)
    .pop() ?? '') +
  folded.slice(e.start, e.end) +
  (folded.slice(e.end).split(/[.!?;。！？\n]/)[0] ?? '');

/**
 * A stem every construction above holds (keep the two in step): most descriptions hold none and pay one plain scan
 * instead of the alternation's word-boundary tries at every character.
 */
const LIGHT_GATE = anyOf([
  'dark|dim|bright|pale|gr[ae]y|dull|wash|fad|satur|yellow|green|tint',
  'dunkl|dunkel|hell|blass|grau|matt|flau|gelb|grun|blau|stich',
  'sombr|clair|lumin|gris|tern|fonc|delav|assombri|obscurci|fondu|dominante',
  'oscur|clar|brillant|palid|apagad|lavad|fundido|escur|brilhant|cinz|desbotad',
  '暗く|明るく|っぽく|灰色に|ぐれーに|色あせて|色褪せて|くすんで|真っ|上がって|下がって',
]);

/** The light changes in a folded description, as spans. */
export function lightChanges(folded: string): { start: number; end: number }[] {
  if (!LIGHT_GATE.test(folded)) return [];
  return eachMatch(folded, LIGHT_CHANGE).map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** A change counts when it is said as a complaint (span-scope.ts): "the video never gets darker" is none. */
export function lightVotes(votes: Map<QualityModeId, Vote>, folded: string, hits: readonly Hit[], off: readonly Hit[]): void {
  for (const e of lightChanges(folded)) {
    if (!saidAsComplaint(folded, e, hits, off)) continue;
    vote(votes, 'color', 0.85, [saidHit('color', e.start, e.end)]);
  }
}

/** Words of light getting darker or brighter; a flicker or a tint beside a sunset, with none of them, is a defect. */
const LIGHT_WORD = /dark|bright|dim|sombre|assombri|obscur|oscur|escur|clar|dunkl|verdunk|hell|暗|明る/;

/**
 * Drops the colour vote when every observation of it is light changing beside a cause in the scene (SCENE_CAUSE):
 * "the sun sets and the room gets darker" is a normal clip, whatever rule read it. Returns whether some sentence says
 * so, for the model's guess to stay out of it too (it learnt "darker" as colour).
 */
export function sceneLightDropped(votes: Map<QualityModeId, Vote>, folded: string): boolean {
  if (!SCENE_CAUSE.test(folded)) return false;
  const caused = (e: { start: number; end: number }) => {
    const sentence = sentenceOf(folded, e);
    return LIGHT_WORD.test(sentence) && SCENE_CAUSE.test(sentence);
  };
  const v = votes.get('color');
  const spanOf = (span: Hit[]) => ({ start: Math.min(...span.map((h) => h.start)), end: Math.max(...span.map((h) => h.end)) });
  if (v?.spans.every((span) => caused(spanOf(span)))) votes.delete('color');
  return folded.split(/[.!?;。！？\n]/).some((x) => LIGHT_WORD.test(x) && SCENE_CAUSE.test(x));
}
