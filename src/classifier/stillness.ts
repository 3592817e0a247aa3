/**
 * Lost motion: a person who stays still, does not move or is fixed in place ("the person in the image stays still",
 * "die Frau bewegt sich nicht", "le personnage reste immobile", "人がまったく動いていない"), or a video that is only a
 * still image. The labels' convention ("motion that lags or does not happen, a still image": physics, batch 7-10 and
 * batch 8's rule) files it as physics. Only said of a person: a camera, a background or a table that stays still is
 * what one asked for, so the nearest thing named before the words must be a being (the lexicon's `being` anchors)
 * or a body part: a hand that stays still while the body dances ("the hand not moving, while the rest of the body
 * followed the dance", public tuning split) is the same lost motion, physics by the same convention.
 * Folded text: lowercase, no accents, katakana as hiragana.
 */
import type { QualityModeId } from '../modes/types.ts';
import type { Hit } from './matcher.ts';
import { praisedAfter, WISH } from './span-scope.ts';
import { saidHit, type Vote, vote } from './votes.ts';
import { eachMatch } from './each-match.ts';
import { anyOf } from './word-regex.ts';

const ADV = String.raw`(?:(?:completely|totally|perfectly|entirely|just|basically|almost|mostly|always|often|simply|still)\s+){0,2}`;
/** After a bare "is still": only an end, so "the man is still smiling" (still = yet) is not read as standing still. */
const STILL_END = String.raw`(?=\s*(?:$|[,.;!?:)]|for\b|throughout\b|the whole\b|the entire\b|until\b|while\b|and\b|but\b|like a\b))`;
/**
 * After "does not move" or "barely moves": an end or a span, so "does not move naturally" (a judgement, vague) and
 * "barely moves his lips" (lip sync, outside the modes) are not read as no motion. "While" opens the span the rest
 * moves in ("the hand does not move while she dances"), as "during" does; "sometimes" says how often it does not.
 */
const MOVE_END =
  String.raw`(?=\s*(?:$|[,.;!?:)]|or\b|and\b|but\b|at all\b|an inch\b|until\b|for\b|throughout\b|during\b|while\b|` +
  String.raw`sometimes\b|at times\b|anymore\b))`;
const NEG_EN = [
  "doesn't|does not|didn't|did not|don't|do not|won't|will not|wouldn't|would not|never",
  "isn't|is not|aren't|are not|wasn't|was not|weren't|were not",
  // A bare "not" after a noun ("resulted in the hand not moving"): the gerund clause has no auxiliary.
  'not',
].join('|');
const STAY_EN = 'stays?|stayed|staying|remains?|remained|sits?|sat|stands?|stood|keeps?|kept';
const STILL_EN = 'still|static|motionless|immobile|frozen|unmoving';
/** "Fixed in the centre", not "stuck in the centre": "stuck" is the hard-failure word of a generation that hangs. */
const SAME_PLACE_EN = [
  String.raw`in (?:the same|one) (?:place|spot|position)|at the same (?:place|spot|position)`,
  String.raw`(?:fixed|locked|glued) (?:in|at|to) (?:the |one |a |its |his |her |their )?(?:same )?` +
    String.raw`(?:place|spot|position|cent(?:er|re)|middle)`,
].join('|');
const STILL_DE = 'regungslos|reglos|unbeweglich|statisch|bewegungslos|an (?:der gleichen|derselben) stelle';
const STAY_DE = String.raw`bleib(?:t|en)|blieb(?:en)?|steh(?:t|en)|stand(?:en)?`;
const ADV_DE = String.raw`(?:(?:komplett|vollig|ganz|einfach|fast|nur)\s+)?`;
const STAY_ES = 'se queda|se quedan|se quedaba|se quedo|permanece|permanecen|esta|estan|estaba|estaban|sigue|siguen';
const STILL_ES = String.raw`quiet[oa]s?|inmovil(?:es)?|estatic[oa]s?|congelad[oa]s?|en el mismo (?:sitio|lugar)`;
const STAY_PT = 'fica|ficam|ficava|ficavam|ficou|ficaram|permanece|permanecem|esta|estao|estava|estavam|continua|continuam';
const STILL_PT = String.raw`parad[oa]s?|imove(?:l|is)|estatic[oa]s?|congelad[oa]s?|no mesmo lugar`;

/** The words of standing still, per language; each carries its own negation ("does not move"), if it has one. */
const STILL = anyOf(
  [
    String.raw`\b(?:${STAY_EN})\s+${ADV}(?:${STILL_EN})\b`,
    // "Is frozen" is left to the stay verbs: "the player is frozen" is as likely a video player that hangs.
    String.raw`\b(?:is|are|was|were)\s+${ADV}(?:static|motionless|immobile|unmoving)\b`,
    String.raw`\b(?:is|are|was|were)\s+(?:completely\s+|totally\s+|perfectly\s+|just\s+)?still${STILL_END}`,
    String.raw`\b(?:stays?|stayed|remains?|remained|is|are|was|were|gets?|got)\s+${ADV}(?:${SAME_PLACE_EN})\b`,
    String.raw`\b(?:${NEG_EN})\s+(?:even\s+|really\s+|actually\s+)?(?:move|moves|moving|budge|budges|budging)\b${MOVE_END}`,
    String.raw`\b(?:barely|hardly|never) (?:moves?|moved|budges?|budged)\b${MOVE_END}`,
    String.raw`\bbeweg(?:t|en|te|ten) sich (?:(?:gar|uberhaupt|fast)\s+)?(?:nicht|kaum)\b`,
    String.raw`\b(?:${STAY_DE}|ist|sind|war|waren)\s+${ADV_DE}(?:${STILL_DE})\b`,
    // Not "ist still": in German that is "is quiet".
    String.raw`\b(?:${STAY_DE})\s+${ADV_DE}still\b`,
    String.raw`\bne (?:se )?(?:bouge|bougent|bougeait|bougeaient|deplace|deplacent)\s+(?:pas|plus|jamais|point)\b`,
    String.raw`\b(?:reste|restent|restait|restaient|demeure|demeurent|est|sont|etait|etaient)\s+` +
      String.raw`(?:(?:completement|totalement|tout|toute|juste)\s+)?(?:immobiles?|figee?s?|statiques?|sur place|au meme endroit)\b`,
    String.raw`\bno se (?:mueve|mueven|movia|movian|movio|movieron)\b`,
    String.raw`\b(?:${STAY_ES})\s+(?:(?:completamente|totalmente|siempre|casi)\s+)?(?:${STILL_ES})\b`,
    String.raw`\bnao se (?:mexe|mexem|mexia|mexiam|mexeu|mexeram|move|movem|movia|moviam|moveu)\b`,
    String.raw`\b(?:${STAY_PT})\s+(?:(?:completamente|totalmente|sempre|quase)\s+)?(?:${STILL_PT})\b`,
    // Not after 通りに or ように ("思い通りに動かない", does not move as asked): that is a prompt not followed, vague.
    // Not 止まったまま or 固まったまま: those are the hard-failure words of a generation that hangs (lexicon/hard.ts).
    '(?<!通りに|とおりに|ように)(?:まったく|全く|全然|ぜんぜん|ほとんど|少しも|一切|微動だに)?' +
      '(?:動いていな|動いてな|動かな|動きませ|動いていませ|動かず|静止したまま|静止している)',
  ],
  'g',
);

const VIDEO_EN = 'videos?|outputs?|results?|clips?|generations?';
const SPAN_EN = String.raw`still for (?:the |a )?(?:first|last|whole|entire|several|few|\d)`;
/**
 * The whole video a still picture: "the output is just a still image", "nur ein Standbild", "静止画のまま". Not a still
 * frame (one frame is the truncated hard failure) and not "just static" (static can be noise, which is vague).
 */
const STILL_VIDEO = anyOf(
  [
    String.raw`\b(?:${VIDEO_EN})\s+(?:is|are|was|were|comes? out|came out|stays?|remains?)\s+${ADV}(?:a )?still (?:image|picture)s?\b`,
    String.raw`\b(?:${VIDEO_EN})\s+(?:is|are|was|were)\s+(?:[a-z]+\s+){0,3}?${SPAN_EN}`,
    String.raw`\b(?:totally|completely) static (?:${VIDEO_EN})\b`,
    // "a video that's just a still image", "the result is a static picture": said of the output, not of the input.
    String.raw`\b(?:${VIDEO_EN})\s+(?:that's|thats|that is|which is|that was|is|was|comes? out as|came out as)\s+${ADV}(?:a )?` +
      String.raw`(?:still|static|frozen) (?:image|picture|photo)s?\b` +
      String.raw`(?! as (?:the |my |an? )?(?:input|reference|source|start))`,
    // "a still image instead of a video", "Standbild statt Video", "image fixe au lieu d'une vidéo", and the others.
    String.raw`\b(?:still|static|frozen) (?:image|picture|photo)s? instead of (?:a |an |the )?(?:video|clip|animation|motion)\b`,
    String.raw`\b(?:standbild|stehendes bild) (?:statt|anstatt|anstelle) (?:eines |des )?(?:videos?|clips?|animation)\b`,
    String.raw`\bimage (?:fixe|statique) au lieu d'(?:une|un) (?:video|clip|animation)\b`,
    String.raw`\bimagen (?:fija|estatica) en (?:lugar|vez) de (?:un |una )?(?:video|clip|animacion)\b`,
    String.raw`\bimagem (?:parada|estatica) (?:em vez|no lugar) de (?:um |uma )?(?:video|clipe|animacao)\b`,
    String.raw`\b(?:nur|bloss) (?:ein|einem) (?:standbild|stehendes bild)\b`,
    String.raw`\b(?:juste|seulement) une image (?:fixe|statique)\b`,
    String.raw`\b(?:solo|solamente|apenas) una imagen (?:fija|estatica)\b`,
    String.raw`\b(?:so|somente|apenas) uma imagem (?:parada|estatica)\b`,
    '静止画(?:のまま|になっ|にしかならな|みたい)|ただの静止画|動画(?:ではなく|じゃなくて)静止画',
  ],
  'g',
);

/**
 * "Stays still, as I asked": standing still was the request, so it is no complaint. "Does not move as the prompt
 * said": a prompt not followed, which the labels' convention files as vague (batch 9, batch 10).
 */
const AS_ASKED = new RegExp(
  String.raw`^[^.!?;。]{0,24}?\b(?:${[
    'as (?:i |we |you )?(?:asked|requested|wanted|intended|prompted|instructed|expected|described)',
    'as it should|as (?:the |my )?prompt\\w*|as (?:described|written|specified) in|like (?:in )?(?:the|my) prompt',
  ].join('|')})\b`,
);

/**
 * Still in place while doing something else: "the cat stays still and purrs", "die Leute stehen still und schauen zu",
 * "the dog stays in the same place while wagging its tail". A being that acts is not frozen (precision round, s10).
 * Not before a new subject ("stays still and the camera moves": the complaint of a frozen person), a negation ("and
 * doesn't blink") or more stillness ("and stiff").
 */
const NOT_ACT = [
  "the|a|an|his|her|their|its|nothing|never|no|not|only|just|does|doesn't|did|didn't|is|was|it|everything|then|still|even",
  'der|die|das|ein|eine|nichts|nicht|nur|le|la|les|un|une|rien|ne|el|los|las|una|nada|o|os|as|um|uma|nao|so|apenas|se',
  'frozen|stiff|static|motionless|lifeless|unmoving|rigid|silent|expressionless|starr|steif|fige|rigide|rigid[oa]|ties[oa]',
].join('|');
const ACTS_AFTER = new RegExp(
  String.raw`^\s*(?:(?:and|und|et|y|e)\s+(?!(?:${NOT_ACT})\b)[a-z]{3,}|(?:while|mientras|enquanto)\s+[a-z]+(?:ing|ando|endo|indo)\b)`,
);

/**
 * The whole picture as the subject right before the still words: "it", "everything", "the scene", "the image" (not a
 * camera or a background, which stay still as asked; not "the video", which may be a player that will not play).
 */
const WHOLE = new RegExp(
  String.raw`(?:^|[\s,;:])(?:it|everything|the (?:whole |entire )?(?:scene|image|picture)|es|alles|die (?:ganze )?szene|` +
    String.raw`das (?:ganze )?bild|tout|la scene|l'image|todo|la escena|la imagen|tudo|a cena|a imagem)` +
    String.raw`\s+(?:(?:just|only|simply|always|still|einfach|nur|juste|solo|so|apenas|sempre|siempre)\s+)?$` +
    // Japanese: 画面全体が, 何も (動かない), the particle right before the still words.
    '|(?:画面全体|映像全体|全体|画面|すべて|全部|何も|なにも)(?:が|は|も)?$',
);

const quiet = (h: Hit) => h.role.kind === 'neg' || h.role.kind === 'sep';
const sentenceEnd = /[.!?;。！？]/;

/** Lost motion votes physics: each still phrase whose nearest named thing before it, in its clause, is a person. */
export function stillVotes(votes: Map<QualityModeId, Vote>, folded: string, hits: readonly Hit[]): void {
  const gate =
    /still|stati|motion|immobil|frozen|mov|muev|standbild|fix|fij|budg|place|spot|cent|middle|beweg|regung|regl|stelle|boug|deplac/;
  const gateMore = /fig|endroit|quiet|para|mex|mesmo|mismo|動|静止/;
  // Beside a hard-failure word the stillness is the failed video's ("stuck at 99%, the man does not move"), as a lone
  // cue is in classify.ts: the hard-failure draft fits, not a physics finding.
  if (!(gate.test(folded) || gateMore.test(folded)) || hits.some((h) => h.role.kind === 'hard')) return;
  for (const m of eachMatch(folded, STILL_VIDEO)) vote(votes, 'physics', 0.8, [saidHit('physics', m.index, m.index + m[0].length)]);
  for (const m of eachMatch(folded, STILL)) {
    const end = m.index + m[0].length;
    const rest = folded.slice(end).split(sentenceEnd)[0] ?? '';
    // Still on purpose, praised after ("…, exactly what I wanted", "c'est très beau") or wished for: a normal clip.
    if (ACTS_AFTER.test(rest)) continue;
    if (AS_ASKED.test(folded.slice(end)) || praisedAfter(rest) || WISH.test(folded.slice(Math.max(0, m.index - 40), m.index))) continue;
    const near = (h: Hit) => h.end <= m.index && m.index - h.end <= 60 && !sentenceEnd.test(folded.slice(h.end, m.index));
    const before = hits.filter(near);
    const thing = before.filter((h) => h.role.kind === 'anchor').pop();
    // "It just stays still until the next prompt", "everything stays still": the whole picture, a still image.
    if (!thing && WHOLE.test(folded.slice(Math.max(0, m.index - 40), m.index))) {
      // The subject is right before the words, so no negator stands between ("it doesn't stay still" fails WHOLE).
      vote(votes, 'physics', 0.8, [saidHit('physics', m.index, end)]);
      continue;
    }
    if (!thing || thing.role.kind !== 'anchor' || (thing.role.cls !== 'being' && thing.role.cls !== 'body')) continue;
    // "The man never stays still", "the woman walks but the background stays still": a negation or new clause between.
    if (before.some((h) => quiet(h) && h.start >= thing.end)) continue;
    vote(votes, 'physics', 0.82, [thing, saidHit('physics', m.index, end)]);
  }
}
