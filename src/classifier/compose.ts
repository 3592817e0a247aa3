/**
 * Compositions the word lists cannot express: text that came out as a near-miss of what was asked ("Acme" came out
 * as "Acne", spelled bakery as bakrey, a quoted word beside its misspelling) and a body part of the wrong species
 * ("a cat with human hands"). Each gives a span of the folded text and a mode; classify.ts votes with it like a pair.
 */
import { osaDistance } from './fuzzy.ts';
import type { Hit } from './matcher.ts';
import { saidHit, vote, type Vote } from './votes.ts';
import type { QualityModeId } from '../modes/types.ts';
import { eachMatch } from './each-match.ts';
import { anyOf } from './word-regex.ts';

export interface Composed {
  mode: QualityModeId;
  confidence: number;
  start: number;
  end: number;
}

const QUOTED = /["“”«»「」『』]([^"“”«»「」『』\n]{1,40})["“”«»「」『』]/g;
const WORD = /[\p{L}\p{N}]+/gu;

/** "X came out as Y": the verb phrases per language that put what was asked beside what came out. */
const CAME_OUT = anyOf(
  [
    String.raw`\b(?:came|comes|come) out as\b`,
    String.raw`\b(?:rendered|written|printed|turned out|showed up|shows up) as\b`,
    String.raw`\b(?:sali[oó]|sale) como\b`,
    String.raw`\baparece escrito como\b`,
    String.raw`\bescrit[oa] como\b`,
    String.raw`\bkam als\b`,
    String.raw`\bals\b[^.!?;]{1,30}\bgeschrieben\b`,
    String.raw`\bgeschrieben als\b`,
    String.raw`\best sorti comme\b`,
    String.raw`\becrit comme\b`,
    String.raw`\bs'affiche comme\b`,
    String.raw`\bsaiu como\b`,
    String.raw`\bescrito como\b`,
  ],
  'g',
);

/** "spelled bakery as bakrey": spelling is about text whatever the words are. */
const SPELLED_AS = anyOf(
  [
    String.raw`\b(?:spelled|spelt|misspelled|misspelt|spells|misspells|wrote|writes)\b[^.!?;]{1,40}?\bas\b`,
    String.raw`\b(?:escribio|deletreo)\b[^.!?;]{1,40}?\bcomo\b`,
    String.raw`\b(?:schreibt|schrieb)\b[^.!?;]{1,40}?\bals\b`,
    String.raw`\b(?:a ecrit|ecrit|orthographie)\b[^.!?;]{1,40}?\bcomme\b`,
    String.raw`\b(?:escreveu|soletrou)\b[^.!?;]{1,40}?\bcomo\b`,
  ],
  'g',
);

/** Body parts of a person on an animal; the words are folded (no accents). */
const SPECIES = anyOf(
  [
    String.raw`\bhuman (?:hands?|arms?|legs?|feet|fingers|face|teeth|eyes|body)\b`,
    String.raw`\b(?:manos?|brazos?|piernas?|pies|dedos|cara|dientes|ojos) human[oa]s?\b`,
    String.raw`\bmenschliche[nrs]? (?:hande|hand|arme|beine|fusse|finger|gesicht|zahne|augen)\b`,
    String.raw`\b(?:mains?|bras|jambes?|pieds?|doigts|visage|dents|yeux) humaine?s?\b`,
    String.raw`\b(?:maos?|bracos?|pernas?|pes|dedos|rosto|dentes|olhos) human[oa]s?\b`,
    '人間の(?:手|腕|足|指|顔|歯|目)',
    '人の(?:手|腕|足|指|顔)',
  ],
  'g',
);
/** One word boundary around all the languages' animals: tried once per place, not once per language. */
const ANIMAL = new RegExp(
  String.raw`\b(?:${[
    'cat|cats|kitten|dog|dogs|puppy|horse|bird|cow|lion|tiger|bear|fox|monkey|rabbit|bunny|duck|fish',
    'frog|pig|sheep|deer|wolf|animal',
    'gato|gatito|perro|perrito|caballo|pajaro|vaca|leon|tigre|oso|zorro|mono|conejo|pato|pez|rana|cerdo',
    'katze|kater|hund|welpe|pferd|vogel|kuh|lowe|bar|fuchs|affe|hase|kaninchen|ente|fisch|frosch|schwein|tier',
    'chat|chaton|chien|chiot|cheval|oiseau|vache|ours|renard|singe|lapin|canard|poisson|grenouille|cochon',
    'gatinho|cachorro|cao|cavalo|passaro|leao|urso|raposa|macaco|coelho|peixe|sapo|porco',
  ].join('|')})\b|猫|ねこ|犬|いぬ|馬|鳥|牛|ライオン|らいおん|虎|熊|狐|猿|うさぎ|兎|動物`,
);

/**
 * Two of one side ("two left hands", "deux mains gauches", "duas mãos esquerdas"): a pair of parts is one of each side,
 * so two of the same is a body part doubled. Not German, where "zwei linke Hände" is the idiom for clumsy.
 */
const SAME_SIDE = anyOf(
  [
    String.raw`\btwo (?:left|right) (?:hands|feet|arms|legs|eyes|ears)\b`,
    String.raw`\bdeux (?:mains|pieds|bras|jambes|yeux|oreilles) (?:gauches|droite?s)\b`,
    String.raw`\bdos (?:manos|pies|brazos|piernas|ojos|orejas) (?:izquierd|derech)[oa]s\b`,
    String.raw`\bduas? (?:maos|pes|bracos|pernas|olhos|orelhas) (?:esquerd|direit)[oa]s\b`,
    '(?:左|右)(?:手|足|腕|目|耳)が(?:二つ|2つ|二本|2本)',
  ],
  'g',
);

/** Two spellings of one word: close, but not the same (and not just a plural or a case change). */
function nearMiss(a: string, b: string, most = 2): boolean {
  if (a === b || a.length < 3 || b.length < 3) return false;
  if (a.replace(/e?s$/, '') === b.replace(/e?s$/, '')) return false;
  const max = Math.min(most, Math.max(a.length, b.length) >= 7 ? 2 : 1);
  return osaDistance(a, b, max) <= max;
}

const words = (s: string) => eachMatch(s, WORD).map((m) => m[0]);

/** Where the quote or word after `pos` ends, so a reason quotes "spelled bakery as bakrey" whole. */
function nextEnd(folded: string, pos: number): number {
  const rest = folded.slice(pos);
  const m = /^\s*(?:["“”«»「」『』][^"“”«»「」『』\n]{1,40}["“”«»「」『』]|[\p{L}\p{N}]+)/u.exec(rest);
  return m ? pos + m[0].length : pos;
}

/** Where the quote or word before `pos` starts. */
function prevStart(folded: string, pos: number): number {
  const head = folded.slice(0, pos);
  const m = /(?:["“”«»「」『』][^"“”«»「」『』\n]{1,40}["“”«»「」『』]|[\p{L}\p{N}]+)\s*$/u.exec(head);
  return m ? m.index : pos;
}

/** The quoted strings and every word of the description, for the near-miss checks. */
function quotedNearMisses(folded: string, out: Composed[]): void {
  const quotes = eachMatch(folded, QUOTED).map((m) => ({ text: m[1]!.trim(), start: m.index, end: m.index + m[0].length }));
  for (const q of quotes) {
    const mine = words(q.text);
    // A quoted word beside another quoted word or a plain word that is nearly it: what was asked and what came out.
    for (const other of quotes) {
      if (other === q || other.start < q.start) continue;
      const theirs = words(other.text);
      if (mine.length && mine.length === theirs.length && mine.some((w, i) => nearMiss(w, theirs[i]!))) {
        out.push({ mode: 'text', confidence: 0.9, start: q.start, end: other.end });
      }
    }
    for (const m of eachMatch(folded, WORD)) {
      if (m.index >= q.start && m.index < q.end) continue;
      // Against a plain word only one slip counts: two edits turn many words into others ("generate", "general").
      if (m[0].length >= 5 && mine.some((w) => w.length >= 5 && nearMiss(w, m[0], 1))) {
        out.push({ mode: 'text', confidence: 0.85, start: Math.min(q.start, m.index), end: Math.max(q.end, m.index + m[0].length) });
      }
    }
  }
}

/** Every composition in a folded description; `textNamed` says whether a text anchor was found in it. */
export function compositions(folded: string, textNamed: boolean): Composed[] {
  const out: Composed[] = [];
  quotedNearMisses(folded, out);
  for (const m of eachMatch(folded, SPELLED_AS)) {
    out.push({ mode: 'text', confidence: 0.88, start: m.index, end: nextEnd(folded, m.index + m[0].length) });
  }
  const quoted = QUOTED.test(folded);
  QUOTED.lastIndex = 0;
  for (const m of eachMatch(folded, CAME_OUT)) {
    // "The dog came out as a cat" is no text failure: only with text named, a quote, or a near-miss on either side.
    const before = words(folded.slice(Math.max(0, m.index - 30), m.index)).slice(-2);
    const after = words(folded.slice(m.index + m[0].length, m.index + m[0].length + 30)).slice(0, 2);
    if (textNamed || quoted || before.some((b) => after.some((a) => nearMiss(a, b)))) {
      out.push({ mode: 'text', confidence: 0.88, start: prevStart(folded, m.index), end: nextEnd(folded, m.index + m[0].length) });
    }
  }
  for (const m of eachMatch(folded, SAME_SIDE)) out.push({ mode: 'anatomy', confidence: 0.85, start: m.index, end: m.index + m[0].length });
  if (!ANIMAL.test(folded)) return out;
  for (const m of eachMatch(folded, SPECIES)) out.push({ mode: 'anatomy', confidence: 0.85, start: m.index, end: m.index + m[0].length });
  return out;
}

/** A composition counts unless a negator comes shortly before it in the same sentence ("no garbled 'Acme'"). */
export function composedVotes(votes: Map<QualityModeId, Vote>, folded: string, hits: Hit[], live: Hit[]): void {
  const textNamed = live.some((h) => h.role.kind === 'anchor' && h.role.cls === 'text');
  for (const c of compositions(folded, textNamed)) {
    const before = (h: Hit) => h.end <= c.start && c.start - h.end <= 24 && !/[.!?;]/.test(folded.slice(h.end, c.start));
    const negated = hits.some((h) => h.role.kind === 'neg' && before(h));
    if (negated) continue;
    vote(votes, c.mode, c.confidence, [saidHit(c.mode, c.start, c.end)]);
  }
}
