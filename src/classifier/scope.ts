/**
 * Clauses that say nothing of their own because they illustrate the clause before them: an example in brackets
 * ("Réduit les hallucinations (mains à six doigts)") and the details after a colon that follows a statement that
 * something is fine ("Physics looked believable: the ball bounced and rolled to a stop"). Both take the state of
 * what they illustrate, so a negated or fine statement's example is no complaint either. And a change the person
 * asked for ("the sunset shifts to purple, exactly as I wanted", "指示通りに変わる") is no failure.
 */
import type { Clause } from './clauses.ts';
import type { Hit } from './matcher.ts';
import { eachMatch } from './each-match.ts';
import { anyOf } from './word-regex.ts';

/** A sentence ends: what follows is no longer the example. */
const SENTENCE_END = /[.!?;。！？\n]/;

/** Said fine by a positive or steady word, not by a negator: "not what I wanted: the hands melt" is a complaint. */
const saidFine = (c: Clause) =>
  c.negatedFrom === -1 &&
  c.hits.some((h) => h.role.kind === 'pos' || h.role.kind === 'steady') &&
  !c.hits.some((h) => h.role.kind === 'neg');

/** "The physics? Impeccable.": a topic, a question mark, then a word saying it is fine. */
const askedFine = (folded: string, c: Clause) =>
  c.hits[0]!.role.kind === 'pos' && saidFine(c) && /[\p{L}]\s?[?？]\s*$/u.test(folded.slice(0, c.hits[0]!.start));

/** Turns off (negatedFrom = -1) every clause that only illustrates a negated or fine one. */
export function inheritNegation(folded: string, cls: Clause[], hits: readonly Hit[]): void {
  let bracket = false;
  let example = false;
  for (let i = 1; i < cls.length; i++) {
    const before = cls[i - 1]!;
    const clause = cls[i]!;
    const from = before.hits[before.hits.length - 1]!.end;
    const to = clause.hits[0]!.start;
    const gap = folded.slice(from, to);
    if (gap.includes(')')) bracket = false;
    if (gap.includes('(') && before.negatedFrom !== Infinity) bracket = true;
    // "Fine: A, B and C" goes on until the sentence ends or a "but" turns it.
    if (SENTENCE_END.test(gap) || hits.some((h) => h.role.kind === 'sep' && h.start >= from && h.start < to)) example = false;
    if (/:(?:\s|$)/.test(gap) && saidFine(before)) example = true;
    // "The physics? Impeccable. Leaves tumbled, collided ...": a topic asked and answered with praise is followed by
    // its examples, as after a colon, for the one sentence after it (vague round, s12).
    const turned = hits.some((h) => h.role.kind === 'sep' && h.start >= from && h.start < to);
    if (askedFine(folded, before) && !turned && SENTENCE_END.test(gap) && !SENTENCE_END.test(gap.slice(gap.search(SENTENCE_END) + 1)))
      example = true;
    if (bracket || example) clause.negatedFrom = -1;
  }
  // "背景が変わったり、別人になったりする現象はみられません": Japanese lists its events with たり and says the verb once, at
  // the end; a negation there is said of every listed event. Walk back so a list of three inherits it too.
  for (let i = cls.length - 2; i >= 0; i--) {
    const clause = cls[i]!;
    const next = cls[i + 1]!;
    const gap = folded.slice(clause.hits[clause.hits.length - 1]!.end, next.hits[0]!.start);
    if (next.negatedFrom !== Infinity && TARI.test(gap)) clause.negatedFrom = -1;
  }
}

/** A listed event's ending ("変わったり、"): the clause goes on in the next one, up to the list's one verb. */
const TARI = /^[^。！？.!?]{0,12}?(?:たり|だり)[、,]/;

/** "As I asked", "wie gewünscht", "como pedí", "comme prévu", "conforme pedido", "指示通り" (folded: no accents, hiragana). */
const INTENDED = anyOf(
  [
    String.raw`\bas (?:prompted|requested|intended|planned|expected|described|i (?:asked|wanted|intended|prompted|requested))\b`,
    // Pictured beforehand (s11): "exactly as I imagined", "wie ich es mir vorgestellt habe", "思い描いた通り".
    String.raw`\bas (?:i (?:had )?)?(?:imagined|pictured|envisioned)\b|\bwie (?:ich es mir )?(?:vorgestellt|erhofft)\b`,
    String.raw`\bcomme (?:je (?:l'|me l')?(?:imaginais|avais imagine)|imagine)\b|\bcomo (?:(?:yo )?(?:me )?lo imaginaba|eu (?:imaginava|tinha imaginado)|imaginava)\b`,
    String.raw`\blike i (?:asked|wanted)\b`,
    String.raw`\bwie (?:gewunscht|gewollt|geplant|verlangt|beschrieben|im prompt|vorgestellt|erhofft)\b`,
    String.raw`\bcomo (?:(?:lo )?pedi|queria|se pidio|esperaba|(?:lo )?imaginaba|estaba previsto|eu (?:pedi|queria|imaginava)|pedido)\b`,
    String.raw`\b(?:conforme|segun lo) (?:pedido|solicitado|previsto|planeado|planejado)\b`,
    String.raw`\bcomme (?:demande|prevu|voulu|je (?:voulais|l'ai demande|l'imaginais))\b`,
    '(?:指示|ぷろんぷと|狙い|思い|思い描いた|想像した|想像|いめーじ|意図|希望|注文)(?:通り|どおり)',
    // "As I pictured it": 思い描いた通り, 想像した通り, いめーじ通り, 期待通り.
    '(?:思い描いた|想像した|思った|いめーじ|期待|予想)(?:通り|どおり)',
  ],
  'g',
);

/** "Not as I asked", "nicht wie gewünscht", "思い通りにならない": the person did not get what they asked for. */
const NOT_BEFORE = /\b(?:not|isn't|wasn't|never|nicht|kein\w*|no|nada|pas|nao|nunca)\b[^.,;!?]{0,12}$/;
const NOT_AFTER_JA = /^[^、。]{0,4}な/;

/** Turns off the clauses of a sentence that says the change in it was asked for. */
export function intendedOff(folded: string, cls: Clause[], hits: readonly Hit[]): void {
  for (const m of eachMatch(folded, INTENDED)) {
    const at = m.index;
    const end = at + m[0].length;
    if (NOT_BEFORE.test(folded.slice(Math.max(0, at - 40), at)) || NOT_AFTER_JA.test(folded.slice(end, end + 8))) continue;
    sentenceOff(folded, cls, hits, at, end);
  }
}

/** Turns off (negatedFrom = -1) every clause lying wholly in [from, to): the reach of a want, a removal, a telling. */
export function clausesOff(cls: Clause[], from: number, to: number): void {
  for (const c of cls) if (c.hits[0]!.start >= from && c.hits[c.hits.length - 1]!.end <= to) c.negatedFrom = -1;
}

/** Turns off the clauses of the sentence around [at, end), no further than a "but" on either side. */
function sentenceOff(folded: string, cls: Clause[], hits: readonly Hit[], at: number, end: number): void {
  const stops = [...hits.filter((h) => h.role.kind === 'sep').map((h) => h.start)];
  for (const p of eachMatch(folded, /[.!?;。！？\n]/g)) stops.push(p.index);
  const from = Math.max(-1, ...stops.filter((p) => p < at));
  const to = Math.min(folded.length, ...stops.filter((p) => p >= end));
  for (const c of cls) if (c.hits[0]!.start > from && c.hits[c.hits.length - 1]!.end <= to) c.negatedFrom = -1;
}

/**
 * What is said of AI video in general, by hearsay ("という意見があります", "と言われている", "heißt es", "on dit que"):
 * a reported opinion, not the person's own clip failing. A defect the person saw and reports ("指摘されています" of a
 * named video) is not hearsay.
 */
const HEARSAY = anyOf(
  [
    '(?:という|との|といった)(?:意見|声|評価|評判|噂|うわさ)',
    'と(?:よく)?(?:言われ|いわれ)',
    String.raw`\b(?:so )?heisst es\b|\bsagt man\b|\bhort man\b`,
    String.raw`\b(?:it is said|people say|rumou?r has it)\b`,
    String.raw`\bon dit que\b|\bil parait que\b|\bparait-il\b`,
    String.raw`\bse dice que\b|\bsegun dicen\b|\bdiz-se que\b|\bsegundo dizem\b`,
    // Read or heard somewhere, and the evidential adverbs (s13): what others report, not the person's clip.
    String.raw`\bi(?: have|'ve)? (?:read|heard)(?: somewhere| online| on \w+)? that\b|\b(?:supposedly|reportedly|allegedly)\b`,
    String.raw`\bich (?:habe|hab) (?:gelesen|gehort)(?: dass|, dass)\b|\bangeblich\b`,
    String.raw`\bj'ai (?:lu|entendu(?: dire)?) (?:que|qu')|\bsoi-disant\b`,
    String.raw`\b(?:he leido|lei|he oido|oi|escuche|he escuchado) que\b|\bdicen que\b|\bsupuestamente\b`,
    String.raw`\b(?:li|ouvi dizer|ouvi falar|ouvi) que\b|\bdizem que\b|\bsupostamente\b`,
    // Other users' reports and what a site says (s13): "other users report", "people on Reddit complain about", "laut
    // Reddit", "selon Reddit", "segun Reddit", "segundo o Reddit", "my friend's clip".
    String.raw`\b(?:other|some|many) (?:users|people|creators) (?:report|reported|say|said|complain|complained|mention)\b`,
    String.raw`\bpeople (?:on|in) \w+ (?:say|said|complain|complained|report|reported)\b|\bi (?:saw|read) on \w+ that\b`,
    String.raw`\bmy (?:friend|colleague|coworker|brother|sister|son|daughter|wife|husband|boss)'s (?:clip|video|result|generation)s?\b`,
    String.raw`\b(?:andere|viele|manche) (?:nutzer|user|leute) (?:berichten|berichteten|sagen|klagen|schreiben)\b|\blaut (?:reddit|twitter|discord|youtube|nutzern|usern)\b`,
    String.raw`\b(?:d'autres|des|beaucoup d') utilisateurs (?:signalent|rapportent|disent|se plaignent)\b|\bselon (?:reddit|twitter|discord|youtube|les utilisateurs)\b`,
    String.raw`\b(?:otros|muchos|algunos) usuarios (?:reportan|dicen|se quejan|comentan)\b|\bsegun (?:reddit|twitter|discord|youtube|los usuarios)\b`,
    String.raw`\b(?:outros|muitos|alguns) usuarios (?:relatam|dizem|reclamam|comentam)\b|\bsegundo o (?:reddit|twitter|discord|youtube)\b|\bsegundo os usuarios\b`,
    '(?:他の|ほかの)(?:ゆーざー|人|ひと)(?:から|が|も)[^。！？]{0,24}(?:報告|言って|いって|指摘|書いて)',
    // Japanese hearsay endings after a plain form: 崩れると聞いた, 崩れるらしい, 崩れるそうです (not 崩れそう, "looks like").
    'と(?:聞いた|聞きました|聞いて|きいた)|(?:る|た|い|だ)(?:らしい|そうです|そうだ)',
    // The casual quotative って (無視するって聞いた, 溶けるって話), and the other plain verb endings before らしい
    // (消えちゃうらしい, 浮くらしい): the same hearsay (ja13).
    'って(?:聞いた|聞きました|聞いて|きいた|話|噂|うわさ|言われ|いわれ)|(?:う|く|す|つ|む|ぶ|ぐ)(?:らしい|そうです|そうだ)',
  ],
  'g',
);

/** Turns off the clauses of a sentence that reports hearsay about AI video. */
export function hearsayOff(folded: string, cls: Clause[], hits: readonly Hit[]): void {
  for (const m of eachMatch(folded, HEARSAY)) sentenceOff(folded, cls, hits, m.index, m.index + m[0].length);
  if (!TELLER_GATE.test(folded)) return;
  // What a teller said runs from the telling to the sentence's end: "my run got stuck, a friend told me hers did too"
  // keeps the person's own run before it.
  for (const m of eachMatch(folded, TOLD)) {
    const cut = folded.slice(m.index).search(/[.!?;。！？\n]/);
    const to = cut < 0 ? folded.length : m.index + cut;
    clausesOff(cls, m.index, to);
  }
}

/**
 * What someone else said of their own run (s14): "a friend told me her generation got stuck", "he said he never got a
 * video". He or she only as the teller of a run of their own, so "he says hello and his hand melts" (the person in the
 * clip speaking) is read as it is.
 */
const TOLD = anyOf(
  [
    String.raw`\b(?:a|my) (?:friend|colleague|coworker|brother|sister|son|daughter|wife|husband|boss|client)\s+` +
      String.raw`(?:said|says|told me|tells me|mentioned|claims|claimed)\b`,
    String.raw`\b(?:he|she|they)\s+(?:told me|tells me|said|says|claims|claimed)\s+(?:that\s+)?(?:he|she|they)\s+` +
      String.raw`(?:never|didn't|did not|got|had|couldn't|could not|can't)\b`,
  ],
  'g',
);
const TELLER_GATE = /friend|colleague|coworker|brother|sister|son|daughter|wife|husband|boss|client|\b(?:he|she|they)\b/;
