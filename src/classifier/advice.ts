/**
 * Mode words in advice rather than in a report (precision round, s13; docs/classifier-history.md):
 * - what a negative prompt holds names what the person asked NOT to get ("add 'extra fingers' to the negative
 *   prompt", "Negative prompt: blurry text, deformed hands", "ネガティブプロンプトに「余分な指」を入れる");
 * - a condition whose consequence is a remedy names a defect that may happen, not one that did ("if the hands look
 *   wrong, just regenerate", "falls die Farben flackern, einfach CFG senken", "手がおかしかったら再生成してください").
 * Only those words go off: "I added 'extra fingers' to the negative prompt and still got extra fingers" and "if you
 * look closely, the woman has six fingers" are still read. Folded text: lowercase, no accents, katakana as hiragana.
 */
import type { Clause } from './clauses.ts';
import type { Hit } from './matcher.ts';
import { eachMatch } from './each-match.ts';
import { anyOf, words } from './word-regex.ts';

const NEGATIVE_PROMPT = anyOf(
  [
    String.raw`\bneg(?:ative)? prompts?\b|\bnegativ(?:e[nr]?)?[ -]?prompts?\b|\bprompts? negati(?:f|fs|vo|vos)\b`,
    'ねがてぃぶぷろんぷと|ねがぷろ',
  ],
  'g',
);

/**
 * A prompt given as a label, at a sentence's start ("Prompt: a red car drifting", "Mein Prompt: ...", "Mon prompt :",
 * "プロンプト："): what follows is what was asked for, to the sentence's end. Not "in a single prompt: she gets ...",
 * where the colon leads to what came of it.
 */
const PROMPT_LABEL = anyOf(
  [
    String.raw`(?:^|[.!?\n]\s*)(?:(?:my|the|our|full|positive|text|mein|der|mon|le|mi|el|meu|o) )?prompts?(?: (?:was|used|i used|war|etait|era|foi|usado|utilise))?\s?[:=]`,
    String.raw`(?:^|[。！？\n]\s*)ぷろんぷと(?:は)?[:：=]`,
  ],
  'g',
);

/** Quoted words: what a negative prompt was given. */
const QUOTED = /'[^'\n]{1,80}'|"[^"\n]{1,80}"|「[^」\n]{1,80}」|“[^”\n]{1,80}”|«[^»\n]{1,80}»|„[^“\n]{1,80}“/g;
/** A sentence ends (the colon list of a negative prompt runs to it). */
const SENTENCE = /[.!?;。！？\n]/g;

/**
 * A condition opening a clause: "if", "when", "should", "falls", "wenn", "sollte", "si", "quand", "cuando", "se",
 * "quando", "caso". "When" alone is also a time ("when she waves, her hand has six fingers"): only a remedy after the
 * comma makes any of them a condition.
 */
const CONDITION =
  /(?:^|[.!?;:,。！？\n]\s*|\b(?:and|und|et|y|e)\s+)(?:if|in case|when|whenever|should|falls|wenn|sollte|sollten|si|au cas ou|en cas de|quand|lorsque|lorsqu'|en caso de que|por si|cuando|siempre que|se|caso|quando|sempre que)\s/g;

/** The consequence a remedy: regenerate, retry, lower or raise a setting, use or add something, "just", "you can". */
const REMEDY = new RegExp(
  String.raw`^\s*(?:then\s+|dann\s+|alors\s+|entonces\s+|entao\s+)?(?:${[
    'just|simply|try|retry|regenerate|re-generate|reroll|re-roll|rerun|re-run|lower|raise|increase|decrease|reduce',
    'use|add|set|switch|change the seed|enable|disable|turn|make sure|you can|you should|you need to|you have to',
    'you may want|you might want',
    'einfach|neu generieren|nochmal|noch mal|versuch\\w*|probier\\w*|senk\\w*|erhoh\\w*|verwende\\w*|nutze?\\w*',
    'nimm|man kann|man sollte|kannst du|solltest du|musst du',
    'il suffit|il faut|essaye[zr]?|essaie|reessaye[zr]?|regenere[zr]?|relance[zr]?|baisse[zr]?|augmente[zr]?',
    'utilise[zr]?|ajoute[zr]?|change[zr]? la seed|vous pouvez|tu peux',
    'basta|hay que|vuelve a|vuelva a|regenera|regenere|reintenta|prueba|pruebe|intenta|baja|sube|usa|anade|agrega',
    'cambia|puedes|debes|solo tienes',
    'gere de novo|gere novamente|regenere|tente|experimente|diminua|aumente|use|adicione|mude|troque|e so',
    'voce pode|voce deve|pode',
  ].join('|')})\b`,
);

/** German puts the remedy's infinitive last ("falls die Farben flackern, CFG senken", "einfach neu generieren"). */
const DE_REMEDY_LAST =
  /^[^.!?;]{0,48}\b(?:senken|erhohen|verwenden|nutzen|generieren|wiederholen|andern|probieren|versuchen|hinzufugen|reduzieren)\s*(?:[.!]|$)/;

/** Japanese: a condition (たら, なら, 場合は, ときは) then a remedy in the same sentence (再生成してください, 下げるといい). */
const JA_CONDITION = /(?:たら|だら|なら|場合は|場合、|ときは|時は)/g;
const JA_REMEDY =
  /^[^。！？!?\n]*?(?:再生成|やり直|作り直|生成し直|し直|下げ|上げ|使|追加|入れ|試|変え|変更)(?:して|って|て|る|す)?(?:ください|下さい|みて|みる|みましょう|ましょう|ると(?:いい|良い|よい)|のが(?:いい|良い|おすすめ)|ればいい|ればok|ば(?:いい|良い)|ね|よ)/;

/** A defect named as what to avoid (prec-s13.ts's negators): "to avoid flicker", "para evitar el parpadeo". */
const PURPOSE =
  /^(?:(?:in order |how )?to (?:avoid|prevent)|avoid(?:s|ing)?|(?:para |como )?(?:evitar|prevenir)|evite|evitando|pour (?:empecher|prevenir))$/;
/** Before it, a failure to: "I can't find a setting to prevent the image getting darker" says it does get darker. */
const FAILED = words([
  "not|never|can't|cannot|can not|couldn't|could not|unable|impossible|no way|fail\\w*",
  'no puedo|no pude|no consigo|no logro|no hay forma|imposible',
  'nao consigo|nao consegui|nao da|impossivel',
  "n'arrive pas|n'ai pas reussi|impossible de|pas moyen",
]);

/** Turns off the hits in [from, to): a clause wholly inside goes off, one cut across is split in two. */
function spanOff(cls: Clause[], from: number, to: number): void {
  for (let i = 0; i < cls.length; i++) {
    const c = cls[i]!;
    const inside = c.hits.filter((h) => h.start >= from && h.end <= to);
    if (!inside.length || c.negatedFrom < 0) continue;
    if (inside.length === c.hits.length) {
      c.negatedFrom = -1;
      continue;
    }
    const rest = c.hits.filter((h) => !inside.includes(h));
    const hasCue = (hs: Hit[]) => hs.some((h) => h.role.kind === 'cue');
    const off: Clause = { hits: inside, negatedFrom: -1, hasCue: hasCue(inside) };
    const kept: Clause = { hits: rest, negatedFrom: c.negatedFrom, hasCue: hasCue(rest) };
    const parts = inside[0]!.start < rest[0]!.start ? [off, kept] : [kept, off];
    cls.splice(i, 1, ...parts);
    i++;
  }
}

/** The start of the clause around `at`: the last clause break or separator before it. */
function clauseStart(folded: string, hits: readonly Hit[], at: number): number {
  const breaks = hits.filter((h) => h.role.kind === 'sep' && h.end <= at).map((h) => h.end);
  for (const m of eachMatch(folded.slice(0, at), /[.!?;,:、。！？\n]/g)) breaks.push(m.index + 1);
  return Math.max(0, ...breaks);
}

/** The end of the sentence from `at` on, or the first separator ("but", "and still" is no separator: the quotes stop). */
function sentenceEnd(folded: string, hits: readonly Hit[], at: number): number {
  SENTENCE.lastIndex = at;
  const dot = SENTENCE.exec(folded)?.index ?? folded.length;
  const sep = hits.find((h) => h.role.kind === 'sep' && h.start >= at)?.start ?? folded.length;
  return Math.min(dot, sep);
}

/**
 * Gives back the defect a failed "to avoid" names: the person could not avoid it, so it is there. The failure's own
 * negator ("can't", "no puedo") goes with it: two negations, one statement that it happens.
 */
function failedAvoidance(folded: string, cls: Clause[], hits: readonly Hit[]): void {
  for (const c of cls) {
    if (c.negatedFrom < 0 || c.negatedFrom === Infinity) continue;
    const purpose = c.hits.find((h) => h.start >= c.negatedFrom && h.role.kind === 'neg' && PURPOSE.test(folded.slice(h.start, h.end)));
    if (!purpose) continue;
    if (!FAILED.test(folded.slice(clauseStart(folded, hits, purpose.start), purpose.start))) continue;
    c.negatedFrom = c.hits.find((h) => h.start > purpose.start && h.role.kind === 'neg')?.start ?? Infinity;
  }
}

/** Turns off the words a negative prompt was given, and the defects a remedy is conditional on. */
export function adviceOff(folded: string, cls: Clause[], hits: readonly Hit[]): void {
  failedAvoidance(folded, cls, hits);
  for (const m of eachMatch(folded, NEGATIVE_PROMPT)) {
    const at = m.index;
    const end = at + m[0].length;
    // What stands before it in its clause ("add extra fingers to the negative prompt").
    spanOff(cls, clauseStart(folded, hits, at), end);
    // A list after a colon or "=" runs to the sentence's end ("negative prompt: bad hands, blurry text").
    if (/^\s*(?:[:=]|was:|is:|war:|ist:|etait ?:|era:)/.test(folded.slice(end, end + 8))) spanOff(cls, end, sentenceEnd(folded, hits, end));
    // Quoted words of the same sentence, before or after ("ネガティブプロンプトに「余分な指」を入れた").
    const from = Math.max(0, ...eachMatch(folded.slice(0, at), SENTENCE).map((s) => s.index + 1));
    const to = sentenceEnd(folded, hits, end);
    for (const q of eachMatch(folded.slice(from, to), QUOTED)) spanOff(cls, from + q.index, from + q.index + q[0].length);
  }
  for (const m of eachMatch(folded, PROMPT_LABEL)) {
    const end = m.index + m[0].length;
    spanOff(cls, end, sentenceEnd(folded, hits, end));
  }
  for (const m of eachMatch(folded, CONDITION)) {
    const at = m.index + m[0].length;
    const comma = folded.slice(at).search(/[,、]/);
    if (comma < 0 || /[.!?;。！？\n]/.test(folded.slice(at, at + comma))) continue;
    const after = folded.slice(at + comma + 1);
    const remedy = REMEDY.exec(after) ?? DE_REMEDY_LAST.exec(after);
    if (!remedy) continue;
    spanOff(cls, at, at + comma);
    // The remedy's own verb ("diminua", "reduce") is advice too, not a change going on with the condition's subject.
    spanOff(cls, at + comma + 1, at + comma + 1 + remedy[0].length);
  }
  for (const m of eachMatch(folded, JA_CONDITION)) {
    const end = m.index + m[0].length;
    if (!JA_REMEDY.test(folded.slice(end))) continue;
    const from = Math.max(0, ...eachMatch(folded.slice(0, m.index), /[。！？!?\n]/g).map((s) => s.index + 1));
    spanOff(cls, from, end);
  }
}
