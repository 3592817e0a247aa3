/**
 * The patterns of the physical events `events.ts` reads (a shadow that does not follow its thing, an effect before its
 * cause, a direction swapped, running in place, breathing walls, no consequence, slow falls, no motion). Apart from the
 * gates and votes in `events.ts` only to keep both files small. Folded text: lowercase, no accents, katakana as hiragana.
 */
import { anyOf } from './word-regex.ts';

/** A character of a clause with no negation in it: a shadow that does NOT stay in place is no complaint. */
const UNSAID = String.raw`(?:(?!\b(?:not|never|nicht|ne|no|nao|pas)\b|\w+n't\b)[^.!?;])`;
/** One word that is not a negation ("reste toujours au même endroit", not "reste pas"). */
const WORD = String.raw`(?!(?:nicht|pas|no|nao|not)\b)\w+ `;

/** A shadow or reflection that does not move with, follow or match its thing: the light's physics failed. */
export const STILL_CAST = anyOf(
  [
    String.raw`\b(?:shadows?|reflections?)\b[^.!?;]{0,40}?\b(?:doesn't|does not|don't|do not|didn't|did not|never|fails? to|failed to)` +
      String.raw`\s+(?:\w+\s+)?(?:move|follow|match|react)\w*`,
    String.raw`\b(?:shadows?|reflections?)\b[^.!?;]{0,30}?\b(?:stays?|stayed|remains?|remained)\s+(?:still|static|frozen|in place|put)\b`,
    // "The reflections stay too much at the same place": the same stillness, said of where it stays.
    String.raw`\b(?:shadows?|reflections?)\b${UNSAID}{0,30}?\b(?:stays?|stayed|remains?|remained)\s+` +
      String.raw`(?:[a-z]+\s+){0,2}?(?:at|in) the same (?:place|spot|position)\b`,
    String.raw`\b(?:schatten|spiegelung\w*|spiegelbild\w*)\b${UNSAID}{0,40}?\bbleib\w* (?:${WORD})?` +
      String.raw`(?:an der gleichen|an derselben|am selben) (?:stelle|ort)`,
    String.raw`\b(?:ombres?|reflets?)\b${UNSAID}{0,30}?\breste\w* (?:${WORD})?(?:au meme endroit|a la meme place)`,
    String.raw`\b(?:sombras?|reflejos?)\b${UNSAID}{0,30}?\b(?:se queda\w*|permanece\w*) (?:${WORD})?en el mismo (?:lugar|sitio)`,
    String.raw`\b(?:sombras?|reflexos?)\b${UNSAID}{0,30}?\b(?:fica\w*|permanece\w*) (?:${WORD})?no mesmo lugar`,
    '(?:影|反射)[^。、！？]{0,8}?同じ(?:場所|位置)(?:のまま(?!では|じゃ)|に(?:留|とど)ま(?!らな|りませ))',
    String.raw`\b(?:shadows?|reflections?)\b[^.!?;]{0,20}?\b(?:disagree|contradict)\w*`,
    String.raw`\b(?:schatten|spiegelung\w*|spiegelbild\w*)\b[^.!?;]{0,40}?\b(?:beweg\w* sich nicht|folg\w* nicht|bleib\w* (?:stehen|starr))`,
    String.raw`\b(?:ombres?|reflets?)\b[^.!?;]{0,40}?\bne\s+(?:bouge|bougent|suit|suivent|correspond|correspondent)\s+pas\b`,
    String.raw`\b(?:ombres?|reflets?)\b[^.!?;]{0,30}?\breste\w* (?:immobile|fixe|fige)\w*`,
    String.raw`\b(?:sombras?|reflejos?)\b[^.!?;]{0,40}?\bno\s+(?:se\s+)?(?:mueve|mueven|movia|sigue|siguen|coincide|coinciden)\b`,
    String.raw`\b(?:sombras?|reflexos?)\b[^.!?;]{0,40}?\bnao\s+(?:se\s+)?(?:move|movem|mexe|mexem|segue|seguem|acompanha|acompanham)\b`,
    '(?:影|反射)[^。、！？]{0,6}?(?:動いていな|動いてな|動いていま?せん|動かな|動かず|動きませ|ついてこな|ついて来な|追従しな)',
  ],
  'g',
);

/** Breaking, splashing or bouncing before the thing is touched: an effect before its cause. */
export const BEFORE_CAUSE = anyOf(
  [
    String.raw`\b(?:shatter|break|broke|splash|explod|crack|burst|bounc|react|spill|ripple|collaps|open|clos)\w*\s+` +
      String.raw`(?:\w+\s+){0,3}?before\s+(?:\w+\s+){0,3}?(?:hits?|hitting|touch\w*|reach\w*|lands?|landing|contact\w*|impact\w*|` +
      String.raw`struck|strikes?|pressed|pushed|pulled|turned|kicked|thrown)\b`,
    // Said in general: "the effect can precede its cause".
    String.raw`\beffects? (?:[a-z']+ ){0,3}?(?:precedes?|comes? before|happens? before) (?:its |it's |the )?causes?\b`,
    String.raw`\b(?:zerbricht|zerbrechen|zerspringt|zerplatzt|platzt|spritzt|explodiert|reagiert)\b[^.!?;]{0,30}\bbevor\b[^.!?;]{0,40}` +
      String.raw`\b(?:beruhrt|trifft|aufschlagt|aufkommt|landet|erreicht)`,
    String.raw`\b(?:se brise|se casse|eclate|explose|eclabousse|rebondit|reagit)\w*\b[^.!?;]{0,30}\bavant (?:de|d'|qu)[^.!?;]{0,30}` +
      String.raw`\b(?:touch|heurt|frapp|atteindre|atterri|impact)\w*`,
    String.raw`\b(?:se rompe|se quiebra|estalla|explota|salpica|rebota|reacciona)\w*\b[^.!?;]{0,30}\bantes de\b[^.!?;]{0,30}` +
      String.raw`\b(?:toc|golpe|impact|lleg|aterriz|choc)\w*`,
    String.raw`\b(?:quebra|estoura|explode|espirra|respinga|quica|reage)\w*\b[^.!?;]{0,30}\bantes de\b[^.!?;]{0,30}` +
      String.raw`\b(?:toc|bat|atingi|cheg|aterriss|impact|colid)\w*`,
    '(?:当たる|ぶつかる|触れる|着地する|落ちる|届く|接触する|衝突する)前に[^。]{0,12}?(?:割れ|砕け|壊れ|跳ね|弾け|爆発|飛び散|反応|崩れ)',
  ],
  'g',
);

const DIR = [
  'up|upwards?|down|downwards?|backwards?|forwards?|rises?|rising|rose|falls?|falling|fell|sinks?|sinking|sank',
  'nach oben|nach unten|aufwarts|abwarts|ruckwarts|vorwarts|steigt|steigen|fallt|fallen|sinkt|sinken',
  'vers le haut|vers le bas|en arriere|en avant|monte|montent|monter|tombe|tombent|tomber|descend\\w*',
  'hacia arriba|hacia abajo|arriba|abajo|hacia atras|hacia adelante|sube|suben|subir|cae|caen|caer|baja|bajan|bajar',
  'para cima|pra cima|para baixo|pra baixo|para tras|pra tras|sobe|sobem|subir|cai|caem|cair|desce|descem|descer',
].join('|');
const INSTEAD = 'instead of|rather than|statt|anstatt|au lieu de|en vez de|en lugar de|em vez de|ao inves de';

/** A direction said instead of its opposite: "goes down instead of up", "sube en vez de caer", "下じゃなくて上に". */
export const SWAPPED = anyOf(
  [
    `\\b(?:${DIR})\\s+(?:[a-z']+\\s+){0,2}?(?:${INSTEAD})\\s+(?:[a-z']+\\s+){0,2}?(?:${DIR})\\b`,
    '(?:上|下)(?:に|へ)?(?:じゃなくて|ではなく)(?:下|上)',
  ],
  'g',
);

/** Running, walking or driving that goes nowhere. */
export const IN_PLACE = anyOf(
  [
    String.raw`\b(?:runs?|running|ran|walks?|walking|walked|drives?|driving|rides?|riding|swims?|swimming|gallop\w*|pedal\w*)\b` +
      String.raw`[^.!?;]{0,40}?\b(?:(?:stays?|stayed|remains?|remained)\s+(?:in (?:the same |one )?place|on the spot|put)|` +
      String.raw`(?:doesn't|does not|never|isn't|without)\s+(?:\w+\s+)?(?:moving|move|going|getting|get|go)\s+` +
      String.raw`(?:forward|anywhere)|goes nowhere)`,
    String.raw`\b(?:lauft|rennt|fahrt|geht|schwimmt|reitet)\b[^.!?;]{0,40}?\b` +
      String.raw`(?:kommt (?:aber |trotzdem |dennoch )?nicht (?:vom fleck|voran)|` +
      String.raw`bleibt (?:an|auf) der (?:gleichen |selben )?stelle)`,
    String.raw`\b(?:court|marche|roule|nage|pedale)\b[^.!?;]{0,40}?\b(?:reste sur place|reste au meme endroit|n'avance pas|sans avancer)`,
    String.raw`\b(?:corre|camina|anda|conduce|nada|pedalea)\b[^.!?;]{0,40}?\b(?:se queda en el (?:mismo )?(?:sitio|lugar)|no avanza)`,
    String.raw`\b(?:corre|anda|caminha|dirige|nada|pedala)\b[^.!?;]{0,40}?\b(?:fica no mesmo lugar|nao sai do lugar|nao avanca)`,
    '(?:走|歩)[^。]{0,10}?(?:前に進まな|進んでいな|進まな|その場から動か)',
  ],
  'g',
);

/**
 * Still things that "breathe" (swell and shrink in place): "the background buildings begin to breathe", "the walls
 * breathe". Said of walls, buildings, the background or objects only: people and animals do breathe. The same image
 * in the other languages (physics round, s12): "die Wände atmen", "les murs respirent", "el fondo respira",
 * "as paredes respiram", "壁が呼吸している".
 */
export const BREATHING = anyOf(
  [
    String.raw`\b(?:buildings?|walls?|backgrounds?|objects?|furniture|floors?|ground|rooms?|trees?|scenery|environment)\b` +
      String.raw`(?:(?!n't|\bnot\b|\bno longer\b|\bnever\b)[^.!?;]){0,30}?\bbreath(?:e|es|ed|ing)\b`,
    String.raw`\b(?:gebaude|wand|wande|mauer\w*|hintergrund\w*|objekt\w*|mobel|boden|raum|baume?|umgebung|kulisse)\b` +
      String.raw`${UNSAID}{0,30}?\batm(?:et|en|ete|eten)\b(?!\s+(?:nicht|kaum|nie)\b)`,
    String.raw`\b(?:batiments?|murs?|arriere-plans?|decors?|objets?|meubles?|sol|arbres?|environnement)\b` +
      String.raw`${UNSAID}{0,30}?\brespir\w*`,
    String.raw`\b(?:edificios?|paredes|pared|fondos?|objetos?|muebles|suelo|arboles|escenario|entorno)\b${UNSAID}{0,30}?\brespir\w*`,
    String.raw`\b(?:predios?|edificios?|paredes?|fundos?|objetos?|moveis|chao|arvores?|cenario|ambiente)\b${UNSAID}{0,30}?\brespir\w*`,
    '(?:建物|壁|背景|物体|家具|床|部屋|木々|周囲)[^。、！？]{0,8}?(?:呼吸し|息をし)(?!ていな|てな|ない|ませ)',
  ],
  'g',
);

/**
 * An action that leaves no consequence: a bite that leaves no mark, food that never gets less while it is eaten
 * ("a character who bites a cookie that then shows no bite mark", "食べても減らない").
 */
export const NO_CONSEQUENCE = anyOf(
  [
    String.raw`\b(?:no|without) (?:a |any )?bite marks?\b`,
    String.raw`\bleaves? no (?:marks?|traces?|footprints?|dents?|bite marks?|consequences?)\b`,
    String.raw`\b(?:food|cookie|sandwich|pizza|cake|apple|burger|plate|bowl|noodles|spaghetti)\b[^.!?;]{0,30}?` +
      String.raw`\b(?:doesn't|does not|never|didn't|did not)\s+(?:gets?\s+|got\s+)?(?:smaller|shorter|emptier|empty|less|decrease\w*)\b`,
    String.raw`\b(?:keine|ohne) bissspuren?\b|\b(?:essen|teller|kuchen)\b[^.!?;]{0,30}?\bwird nicht weniger\b`,
    String.raw`\b(?:aucune|sans) (?:trace de )?morsure\b`,
    String.raw`\b(?:comida|plato|galleta|pizza)\b[^.!?;]{0,30}?\bno (?:se acaba|disminuye|baja)\b`,
    String.raw`\b(?:comida|prato|biscoito|pizza)\b[^.!?;]{0,30}?\bnao (?:acaba|diminui)\b`,
    '食べ[^。、]{0,10}?(?:減らな|減っていな|なくならな)',
  ],
  'g',
);

/** A thing falling too slowly, or in slow motion: gravity too weak (the generators' commonest gravity failure). */
export const FALLS_SLOW = anyOf(
  [
    String.raw`\b(?:falls?|falling|fell)\b(?:\s+[a-z']+){0,2}?\s+(?:(?:way|much|far)\s+)?(?:too slow(?:ly)?|in slow motion)\b`,
    String.raw`\b(?:drops?|dropping|dropped)\b(?:\s+[a-z']+){0,2}?\s+(?:(?:way|much|far)\s+)?too slow(?:ly)?\b`,
    String.raw`\b(?:fallt|fallen|fiel|fielen)\b(?:\s+[a-z]+){0,2}?\s+(?:viel\s+)?(?:zu langsam|in zeitlupe)\b`,
    String.raw`\b(?:tombe|tombent|tombait|chute)\b(?:\s+[a-z']+){0,2}?\s+(?:beaucoup\s+)?(?:trop lentement|au ralenti)\b`,
    String.raw`\b(?:cae|caen|caia|cayo)\b(?:\s+[a-z]+){0,2}?\s+(?:demasiado (?:lento|despacio)|a camara lenta|en camara lenta)\b`,
    String.raw`\b(?:cai|caem|caia|caiu)\b(?:\s+[a-z]+){0,2}?\s+(?:devagar demais|lento demais|em camera lenta)\b`,
    '(?:落ちるのが|落下が)(?:遅すぎ|ゆっくりすぎ)|(?:すろーもーしょん|スローモーション)で落ち',
  ],
  'g',
);

/**
 * Motion that does not happen where it should ("there is no movement", "very little motion", "keine Bewegung",
 * "動きがほとんどない"), or things that move in slow motion: the public tuning split labels both physics. Not the
 * camera ("no camera movement" was asked for) and not a defect said to be absent ("no motion blur", "no movement
 * issues").
 */
/** After "no movement": what is said to be absent is a defect of the motion, so the motion is fine. */
const NOT_A_DEFECT = String.raw`(?! blur| sickness| artifacts?| issues?| problems?| glitch\w*| errors?| control)`;

export const NO_MOTION = anyOf(
  [
    String.raw`(?<!camera )\b(?:no|little|very little|barely any|hardly any|almost no|any) (?:real |natural )?` +
      String.raw`(?:movement|motion|animation)s?\b${NOT_A_DEFECT}`,
    String.raw`\b(?:move[sd]?|moving|walk\w*|runs?|running|ran|danc\w*)\b(?:\s+[a-z']+){0,2}?\s+in slow motion\b`,
    // The negation is part of these, so it starts the match and does not cancel it.
    String.raw`\b(?:doesn't|does not|didn't|did not|don't|do not|isn't|is not|without)\s+(?:[a-z']+\s+){0,2}?any ` +
      String.raw`(?:movement|motion|animation)s?\b${NOT_A_DEFECT}`,
    String.raw`\bn'y a (?:aucun|pas de) (?:mouvement|animation)s?\b`,
    String.raw`\bno hay (?:ningun|nada de) (?:movimiento|animacion)\w*`,
    String.raw`\bnao (?:ha|tem) (?:nenhum|movimento)\s*(?:movimento|animacao)?\w*`,
    String.raw`(?<!kamera)\b(?:keine|kaum|wenig) (?:bewegung|animation)\w*`,
    String.raw`\b(?:aucun|peu de|pas de) (?:mouvement|animation)s?\b`,
    String.raw`\b(?:ningun|poco|nada de) (?:movimiento|animacion)\w*`,
    String.raw`\b(?:nenhum|pouco|quase nenhum) (?:movimento|animacao)\w*`,
    '動き(?:が|は)(?:ほとんど|全く|まったく)?(?:ない|無い|少な|ありませ)|(?:ほとんど|全く|まったく)動かな',
  ],
  'g',
);
