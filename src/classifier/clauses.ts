/**
 * A description split into clauses: punctuation and separator words ("but", "aber", "けど") end one. Negation and the
 * pairing of a cue with what it is said about never cross a clause break.
 */
import type { CueClass } from './lexicon/types.ts';
import { absentOrLikened } from './absent.ts';
import { auxiliariesDropped } from './auxiliary.ts';
import { lossSaid } from './loss.ts';
import { bracketEnd, doubleNegation, predicateBreaks } from './negation-reach.ts';
import { gap, type Hit } from './matcher.ts';
import { eachMatch } from './each-match.ts';
import { stopsToNegation } from './stopped.ts';
import { whole, words } from './word-regex.ts';

/** Clause breaks in the folded text. A colon only before a space: "0:05" is a time, "physics fails: a glass..." a break. */
export const PUNCT = /[.!?;,、。！？\n…()[\]"—–]|\s-\s|:\s/g;

/** `negatedFrom`: hits starting at or after this offset are negated (-1: the whole clause; Infinity: none). */
export interface Clause {
  hits: Hit[];
  negatedFrom: number;
  hasCue: boolean;
}

/**
 * German and Japanese put the negation after what it negates ("flackert nicht", "ちらつきはない"), so there it covers
 * the whole clause; elsewhere it covers what follows it ("drives through the wall like it's not there" still
 * complains about the wall).
 */
/** Cues that are verbs a judgement can qualify as an adverb ("unnaturally changes", "不自然に動く"). */
const VERBS: ReadonlySet<CueClass> = new Set<CueClass>(['change', 'morph', 'move', 'vanish', 'deform', 'flicker', 'become', 'jump']);

/** "De forma", "de manera", "d'une façon", "in a": what turns the judgement after it into how the verb happened. */
const MANNER = /^\s*(?:de (?:forma|maneira|manera|modo)|d'une (?:facon|maniere)|de (?:facon|maniere)|in an?)\s+(?:\S+\s+)?$/;

/** Between a flicker word and a number: "between", "entre", "zwischen". */
const RANGE = /^\s*(?:between|entre|zwischen)\s+$/;

/** What a Japanese stability word can be said to suffer: breaking down (崩れ), lacking (欠け), being lost (失われ). */
const LOST: ReadonlySet<CueClass> = new Set<CueClass>(['deform', 'count', 'vanish']);
/** The steady word, then at most a suffix (性, 感) and a particle, then the loss: 整合性が崩れ, 一貫性に欠け. */
const jaLost = (folded: string, h: Hit, n: Hit) => n.start >= h.end && /^(?:性|感)?(?:が|に|は|も)?$/.test(folded.slice(h.end, n.start));

const NEGATES_BACKWARDS: ReadonlySet<string> = new Set(['de', 'ja']);

/**
 * A problem said to be solved is solved whichever side of the word it stands on: "fixed the flicker" and "the
 * flicker was fixed", "les mains ont été corrigées", "el parpadeo se ha resuelto". These negators cover the clause.
 */
const RESOLVED = whole([
  'solved|fixed|resolved|eliminated|reduce[sd]?',
  'resuelt[oa]s?|resolvio|corregid[oa]s?|reducid[oa]s?',
  String.raw`resolu\w*|corrige\w*|reduit\w*`,
  'resolveu|resolvid[oa]s?|corrigiu|corrigid[oa]s?|reduz|reduziu',
  'gelost|behoben|reduziert|verringert',
  '解消|解決|直っ|改善|軽減|抑え|防止|防げ|防ぐ',
]);

/**
 * でも is "but" only where a clause starts ("でも顔が変わる"); after a word it is the particle "even" or "also"
 * ("シーンをまたいでも", "どのシーンでも"), and the clause goes on.
 */
const evenIf = (folded: string, h: Hit) =>
  h.cjk && h.start > 0 && folded.startsWith('でも', h.start) && !/[\s、。！？!?,.]/.test(folded[h.start - 1]!);

/** Hits grouped by clause; a negator turns its clause off, a negated positive ("not right") becomes a cue. */
export function clauses(folded: string, all: Hit[]): Clause[] {
  const hits = absentOrLikened(folded, all);
  const breaks: number[] = [];
  for (const m of eachMatch(folded, PUNCT)) breaks.push(m.index);
  for (const h of hits) if (h.role.kind === 'sep' && !evenIf(folded, h)) breaks.push(h.start);
  // "ドアが開かずに壁を通り抜ける": 〜ずに ("without") negates what comes before it, and what follows is said plainly.
  for (const h of hits) if (h.role.kind === 'neg' && h.cjk && folded.slice(h.start, h.end) === 'ずに') breaks.push(h.end);
  breaks.push(...predicateBreaks(folded, hits));
  breaks.sort((a, b) => a - b);
  const out: Clause[] = [];
  // A clause whose every word was only a copula or an adverb ("Out of nowhere, ...", "it appears so") is no clause:
  // the readers after this one take each clause to hold a hit.
  const keep = (c: Clause) => {
    if (c.hits.length) out.push(c);
  };
  let b = 0;
  let cur: Hit[] = [];
  for (const h of hits) {
    let moved = false;
    while (b < breaks.length && breaks[b]! <= h.start) {
      b++;
      moved = true;
    }
    if (moved && cur.length) {
      keep(finishClause(folded, cur));
      cur = [];
    }
    if (h.role.kind !== 'sep' && h.role.kind !== 'ignore') cur.push(h);
  }
  if (cur.length) keep(finishClause(folded, cur));
  return out;
}

/**
 * Positives that praise rather than say a thing is right: negated ("the colours are not great", "nicht schön") they
 * are a judgement, not a defect. "Not right", "not correct", "doesn't work" stay defects.
 */
const PRAISE = /^(?:good|great|nice|bom|boa|bons|boas|buen[oa]s?|bon|bons|bonnes?|gut|gute|super|良い|きれい|綺麗)$/;

/** Before a solution word in its clause: the person asks for the fix (folded, no accents). */
const ASKED = words([
  "want|need|would like|'d like|please|pls|should|must|hope|wish|can you|could you",
  'quiero|quisiera|necesito|por favor|deberia|ojala',
  'bitte|mochte|sollte|muss|wunsche',
  'voudrais|aimerais|faut|veux|svp|devrait',
  'quero|gostaria|preciso|deveria|favor',
]);

/** After a Japanese solution word: asked for, not done (してほしい, 希望, を求める, してください, お願い). */
const JA_ASKED = /^(?:を|が)?(?:して|され)?(?:ほし|欲し|希望|求め|下さ|くださ|お願)/;

function finishClause(folded: string, clauseHits: Hit[]): Clause {
  const hits = stopsToNegation(folded, clauseHits);
  const used = new Set<Hit>();
  const kept: Hit[] = [];
  // Positives first, so that a steady word can be judged by a negated one: "face consistency is not good" is a change
  // as "face consistency is bad" is (issue 16, point 2: a positive negated is a complaint).
  const notFine: Hit[] = [];
  const order = [...hits.filter((h) => h.role.kind === 'pos'), ...hits.filter((h) => h.role.kind === 'steady')];
  for (const h of order) {
    const k = h.role.kind;
    // "not ok", "nicht richtig", "ne sont pas bien": the negators just before a positive flip it into a complaint.
    // Japanese puts the negation after: "大丈夫じゃない".
    // German puts it after too: "die Physik stimmt oft nicht".
    const after = (n: Hit) => n.start >= h.end && n.start - h.end <= (n.cjk ? (h.role.kind === 'steady' ? 16 : 3) : 8);
    const before = (n: Hit) => !n.cjk && n.end <= h.start && h.start - n.end <= 16;
    // A solution word is no negation of stability: "一貫性が改善された", "they fixed the face consistency" say it is fine.
    const fix = (n: Hit) => k === 'steady' && RESOLVED.test(folded.slice(n.start, n.end));
    const flips: Hit[] = hits.filter(
      (n) =>
        n.role.kind === 'neg' &&
        !fix(n) &&
        (n.cjk ? after(n) : before(n) || (n.langs.includes('de') && (after(n) || bracketEnd(folded, hits, h, n)))),
    );
    // "Falta de coerência", "fehlende Konsistenz", "manque de cohérence": stability said to be missing is a change.
    if (k === 'steady') flips.push(...hits.filter((n) => n.role.kind === 'cue' && n.role.cls === 'count' && !n.cjk && before(n)));
    // "整合性が崩れる", "一貫性に欠ける", "統一感が失われる": Japanese says stability broke or is lacking after the word.
    if (k === 'steady' && h.cjk)
      flips.push(...hits.filter((n) => n.cjk && n.role.kind === 'cue' && LOST.has(n.role.cls) && jaLost(folded, h, n)));
    // "Loss of character consistency", "一貫性が失われる": stability said to be lost is a change (loss.ts).
    const loss = k === 'steady' ? lossSaid(folded, h) : undefined;
    // "No loss of consistency", "一貫性は失われない": the loss denied is stability kept; the negator stays one.
    if (loss && flips.some((n) => n.role.kind === 'neg')) continue;
    if (loss) flips.push(loss);
    // The loss word is no thing of its own (pt "perda" is also read as an object).
    if (loss) for (const o of hits) if (o !== h && o.start >= loss.start && o.end <= loss.end) used.add(o);
    // "Face consistency is bad", "mauvaise cohérence": stability judged bad is a change, like a negated one.
    const judged =
      k === 'steady' && !flips.length
        ? hits.filter(
            (c) => c.role.kind === 'cue' && (c.role.cls === 'generic' || c.role.cls === 'judge') && !used.has(c) && gap(c, h) <= 32,
          )
        : [];
    if (k === 'steady' && !flips.length) judged.push(...notFine.filter((c) => gap(c, h) <= 32));
    flips.push(...judged);
    if (!flips.length) continue;
    // "Mit den Händen stimmt nichts nicht", "nothing is not right": German and English have no negative concord, so a
    // negated "nothing" and a second negator cancel and the positive stands (es "no está nada bien" is one negation).
    if (k === 'pos' && doubleNegation(folded, flips)) {
      for (const n of flips) used.add(n);
      continue;
    }
    // "Ne respecte pas la physique": French negation is "ne" before the verb and "pas" after; the "pas" belongs to the
    // flipped positive, not to the clause after it.
    if (flips.some((n) => n.role.kind === 'neg')) {
      flips.push(...hits.filter((n) => n.role.kind === 'neg' && !n.cjk && n.langs.includes('fr') && !flips.includes(n) && after(n)));
    }
    for (const n of flips) used.add(n);
    used.add(h);
    const start = Math.min(h.start, ...flips.map((n) => n.start));
    const end = Math.max(h.end, ...flips.map((n) => n.end));
    const praise = PRAISE.test(folded.slice(h.start, h.end));
    const made: Hit = { ...h, role: { kind: 'cue', cls: k === 'steady' ? 'change' : praise ? 'judge' : 'generic' }, start, end };
    if (k === 'steady') made.lost = true;
    // A negated positive that judged a steady word is part of its change, no second complaint.
    for (const n of flips) if (kept.includes(n)) kept.splice(kept.indexOf(n), 1);
    kept.push(made);
    if (k === 'pos') notFine.push(made);
  }
  for (const h of hits) if (!used.has(h)) kept.push(h);
  kept.sort((a, b) => a.start - b.start);
  // "Face becomes distorted", "wird unscharf", "se vuelve borroso": a change verb right before the defect is only its
  // copula; the face did not change into someone else, it got distorted.
  for (let i = kept.length - 2; i >= 0; i--) {
    const h = kept[i]!;
    const next = kept[i + 1]!;
    const copula = h.role.kind === 'cue' && (h.role.cls === 'change' || h.role.cls === 'become');
    // A phrase naming a mode counts too: "die Haut hat plötzlich einen Grünstich" is no change of the skin.
    const defect =
      (next.role.kind === 'cue' && !['change', 'become', 'span'].includes(next.role.cls)) ||
      next.role.kind === 'hard' ||
      next.role.kind === 'strong';
    if (copula && defect && next.start - h.end <= 12) kept.splice(i, 1);
  }
  auxiliariesDropped(folded, kept);
  // "顔が不自然に変わる", "the face unnaturally changes": a judgement made an adverb (〜に, -ly) says how the change
  // happened; it is no second defect of the face.
  for (let i = kept.length - 2; i >= 0; i--) {
    const h = kept[i]!;
    const next = kept[i + 1]!;
    const judgement = h.role.kind === 'cue' && (h.role.cls === 'generic' || h.role.cls === 'judge');
    const adverb = h.cjk ? folded.slice(h.end, next.start) === 'に' : /ly$/.test(folded.slice(h.start, h.end)) && next.start - h.end <= 1;
    if (judgement && adverb && next.role.kind === 'cue' && VERBS.has(next.role.cls)) kept.splice(i, 1);
  }
  // "Oscilando entre quatro e vinte e duas", "fluctuates between 3 and 5": a flicker word before a range of numbers is
  // a count that varies (the thing changes), not light flickering.
  for (let i = 0; i < kept.length - 1; i++) {
    const h = kept[i]!;
    const next = kept[i + 1]!;
    if (h.role.kind !== 'cue' || h.role.cls !== 'flicker' || next.role.kind !== 'num') continue;
    if (RANGE.test(folded.slice(h.end, next.start))) kept[i] = { ...h, role: { kind: 'cue', cls: 'change' } };
  }
  // "Um objeto que se deformava de forma estranha", "se déforme d'une façon bizarre": the same adverb after the verb.
  for (let i = kept.length - 1; i > 0; i--) {
    const h = kept[i]!;
    const prev = kept[i - 1]!;
    const judgement = h.role.kind === 'cue' && (h.role.cls === 'generic' || h.role.cls === 'judge');
    const manner = MANNER.test(folded.slice(prev.end, h.start));
    if (judgement && manner && prev.role.kind === 'cue' && VERBS.has(prev.role.cls)) kept.splice(i, 1);
  }
  // "自然になった", "became natural", "wurde natürlich": a change right next to a positive is how it got fine.
  // Only a positive: "keeps changing", "no longer the same" are complaints.
  const fine = kept.filter((h) => h.role.kind === 'pos');
  // "保たれるようになった", "安定するようになった": a steady word that came to be so is fine too (only with 〜ように).
  const cameSteady = kept.filter((h) => h.role.kind === 'steady' && h.cjk);
  for (let i = kept.length - 1; i >= 0; i--) {
    const h = kept[i]!;
    if (h.role.kind !== 'cue' || (h.role.cls !== 'change' && h.role.cls !== 'become')) continue;
    // 読めるようになった: 〜ようになる ("came to be") sits between the positive and the change.
    const after = (p: Hit) => p.end <= h.start && (h.start - p.end <= 1 || folded.slice(p.end, h.start) === 'よう');
    const before = (p: Hit) => h.role.kind === 'cue' && h.role.cls === 'become' && h.end <= p.start && p.start - h.end <= 8;
    const cameTo = (p: Hit) => p.end <= h.start && /^[ぁ-ん]{0,4}よう$/.test(folded.slice(p.end, h.start));
    if (fine.some((p) => after(p) || before(p)) || cameSteady.some(cameTo)) kept.splice(i, 1);
  }
  // "The faces are consistent from shot to shot": beside a steady or positive word a span is context, not a change.
  const steadyStated = kept.some((h) => h.role.kind === 'pos' || h.role.kind === 'steady');
  const hasCue = kept.some(
    (h) => (h.role.kind === 'cue' && (h.role.cls !== 'span' || !steadyStated)) || h.role.kind === 'num' || h.role.kind === 'strong',
  );
  // A negator always negates its clause. "Fine" only does when nothing in the clause complains: in "no longer looks
  // like the same person" the "same" is part of the complaint.
  let negatedFrom = Infinity;
  const resolved = (h: Hit) => h.role.kind === 'neg' && RESOLVED.test(folded.slice(h.start, h.end));
  // "Not fixed", "nicht behoben", "no se ha resuelto": a solution denied is the problem still there.
  const denied = new Set<Hit>();
  for (const r of kept.filter(resolved)) {
    // Japanese denies after: 改善されない.
    const near = (h: Hit) => (r.cjk ? h.start >= r.end && h.start - r.end <= 6 : h.end <= r.start && r.start - h.end <= 16);
    const n = kept.find((h) => h !== r && h.role.kind === 'neg' && !resolved(h) && near(h));
    if (n) denied.add(n).add(r);
    // "改善してほしい", "I need the flicker fixed", "quero que seja corrigido": a fix asked for is the problem still there.
    else if (
      r.cjk
        ? JA_ASKED.test(folded.slice(r.end, r.end + 10))
        : ASKED.test(
            folded
              .slice(0, r.start)
              .split(/[.!?;,:]/)
              .pop()!,
          )
    )
      denied.add(r);
  }
  // A failed generation is no part that is fine: in "Aufträge blieben in der Warteschlange stecken" the "stayed" is the
  // stall itself, and in "何も問題ないプロンプトなのにブロックされた" what was fine is the prompt, not the outcome.
  const failure = kept.some((h) => h.role.kind === 'hard');
  for (const h of kept) {
    if (h.role.kind === 'neg' && !denied.has(h)) {
      const whole = h.langs.some((l) => NEGATES_BACKWARDS.has(l)) || resolved(h);
      negatedFrom = Math.min(negatedFrom, whole ? -1 : h.start);
    } else if (!hasCue && !failure && (h.role.kind === 'pos' || h.role.kind === 'steady')) negatedFrom = -1;
  }
  return { hits: kept, negatedFrom, hasCue };
}
