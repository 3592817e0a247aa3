/**
 * Motion too small, frozen part-way, not following the driving video, or had by only some subjects: "the movements
 * generated are not obvious", "the rest of the video was the same frame repeated", "the eyes didn't move with the
 * driven video", "only a couple of them are moving", "it just zooms in". The labels' convention ("motion that lags or
 * does not happen, a still image, only a slight zoom": physics [motion, batch 7-10]) files each as physics, whoever
 * moves. A person who stays still and "no movement" are read elsewhere (stillness.ts, events.ts). Not a job, a page
 * or a progress bar that freezes: beside a hard-failure word nothing here votes (hard.ts keeps its answer), and the
 * freeze is only read of the output, with a time or a frame. Folded text: lowercase, no accents, katakana as hiragana.
 */
import type { QualityModeId } from '../modes/types.ts';
import { type Hit, wordBoundaries } from './matcher.ts';
import { CJK } from './normalise.ts';
import { saidAsComplaint } from './span-scope.ts';
import { saidHit, type Vote, vote } from './votes.ts';
import { eachMatch } from './each-match.ts';
import { anyOf } from './word-regex.ts';

const MOTION_EN = 'movements?|motions?|moves?|animations?';
const SMALL_EN = 'small|tiny|little|subtle|slight|weak|minimal|limited|slow|faint';
const SEEN_EN = 'obvious|visible|noticeable|apparent|evident|perceptible|big enough|strong enough|large enough';

/** The motion said too small, too weak, too slow or not to be seen ("the movements are not obvious"). */
const TOO_LITTLE = anyOf(
  [
    String.raw`\b(?:${MOTION_EN})\b(?:\s+[a-z']+){0,3}?\s+(?:is|are|was|were|seems?|seemed|looks?|looked|remains?|stays?)\s+` +
      String.raw`(?:(?:just|still|always|often|all|kind of|rather)\s+)?(?:${[
        `(?:not|n't|never) (?:very |really |that |quite |at all )?(?:${SEEN_EN})`,
        `(?:too|very|so|extremely|really|way too|much too|far too|super|overly) (?:${SMALL_EN})`,
        '(?:barely|hardly|scarcely) (?:visible|noticeable|perceptible|there)',
        'invisible|imperceptible|minimal|negligible|almost nonexistent|almost non-existent|nearly nonexistent',
      ].join('|')})\b`,
    String.raw`\b(?:moves?|moved|moving)\s+(?:way |much |far )?too (?:little|slowly|slow)\b`,
    String.raw`\b(?:moves?|moved|moving)\s+(?:very|so|extremely) (?:little|slightly)\b(?!\s+(?:closer|forward|back|up|down))`,
    String.raw`\b(?:bewegung\w*|animation\w*)\b(?:\s+\w+){0,3}?\s+(?:sind|ist|waren|war|wirken|wirkt|bleiben|bleibt)\s+` +
      String.raw`(?:(?:leider|oft|immer|nur|einfach)\s+)?(?:kaum (?:sichtbar|erkennbar|wahrnehmbar|merklich|zu sehen)|` +
      String.raw`(?:viel |deutlich |sehr |einfach )?zu (?:gering|klein|schwach|langsam|subtil|dezent)|minimal|sehr gering|unmerklich|nicht (?:zu )?erkennbar)`,
    String.raw`\bbeweg\w* sich (?:(?:viel|deutlich|leider|einfach)\s+)?(?:zu wenig|sehr wenig|kaum merklich|nur minimal)\b`,
    String.raw`\b(?:mouvements?|animations?)\b(?:\s+[\w']+){0,3}?\s+(?:sont|est|etaient|etait|restent|reste|semblent|semble|paraissent)\s+` +
      String.raw`(?:(?:souvent|toujours|vraiment)\s+)?(?:a peine (?:visibles?|perceptibles?)|imperceptibles?|minimes?|minimaux|quasi inexistants?|` +
      String.raw`presque inexistants?|(?:trop|tres|beaucoup trop|bien trop) (?:faibles?|petits?|subtils?|lents?|legers?|limites?|discrets?)|` +
      String.raw`(?:pas|peu) (?:assez )?(?:visibles?|perceptibles?|marques?|evidents?))`,
    String.raw`\b(?:bouge|bougent|bougeait|bougeaient)\s+(?:beaucoup\s+)?(?:trop peu|tres peu|a peine)\b`,
    String.raw`\b(?:movimientos?|animacion\w*)\b(?:\s+\w+){0,3}?\s+(?:son|es|eran|era|parecen|parece|quedan|resultan)\s+` +
      String.raw`(?:casi imperceptibles?|imperceptibles?|minimos?|casi inexistentes?|apenas (?:visibles?|perceptibles?)|` +
      String.raw`(?:muy|demasiado|super|bastante) (?:pequenos?|pequenas?|sutiles?|debiles?|lentos?|leves?|escasos?)|poco (?:visibles?|notables?|evidentes?))`,
    String.raw`\bse (?:mueve|mueven|movia|movian)\s+(?:muy poco|demasiado poco|poquisimo|apenas)\b`,
    String.raw`\b(?:movimentos?|animac\w*)\b(?:\s+\w+){0,3}?\s+(?:sao|e|eram|era|parecem|parece|ficam|ficaram|ficou|fica)\s+` +
      String.raw`(?:quase imperceptive(?:l|is)|imperceptive(?:l|is)|minimos?|quase inexistentes?|pouco (?:visive(?:l|is)|perceptive(?:l|is)|evidentes?)|` +
      String.raw`(?:muito|bem|super|demasiado) (?:pequenos?|sutis|sutil|fracos?|lentos?|leves?))`,
    String.raw`\b(?:se )?(?:mexe|mexem|mexia|move|movem)\s+(?:muito pouco|bem pouco|pouquissimo|quase nada)\b`,
    '動き(?:が|は)(?:とても|かなり|非常に|すごく|ちょっと|少し)?(?:小さ(?:い|すぎ|く)|少なすぎ|弱(?:い|すぎ)|分かりにく|わかりにく|目立たな|乏し|遅すぎ)',
    '(?:あまり|少ししか|わずかしか|ちょっとしか|ほんの少ししか|ちょっとだけしか)動(?:かな|いていな|いてな|きませ)(?:い|く|かった|ん)?',
  ],
  'g',
);

/** After "does not move": an end or a span, so "does not move naturally" (a judgement, vague) is not read. */
const MOVE_END = String.raw`(?=\s*(?:$|[,.;!?:)]|at all\b|an inch\b|much\b|any ?more\b|whatsoever\b|for\b|after\b|during\b|and\b|but\b|or\b|in\b|until\b|except\b|besides\b|other than\b|even\b))`;
const OUTPUT_EN = 'outputs?|results?|test cases?|test images?|generations?|clips?|animations?|videos?|images?|pictures?';

/** The output itself, or nothing in it, does not move: "why is my test case not moving?", "nichts bewegt sich". */
const OUTPUT_STILL = anyOf(
  [
    String.raw`\b(?:${OUTPUT_EN})\b(?:\s+(?:itself|just|simply|still|really|even|literally))?\s+(?:doesn't|does not|didn't|did not|don't|do not|` +
      String.raw`isn't|is not|aren't|are not|wasn't|was not|weren't|won't|never|barely|hardly|scarcely)\s+(?:even\s+|really\s+|actually\s+)?` +
      String.raw`(?:moves?|moving|moved|budges?|budging|animate|animated|animating)\b${MOVE_END}`,
    String.raw`\b(?:is|are|was|were|does|do|did)\s+(?:the |my |this |our |your )?(?:[a-z]+\s+)?(?:${OUTPUT_EN})\s+not\s+(?:moving|move|animated|animating|animate)\b`,
    String.raw`\bnothing (?:in (?:the|it|my) [a-z]+ )?(?:really |else |at all |ever )?(?:moves|moved|is moving|was moving|budges|is animated)\b${MOVE_END}`,
    String.raw`\b(?:ergebnis|video|bild|clip|output|animation|resultat|testbild)\s+beweg(?:t|en|te|ten) sich (?:(?:gar|uberhaupt|fast|leider|einfach)\s+)?(?:nicht|kaum)\b|` +
      String.raw`\bnichts beweg(?:t|te) sich\b|\b(?:es|da) beweg(?:t|te) sich (?:(?:gar|uberhaupt|absolut|leider)\s+)?nichts\b`,
    String.raw`\b(?:video|resultat|image|clip|animation|rendu|sortie)(?:\s+(?:generee?|finale?|obtenue?))?\s+(?:ne (?:bouge|bougent|bougeait|s'anime|s'animent) ` +
      String.raw`(?:pas|plus|presque pas|quasiment pas|jamais)|bougen?t? a peine)\b|\brien ne (?:bouge|bougeait|s'anime)\b`,
    String.raw`\b(?:video|resultado|imagen|clip|animacion)(?:\s+(?:generad[oa]|final))?\s+(?:no|apenas|casi no) se (?:mueve|mueven|movia|movio|anima)\b|` +
      String.raw`\bnada se (?:mueve|movia|anima)\b|\bno se mueve nada\b`,
    String.raw`\b(?:video|resultado|imagem|clipe|animacao)(?:\s+(?:gerad[oa]|final))?\s+(?:nao|quase nao|mal) se (?:mexe|mexem|move|movem|mexeu|moveu|anima)\b|` +
      String.raw`\bnada se (?:mexe|move|mexia|movia)\b|\bnao se (?:mexe|move) nada\b`,
    '(?:動画|映像|画像|生成結果|結果|出力|生成物)(?:が|は|も)(?:全然|全く|まったく|ぜんぜん|ほとんど|あまり|少しも|一切)?(?:動かな|動いていな|動いてな|動きませ|動いていませ)(?:い|く|かった|ん)?',
  ],
  'g',
);

/** One frame repeated, or the output freezing after a time ("the rest of the video was the same frame repeated"). */
/** A time into the clip: "2 seconds", "a few frames", "the halfway point" (not "after I press play"). */
const TIME_EN =
  String.raw`\d+(?:\.\d+)?\s*(?:s|sec|secs|seconds?|frames?)\b|(?:a|one|two|three|four|five|a few|few|several|first|last|some) ` +
  String.raw`(?:seconds?|frames?)\b|(?:halfway|midway) (?:point|mark)|middle\b`;
const TIME_ROM = String.raw`(?:\d+|ein paar|wenigen|zwei|drei|quelques|deux|trois|unos|dos|tres|alguns|dois|tres)\s*(?:s|sek\w*|sec\w*|seg\w*)\b`;

const FROZEN = anyOf(
  [
    String.raw`\b(?:the )?(?:same|one|a single|an identical|identical) (?:frame|image|picture|still)s?\b(?:\s+[a-z']+){0,2}?\s*` +
      String.raw`(?:repeated|repeating|repeats|over and over|again and again|on (?:a )?loop|looping|for the rest)\b`,
    String.raw`\b(?:rest|remainder|second half|last (?:few |\w+ )?(?:seconds?|frames?)|end) (?:of (?:the |my )?(?:video|clip|output|animation) )?` +
      String.raw`(?:is|are|was|were) (?:just |only |basically |all )?(?:the same (?:frame|image|picture)|a (?:frozen|still|static) (?:frame|image|picture)|frozen)\b`,
    String.raw`\b(?:video|clip|output|result|animation|motion|image|picture|frames?)\s+(?:just\s+|then\s+|always\s+|sometimes\s+)?` +
      String.raw`(?:freezes|froze|gets frozen|got frozen|stops moving|stopped moving)\s+(?:halfway|midway|in the middle|partway|` +
      String.raw`(?:after|at|around|for)\s+(?:about |around |roughly |only |just |the )?(?:${TIME_EN}))`,
    String.raw`\b(?:freezes|froze|stutters|stuttering)\s+on (?:the same|one|a single|the (?:first|last)) frame\b`,
    String.raw`\b(?:video|clip|bild|ergebnis|animation|output)\b(?:\s+\w+){0,2}?\s+(?:friert|fror)\b[^.!?;]{0,12}?\b(?:(?:nach|ab) ${TIME_ROM}|in der mitte|mittendrin)[^.!?;]{0,12}?\bein\b`,
    String.raw`\b(?:dasselbe|das gleiche|das selbe|ein und dasselbe|immer das gleiche) (?:bild|frame|standbild)\b[^.!?;]{0,20}?(?:wiederholt|immer wieder|in (?:der |einer )?schleife)`,
    String.raw`\bder rest (?:des (?:videos|clips) )?(?:ist|war) (?:nur |einfach )?(?:dasselbe|das gleiche|ein stehendes|ein eingefrorenes) (?:bild|frame)`,
    String.raw`\b(?:video|clip|image|animation|resultat)\b(?:\s+[\w']+){0,2}?\s+(?:se fige|s'est figee?|se gele|freeze)\s+(?:(?:apres|au bout de|a partir de) ${TIME_ROM}|au milieu|a mi)`,
    String.raw`\b(?:la )?meme image (?:\w+ )?(?:repetee|qui se repete|en boucle)|\ble reste (?:de la video )?(?:est|etait) (?:juste )?(?:la meme image|une image figee|fige)`,
    String.raw`\b(?:video|clip|imagen|animacion|resultado)\b(?:\s+\w+){0,2}?\s+(?:se congela|se congelo|se queda congelad[oa]|se quedo congelad[oa])\s+` +
      String.raw`(?:(?:despues de|tras|a partir de|a los) ${TIME_ROM}|a la mitad|a mitad|en la mitad)`,
    String.raw`\b(?:el )?mismo (?:fotograma|frame|cuadro)\b(?:\s+\w+)?\s+(?:repetido|que se repite|una y otra vez)|` +
      String.raw`\bel resto (?:del video )?(?:es|era) (?:solo )?(?:el mismo (?:fotograma|frame|cuadro)|una imagen congelada)`,
    String.raw`\b(?:video|clipe|imagem|animacao|resultado)\b(?:\s+\w+){0,2}?\s+(?:congela|congelou|fica congelad[oa]|ficou congelad[oa])\s+(?:(?:depois de|apos|a partir de) ${TIME_ROM}|no meio)`,
    String.raw`\b(?:o )?mesmo (?:frame|quadro)\b(?:\s+\w+)?\s+(?:repetido|que se repete|sem parar)|` +
      String.raw`\bo resto (?:do video )?(?:e|era) (?:so |apenas )?(?:o mesmo (?:frame|quadro)|uma imagem congelada)`,
    '同じ(?:ふれーむ|こま|コマ|画像|絵)(?:が|の)(?:繰り返|くりかえ|るーぷ|続)',
    '(?:\\d+|数)秒(?:後|目|経つと|くらいで|ほどで|以降)(?:から|に|で|は)?(?:映像|動画|画面|画像)(?:が|は)(?:固ま|ふりーず|静止)',
  ],
  'g',
);

/** The only things that move are a few of many, or the camera: "only a couple of them are moving", "it just zooms in". */
const ONLY_SOME = anyOf(
  [
    String.raw`\bonly (?:a couple|a few|one|two|three|some|half|part)(?: of (?:them|the (?:[a-z]+ )?[a-z]+))? (?:is|are|was|were) (?:moving|animated)\b`,
    String.raw`\bonly (?:a couple|a few|one|two|three|some|half)(?: of (?:them|the (?:[a-z]+ )?[a-z]+))? (?:moves?|moved|animates?)\b`,
    String.raw`\bonly the camera (?:moves|moved|is moving|pans|zooms)\b`,
    String.raw`\b(?:just|only|simply) (?:(?:slowly|slightly|kind of) )?(?:zooms?|zoomed|zooming) (?:in|out)\b`,
    String.raw`\bnur (?:einer|eine|eins|ein paar|wenige|zwei|drei|einige)\b(?:\s+\w+){0,3}?\s+beweg(?:t|en|te|ten) sich\b|` +
      String.raw`\bbeweg(?:t|en) sich nur (?:einer|eine|ein paar|wenige|zwei|einige)\b|\bnur (?:ein (?:leichter |langsamer )?)?zoom\b`,
    String.raw`\b(?:seul(?:e|s|es)?|seulement|uniquement)\s+(?:un|une|deux|quelques-uns|quelques-unes|quelques)\b(?:\s+[\w']+){0,3}?\s+` +
      String.raw`(?:bouge|bougent|s'anime|s'animent)\b|\b(?:juste|seulement) (?:un (?:leger |lent )?)?zoom\b`,
    String.raw`\bsolo (?:uno|una|dos|algunos|algunas|unos pocos|unas pocas)\b(?:\s+\w+){0,3}?\s+se (?:mueve|mueven|movia|movian)\b|` +
      String.raw`\bsolo se mueven? (?:uno|una|dos|algunos|algunas)\b|\bsolo (?:hace )?(?:un (?:ligero |lento )?)?zoom\b`,
    String.raw`\b(?:so|somente|apenas)\s+(?:um|uma|dois|duas|alguns|algumas|uns poucos)\b(?:\s+\w+){0,3}?\s+se (?:mexe|mexem|move|movem)\b|` +
      String.raw`\b(?:so|somente|apenas) (?:da )?(?:um (?:leve |lento )?)?zoom\b`,
    '(?:一人|ひとり|1人|一部|一つ|ひとつ|数人|いくつか)(?:の[^。、]{0,8})?(?:しか|だけしか)動(?:かな|いていな|いてな|きませ)(?:い|く|かった|ん)?',
    '(?:ずーむ|ズーム)(?:する|している|してる|される)?だけ',
  ],
  'g',
);

/** A condition opening the clause: "if your output does not move, lower the CFG" is advice, not what came out. */
const IF_BEFORE =
  /(?:\b(?:if|in case|whenever|wenn|falls|si|cuando|caso|quando)|\bse(?=\s+(?:o|a|os|as|um|uma|seu|sua)\s))\s+[^,.;:!?]{0,40}$/;

/** How-to and wishes before a zoom or a partial motion: "how do I make it only zoom in?". */
const ASKED = /\b(?:make it|let it|to|can|could|should|would|how do i|how to|want it to|want)\s+(?:\w+\s+)?$/;

/** A body or face part whose motion should follow the driving video, and the negated verb of following. */
const PART_UNFOLLOWED = anyOf(
  [
    String.raw`\b(?:eyes?|eyebrows?|eyelids?|head|lips|mouth|face|expressions?|hands?|arms?|legs?|body|gaze|pupils)\b[^.!?;]{0,40}?` +
      String.raw`\b(?:doesn't|does not|don't|do not|didn't|did not|won't|isn't|aren't|not|never|fails? to|failed to)\s+(?:\w+\s+)?` +
      String.raw`(?:move|moving|follow|following|track|tracking|mimic|mimicking|copy|copying|mirror|mirroring)\b`,
    String.raw`\b(?:augen|auge|kopf|lippen|mund|gesicht|mimik|ausdruck|hande|hand|arme|beine|korper|augenbrauen|blick)\b[^.!?;]{0,40}?` +
      String.raw`\b(?:beweg\w* sich nicht|folg\w*(?:\s+\w+){0,3}?\s+nicht|mach\w* (?:die bewegung\w* )?nicht mit)\b`,
    String.raw`\b(?:yeux|oeil|tete|levres|bouche|visage|expressions?|mains?|bras|jambes|corps|regard|sourcils)\b[^.!?;]{0,40}?` +
      String.raw`\bne (?:bouge|bougent|suit|suivent|reproduit|reproduisent|copie|copient)\s+pas\b`,
    String.raw`\b(?:ojos|ojo|cabeza|labios|boca|cara|rostro|expresion\w*|manos?|brazos|piernas|cuerpo|mirada|cejas)\b[^.!?;]{0,40}?` +
      String.raw`\bno (?:se mueven? con|siguen?|imitan?|copian?|reproducen?)\b`,
    String.raw`\b(?:olhos|olho|cabeca|labios|boca|rosto|expressa\w*|maos?|bracos|pernas|corpo|olhar|sobrancelhas)\b[^.!?;]{0,40}?` +
      String.raw`\bnao (?:se mexem? com|se movem? com|seguem?|acompanham?|imitam?|copiam?|reproduzem?)\b`,
    '(?:目|瞳|視線|頭|唇|口|顔|表情|手|腕|体)(?:の動き)?(?:が|は)[^。]{0,20}?(?:追従しな|追従していな|ついてこな|ついてきていな|ついて来な|連動しな|連動していな|反映されな|動いていな|動かな)(?:い|く|かった)?',
  ],
  'g',
);
/** The driving video the part should follow, in the same sentence. */
const DRIVING = new RegExp(
  String.raw`\b(?:driving|driven|drive|reference|source|input|guide|guiding|template)\s+(?:video|clip|motion|movements?|footage|sequence)\b|` +
    String.raw`(?:referenz|treiber|driving|vorlage|quell|eingabe)-?videos?\b|\bvideo (?:de |d')?(?:reference|source|entree|referencia|entrada|conduccion)\b|` +
    '(?:駆動|参照|りふぁれんす|どらいびんぐ|元|入力)(?:の)?(?:動画|映像|びでお)',
);

const GATE =
  /mov|mouv|motion|animat|frame|zoom|freez|froze|stutter|track|mimic|copy|mirror|follow|same|beweg|dasselbe|gleiche|meme|mismo|mesmo|folg|friert|fige|suiv|congel|boug|muev|mexe|sigu|segu|acompanh|imit|動|同じ|固ま|ふりーず|ずーむ|追従|ついて|連動|反映/;
const STOP = /[.!?;。！？]/;
const CAMERA = /\b(?:camera|kamera|camara|cam)\b|かめら/;

/** Where a Japanese construction's own words begin: after the thing named before しか, else its first character. */
const jaCore = (folded: string, s: { start: number; end: number }) => {
  const only = folded.slice(s.start, s.end).indexOf('しか動');
  return only > 0 ? s.start + only : s.start;
};

/**
 * Lost or too little motion votes physics: each construction said as a complaint (not wished, praised, negated).
 * `text`: the description and the folded text's origins, for Japanese word starts (a construction read in Japanese
 * must begin where a word begins, as the lexicon's entries do: 体 is not read in 全体).
 */
export function lostMotionVotes(
  votes: Map<QualityModeId, Vote>,
  folded: string,
  hits: readonly Hit[],
  off: readonly Hit[],
  text?: { description: string; origin: number[] },
): void {
  if (!GATE.test(folded) || hits.some((h) => h.role.kind === 'hard')) return;
  const spans: { start: number; end: number }[] = [];
  for (const re of [TOO_LITTLE, FROZEN, OUTPUT_STILL]) {
    for (const m of eachMatch(folded, re)) {
      // The camera's own move ("the camera movement is too slow", "mouvement de caméra trop lent") is no lost motion.
      if (!CAMERA.test(folded.slice(Math.max(0, m.index - 12), m.index + m[0].length)))
        spans.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  for (const m of eachMatch(folded, ONLY_SOME)) {
    if (!ASKED.test(folded.slice(Math.max(0, m.index - 30), m.index))) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  for (const m of eachMatch(folded, PART_UNFOLLOWED)) {
    const sentence = (folded.slice(0, m.index).split(STOP).pop() ?? '') + (folded.slice(m.index).split(STOP)[0] ?? '');
    if (DRIVING.test(sentence)) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  let bounds: Uint8Array | undefined;
  for (const s of spans) {
    if (text && CJK.test(folded[s.start]!)) {
      bounds ??= wordBoundaries(text.description, text.origin);
      if (bounds[jaCore(folded, s)] !== 1) continue;
    }
    // The "same" of "the same frame repeated" has been read by the construction: it says nothing stayed fine. Other
    // hits inside it keep their verdict ("if the movements are too small, raise …" is advice, turned off).
    const outside = off.filter((h) => h.role.kind !== 'steady' || h.end <= s.start || h.start >= s.end);
    if (IF_BEFORE.test(folded.slice(Math.max(0, s.start - 48), s.start))) continue;
    if (saidAsComplaint(folded, s, hits, outside)) vote(votes, 'physics', 0.8, [saidHit('physics', s.start, s.end)]);
  }
}
