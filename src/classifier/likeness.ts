/**
 * Who a result is, said as a construction rather than a part and a cue. Two families from the public tuning split's
 * silent identity complaints (issue 16 item 4, a person x appearance change):
 * - a result unlike its source or reference ("result does not look like src", "eye colour doesn't match the source",
 *   "sieht nicht aus wie die Vorlage", "ne ressemble pas à la référence", "no se parece a mí", "元画像に似ていない"):
 *   the label conventions make a face that stops matching its reference or the input `identity` [batch 7, 8, 10];
 * - a new or random person where the person should be ("moves to a completely new woman", "it just created random
 *   people", "interprets it as a new actor", "eine fremde Frau", "una persona desconocida", "知らない人"): someone else.
 * The subject is often the whole result ("the output", "it"), which is no anchor, so the word lists cannot pair it.
 * Not decided here, the README's open calls: a colour or a motion unlike the input (the sentence names only a colour,
 * light, a motion or a thing, so it is left to the other rules) and an extra person who walks in or appears.
 */
import type { QualityModeId } from '../modes/types.ts';
import type { AnchorClass } from './lexicon/types.ts';
import type { Hit } from './matcher.ts';
import { saidAsComplaint } from './span-scope.ts';
import { saidHit, type Vote, vote } from './votes.ts';
import { eachMatch } from './each-match.ts';
import { anyOf } from './word-regex.ts';

/**
 * What a result is measured against; not a source video, whose motion is what it lends, nor an original prompt or
 * style, which is the prompt not followed, `vague` by the label conventions [batch 9, 10].
 */
const NOT_LIKENESS =
  String.raw`(?!(?:\s+\w+){0,2}?\s+` +
  String.raw`(?:videos?|clips?|audio|motion|poses?|movements?|prompts?|style|design|idea|text|quality|` +
  // Nor a work, a product or a format ("nothing like the original film", "does not match the source resolution"):
  // the same words about something that has no face (precision round, s10).
  String.raw`films?|movies?|apps?|versions?|resolution|size|format|aspect|length|duration|model|tool|game|series|song|music|` +
  String.raw`filme?|auflosung|pelicula|aplicacion|version|resolucion|filmes?|aplicativo|versao|resolucao|application)\b)`;
const EN_REF = String.raw`(?:(?:source|src|reference|ref|original)\b${NOT_LIKENESS}|(?:me|myself)\b)`;
const EN_NOT = String.raw`(?:doesn't|does not|doesnt|don't|do not|dont|didn't|did not|didnt|no longer|never)`;
const DE_REF = String.raw`(?:quelle|vorlage|referenz(?:bild|foto)?|original(?:bild|foto|gesicht)?|ausgangsbild|mir|ihm)\b`;
const FR_REF = String.raw`(?:source|reference|original\w*|(?:image|photo|visage) (?:d'origine|de depart|source))\b`;
// The picture the person gave it ("la foto que subí", "a foto que enviei"), as "the photo I uploaded".
const ES_REF = String.raw`(?:fuente|referencia|original|(?:imagen|foto|cara) (?:de origen|original)|(?:imagen|foto) que (?:subi|puse|use|cargue|di)|mi)\b`;
const PT_REF = String.raw`(?:fonte|referencia|original|(?:imagem|foto|rosto) (?:de origem|original)|(?:imagem|foto) que (?:enviei|mandei|subi|usei|coloquei|carreguei)|mim)\b`;

const UNLIKE_SOURCE = anyOf(
  [
    String.raw`\b${EN_NOT}\s+(?:\w+\s+)?(?:look(?:s|ed)?(?: anything)? like|resembl\w*|match\w*(?: with| up with| to)?)\s+(?:to\s+)?` +
      String.raw`(?:(?:the|my|its|his|her|their|that|this)\s+)?` +
      String.raw`(?:(?:person|face|one|guy|woman|man) in the\s+)?${EN_REF}`,
    String.raw`\b(?:nothing like|unlike|different from|differs? from|differed from)\s+(?:(?:the|my|its)\s+)?${EN_REF}`,
    String.raw`\b(?:sieht|sehen|sah|sahen)\s+(?:\w+\s+){0,3}?(?:nicht|kaum)\s+(?:mehr\s+|so\s+|wirklich\s+)*aus\s+wie\s+` +
      String.raw`(?:(?:die|der|das|dem|den|meine?)\s+)?${DE_REF}`,
    String.raw`\b(?:ahnel|entspr|pass)\w*\s+(?:\w+\s+){0,3}?(?:(?:der|dem|den|zur|zum)\s+)?${DE_REF}\s*(?:\w+\s+)?(?:nicht|kaum)\b`,
    String.raw`\bne\s+(?:ressembl|correspond)\w*\s+(?:pas|plus|guere|jamais)(?:\s+(?:du tout|vraiment|beaucoup))?\s+` +
      String.raw`(?:a|au|aux|avec)\s+(?:la |l'|le |les |ma |mon )?${FR_REF}`,
    String.raw`\bne\s+(?:me|lui)\s+ressembl\w*\s+(?:pas|plus|guere|jamais)\b`,
    String.raw`\bno\s+(?:se\s+)?(?:me\s+|le\s+)?(?:parec|coincid|correspond)\w*\s+(?:en nada\s+|nada\s+|mucho\s+)?(?:a|al|con)\s+` +
      String.raw`(?:(?:la|el|mi|los|las)\s+)?${ES_REF}`,
    String.raw`\bnao\s+(?:se\s+)?(?:parec|bat|correspond)\w*\s+(?:em nada\s+|nada\s+|muito\s+)?(?:com|a|ao)\s+` +
      String.raw`(?:(?:a|o|minha|meu)\s+)?${PT_REF}`,
    // "Não se parece comigo": com + mim in one word.
    String.raw`\bnao\s+(?:se\s+)?(?:parec|bat|correspond)\w*\s+(?:em nada\s+|nada\s+|muito\s+)?comigo\b`,
    // The person in the result said not to be me or my face ("that's not my face", "esa no es mi cara", "essa não é
    // minha cara"): the result unlike its source, the source being the writer. Only after a pointer or a person, so
    // "the problem is not me" is no likeness.
    String.raw`\b(?:that|this|person|man|woman|guy|girl|boy|kid|baby|child|character|face)(?:\s+in the (?:video|clip|result|output|image))?\s*` +
      String.raw`(?:'s not| is not| was not| isn't| wasn't| isnt| wasnt)\s+(?:me|my face|myself)\b`,
    // "By the end it's not her anymore": the person stopped being who they were.
    String.raw`\b(?:it|that|she|he)(?:'s| is|s)\s+(?:not\s+(?:her|him)\s+(?:anymore|any more)|no longer\s+(?:her|him))\b`,
    String.raw`\bno es (?:mi cara|mi rostro)\b|\b(?:ese|esa|este|esta|eso|esto) no soy yo\b`,
    String.raw`\bnao e (?:a minha|minha) (?:cara|face)\b|\bnao e (?:o meu|meu) rosto\b|\b(?:esse|essa|este|esta|isso|isto) nao sou eu\b`,
    '(?:元画像|元の画像|元の写真|元の顔|元写真|参照画像|参考画像|りふぁれんす|そーす画像|本人|私|自分)(?:に|と)(?:は)?' +
      '(?:全然|まったく|全く|あまり|ぜんぜん|少しも)?(?:似ていな|似てな|似ていま?せん|似ても似つかな)',
    '(?:元画像|元の画像|元の写真|元の顔|参照画像|参考画像|本人)(?:と|から)(?:は)?(?:全然|まったく|全く)?(?:違う|違っ|異な|別人)',
  ],
  'g',
);

const EN_PERSON = 'woman|women|man|men|person|persons|people|actor|actors|actress|character|characters|girl|girls|guy|guys|faces?|humans?';
const DE_PERSON = String.raw`(?:frau|frauen|mann|manner|person|personen|menschen|leute|figur|figuren|charakter|schauspieler\w*|gesicht\w*)`;
const FR_PERSON = String.raw`(?:femme|homme|personne|personnage|acteur|actrice|visage|fille|gens)s?`;
const ESPT_PERSON = String.raw`(?:mujer|hombre|persona|personaje|actor|actriz|cara|gente|mulher|homem|pessoa|personagem|ator|atriz|rosto)`;
const ESPT_NEW = String.raw`(?:nuev[oa]s?|aleatori[oa]s?|desconocid[oa]s?|al azar|nov[oa]s?|desconhecid[oa]s?|qualquer)`;

const UNLIKE_GATE =
  /look|differ|resembl|match|like|aus wie|ahnel|entspr|pass|ressembl|correspond|parec|coincid|bat|似|違|異な|別人|me\b|my face|myself|no es mi|nao e|soy yo|sou eu|(?:not|no longer) (?:her|him)\b/;
const NEWCOMER_GATE = anyOf([
  'new|random|unknown|neue|zufall|fremde|unbekannt|nouv|inconnu|aleatoire|hasard|nuev|aleatori|desconoc|azar|nov',
  'desconhec|qualquer|知らない|見知らぬ|新しい|らんだむ|謎の',
]);

/** Someone new where the person should be; "another" is left out (another girl walking through a fence is physics). */
const NEWCOMER = anyOf(
  [
    String.raw`\b(?:new|random|unknown)\s+(?:random\s+)?(?:${EN_PERSON})\b`,
    String.raw`\b(?:neue|neuen|neuer|neues|zufallige|zufalligen|fremde|fremden|fremder|unbekannte|unbekannten|unbekannter)\s+${DE_PERSON}\b`,
    String.raw`\b(?:nouvel|nouvelle|nouveaux|nouvelles|nouveau)\s+${FR_PERSON}\b|\b${FR_PERSON}\s+(?:inconnu|aleatoire|au hasard)\w*`,
    String.raw`\b(?:nuev[oa]s?|nov[oa]s?)\s+${ESPT_PERSON}(?:e?s)?\b|\b${ESPT_PERSON}(?:e?s)?\s+${ESPT_NEW}`,
    '(?:知らない|見知らぬ|新しい|らんだむな|謎の)(?:人|女性|男性|女の子|男の子|顔|きゃら|役者|俳優)',
  ],
  'g',
);

/**
 * The newcomer is what the clip turned into or gave ("turns into a random woman", "it just created random people", "ist
 * es eine fremde Frau", "virou uma pessoa desconhecida"), or stands in someone's place ("à sa place", "instead"): a
 * verb of becoming, making or being right before it, up to three words away. A newcomer who does something ("random
 * people walk through each other") is the subject of another complaint, not someone in the person's place.
 */
const RESULT_BEFORE = new RegExp(
  String.raw`\b(?:into|to|as|is|was|are|were|becom\w*|became|creat\w*|generat\w*|gives?|gave|made|makes|produc\w*|` +
    String.raw`replac\w* (?:by|with)|ist|war|wird|wurde|zu|zur|zum|erzeugt\w*|generiert\w*|macht\w*|gibt|est|devient|` +
    String.raw`devenu\w*|en|cree\w*|genere\w*|donne\w*|es|era|fue|se convierte|convierte|convirtio|crea|creo|genera|genero|` +
    String.raw`e|virou|vira|ficou|em|cria|criou|gera|gerou)\s+(?:[\w']+\s+){0,3}$`,
);
const PLACE_AFTER =
  /^[^.!?;]{0,30}\b(?:instead|in (?:her|his|their) place|a sa place|a leur place|an (?:ihrer|seiner) stelle|en su lugar|no lugar)/;
const RESULT_AFTER_JA = /^(?:に|へ)(?:なっ|なる|なり|変わ|変化|化け|すり替わ)|^が(?:生成|作られ|出来|できあが)/;

/** An extra person who walks in, or one the person added on purpose: the README leaves extra characters open. */
const ARRIVES =
  /\b(?:appear\w*|walk\w* in|enter\w*|pops? up|shows? up|comes? in|erschein\w*|taucht|apparai\w*|aparec\w*|entra\w*|surge\w*)\b|現れ|登場|出てく/;
const ADDED = /\b(?:add|added|adding|introduc\w*|hinzu\w*|ajout\w*|agreg\w*|anad\w*|adicion\w*)\b[^.!?;]{0,20}$/;

/**
 * A new person the writer made ("I made a new character for my story", "j'ai créé un nouveau personnage", "criei um
 * novo personagem"): the maker is the person, not the clip, so it is a request carried out (precision round, s10).
 */
const MADE_BY_ME = new RegExp(
  String.raw`(?:\b(?:i|we|i've|we've|i have|we have|ich habe|wir haben|j'ai|nous avons|yo|eu|nos)\s+(?:\w+\s+){0,2}?` +
    String.raw`(?:made|created|generated|designed|erstellt|generiert|gemacht|entworfen|cree|genere|fait|hice|crie|criei|gerei|fiz)|` +
    String.raw`\b(?:criei|gerei|fiz|hice)\b)[^.!?;]*$`,
);

/** A sentence about a colour, a motion or a thing with no person in it is another rule's to read. */
const PERSON: ReadonlySet<AnchorClass> = new Set(['face', 'feature', 'being', 'look', 'self', 'body']);
const ELSE: ReadonlySet<AnchorClass> = new Set(['color', 'hue', 'motion', 'object', 'matter', 'cast', 'text', 'sound', 'law']);

/** The spans of the two constructions in a folded description. */
export function likenessSpans(folded: string): { start: number; end: number; newcomer: boolean }[] {
  const out: { start: number; end: number; newcomer: boolean }[] = [];
  // A word each construction cannot do without, tested first: the full patterns run on every keystroke otherwise.
  if (UNLIKE_GATE.test(folded)) {
    for (const m of eachMatch(folded, UNLIKE_SOURCE)) out.push({ start: m.index, end: m.index + m[0].length, newcomer: false });
  }
  if (!NEWCOMER_GATE.test(folded)) return out;
  for (const m of eachMatch(folded, NEWCOMER)) {
    const end = m.index + m[0].length;
    const head =
      folded
        .slice(0, m.index)
        .split(/[.!?;。！？\n]/)
        .pop() ?? '';
    const sentence = `${head} ${folded.slice(end).split(/[.!?;。！？\n]/)[0] ?? ''}`;
    if (ARRIVES.test(sentence) || ADDED.test(folded.slice(Math.max(0, m.index - 40), m.index))) continue;
    if (MADE_BY_ME.test(folded.slice(Math.max(0, m.index - 40), m.index))) continue;
    const after = folded.slice(end);
    const result = RESULT_BEFORE.test(head.slice(-60)) || PLACE_AFTER.test(after) || RESULT_AFTER_JA.test(after);
    if (!result) continue;
    out.push({ start: m.index, end, newcomer: true });
  }
  return out;
}

/** A construction counts when said as a complaint (span-scope.ts) about a person, not only a colour or a thing. */
export function likenessVotes(votes: Map<QualityModeId, Vote>, folded: string, hits: readonly Hit[], off: readonly Hit[]): void {
  for (const e of likenessSpans(folded)) {
    if (!saidAsComplaint(folded, e, hits, off)) continue;
    const same = (h: Hit) => !/[.!?;。！？]/.test(h.end <= e.start ? folded.slice(h.end, e.start) : folded.slice(e.end, h.start));
    const named = hits.filter((h) => h.role.kind === 'anchor' && same(h) && (h.end <= e.start || h.start >= e.end));
    const cls = (set: ReadonlySet<AnchorClass>) => named.some((h) => h.role.kind === 'anchor' && set.has(h.role.cls));
    // A new person names the person itself; "unlike the source" needs the sentence not to be about a colour or a thing.
    if (!e.newcomer && cls(ELSE) && !cls(PERSON)) continue;
    vote(votes, 'identity', 0.85, [saidHit('identity', e.start, e.end)]);
  }
}
