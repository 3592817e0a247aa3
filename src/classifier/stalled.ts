/**
 * Hard failures said in a shape a list of phrases cannot hold:
 * - a progress figure with a verb of staying ("hängt seit einer Stunde bei 99 %", "se quedó en el 87 %",
 *   "99%で止まった", "sits at 99% forever", "still at 0% after an hour"): the figure is how far the job got, so staying
 *   there (or still being there) is a stalled job, whatever words stand between; a figure alone ("99% of the frames
 *   flicker") or a verb alone ("the cat stays still") is no stall;
 * - a German separable verb around its object ("das Video bricht nach zwei Sekunden ab", "die Aufträge brachen ohne
 *   Ergebnis ab"): "bricht … ab" is one word split by the sentence. With a time in between it is a clip cut short.
 */
import type { Lang } from './lang.ts';
import type { HardKey } from './lexicon/index.ts';
import type { Hit } from './matcher.ts';
import { eachMatch } from './each-match.ts';
import { makeHit } from './hit.ts';

const FIGURE = String.raw`\d{1,3}(?:[.,]\d+)?\s?%`;
/**
 * The figure as a place the job is at ("at 99%", "bei 99 %", "en el 87 %", "em 99%", "99%で"): a bare figure after a
 * verb of staying is often an amount ("fica 20% mais escuro", "stays 30% smaller"), which is no stall.
 */
const AT: Readonly<Record<Lang, string>> = {
  en: String.raw`\b(?:at|on|around)\s(?:about\s|like\s)?${FIGURE}`,
  de: String.raw`\b(?:bei|auf|um)\s(?:etwa\s|ca\.?\s)?${FIGURE}`,
  fr: String.raw`(?:\ba|\bsur|\bvers)\s(?:les?\s)?${FIGURE}`,
  es: String.raw`\b(?:en|al)\s(?:el\s)?${FIGURE}`,
  pt: String.raw`\b(?:em|no|nos|a)\s${FIGURE}`,
  ja: `${FIGURE}(?:あたり|付近|くらい|ぐらい)?(?:で|から|の)`,
};
/** What may stand between the verb and the figure: the same sentence, at most 50 characters. */
const BETWEEN = String.raw`[^.!?;。！？]{0,50}?`;

/** Verbs of staying, per language, in folded spelling (no accents, katakana as hiragana). */
const STAY: Readonly<Record<Lang, string>> = {
  en:
    String.raw`\b(?:stuck|stays?|stayed|sits?|sitting|sat|hangs?|hung|hanging|frozen|froze|freezes|stops?|stopped|` +
    String.raw`remains?|remained|stall(?:s|ed)?|still)\b`,
  de: String.raw`\b(?:hangt|hing|hingen|hangen|bleibt|blieb|blieben|bleiben|steht|stand|standen|steckt|steckte|verharrt|haken?|noch)\b`,
  fr: String.raw`\b(?:reste|restee|restent|bloquee?s?|figee?s?|s'arrete|arretee?|coincee?s?|plafonne|tourne|toujours)\b`,
  es: String.raw`\b(?:se queda|se quedo|quedo|se quedan|sigue|se detiene|se detuvo|parad[oa]|atascad[oa]|congelad[oa]|todavia|aun)\b`,
  pt: String.raw`\b(?:fica|ficou|ficam|parou|parad[oa]|trava|travou|travad[oa]|congela|congelou|preso|presa|ainda|continua)\b`,
  ja: '(?:止ま|とま|固ま|進まな|動かな|のまま)',
};

/**
 * A figure the job never gets past ("doesn't go past 50%", "kommt nicht über 80 %", "ne dépasse pas 90 %", "no
 * supera el 50 %"): the negation is part of the stall, so the hit begins with it. Japanese says it with 進まない,
 * already a stall word.
 */
const PAST: Readonly<Partial<Record<Lang, string>>> = {
  en: String.raw`\b(?:never|not|doesn't|does\snot|won't|will\snot|can't|cannot|didn't|isn't)\s(?:\w+\s){0,2}?(?:past|beyond)\s${FIGURE}`,
  de: String.raw`\b(?:nicht|nie)\s(?:\w+\s){0,2}?uber\s(?:die\s)?${FIGURE}`,
  fr: String.raw`\bne\s(?:\w+\s)?(?:depasse|passe|va)\s(?:jamais|pas)\s(?:au-dela\sde\s|les?\s)?${FIGURE}`,
  es: String.raw`\bno\s(?:supera|pasa|avanza\smas\salla|sube\sde)\s(?:de\s|del\s)?(?:el\s)?${FIGURE}`,
  pt: String.raw`\bnao\s(?:supera|passa|sobe)\s(?:de\s|dos?\s)?${FIGURE}`,
};

/**
 * A run halted at a named node of its workflow ("it stops at the KSampler node", "hängt beim VAE-Decode-Knoten",
 * "reste bloqué au nœud KSampler", "ノードで止まる"): a node is only ever a step of a local run, so a stall at one is
 * the job's, whatever the node is called. A bare "stop" or "hang" is only the job's after the run or "it", and not
 * after "make", "let" or "to" ("how do I make it stop at the upscale node?" asks how to set a workflow up).
 */
const AT_NODE: Readonly<Record<Lang, string>> = {
  en:
    String.raw`(?:\b(?:stuck|stops|stopped|hangs|hung|hanging|frozen|froze|freezes|stall(?:s|ed)?)|` +
    String.raw`(?<!\b(?:make|let|to|can|could|should|will|would)\s)\b(?:it|run|workflow|process|job|sampling)\s(?:stop|hang|freeze|stall))` +
    String.raw`\s(?:at|on|in|during)\s[^.!?;]{0,40}?\bnodes?\b`,
  // A bare Knoten is also a knot in a rope ("es hängt ein Knoten am Seil"); a named one ("KSampler-Knoten") is a step.
  de: String.raw`\b(?:hangt|hing|hangen|bleibt|blieb|steckt|stoppt|stoppte)\b[^.!?;]{0,40}?(?:\bnodes?\b|\w-knoten\b)`,
  fr: String.raw`\b(?:bloquee?s?|reste|restee|s'arrete|figee?|coincee?s?)\s(?:a|au|sur|dans)\s[^.!?;]{0,40}?\b(?:noeud|node)\b`,
  es: String.raw`\b(?:se queda|se quedo|se detiene|se detuvo|atascad[oa]|congelad[oa]|parad[oa])\s(?:en)\s[^.!?;]{0,40}?\bnodo\b`,
  pt: String.raw`\b(?:fica|ficou|parou|trava|travou|travad[oa]|pres[oa]|congela|congelou)\s(?:em|no|na)\s[^.!?;]{0,40}?\bnode\b`,
  ja: '(?:のーど)[^。！？]{0,6}?(?:で|に)[^。！？]{0,6}?(?:止ま|とま|固ま|進まな)',
};

/** German separable verbs whose particle ends the clause: [stems, particle, what it means]. */
const SEPARABLE: readonly (readonly [string, string, HardKey])[] = [
  [String.raw`bricht|brach|brachen|brechen`, 'ab', 'error'],
  [String.raw`sturzt|sturzte|sturzten`, 'ab', 'error'],
  [String.raw`schlagt|schlug|schlugen`, 'fehl', 'error'],
  [String.raw`hangt|hing|hingen|hangen`, 'fest', 'stuck'],
  [String.raw`bleibt|blieb|blieben|bleiben`, String.raw`stecken|hangen|stehen`, 'stuck'],
];
const SECONDS = /\b(?:sekunden?|sek|s)\b|\d\s?s\b/;

function hit(key: HardKey, start: number, end: number, lang: Lang): Hit {
  return makeHit({ kind: 'hard', key }, start, end, 2, false, lang === 'ja', [lang]);
}

/** A word every AT_NODE pattern holds (keep the two in step). */
const NODE_WORD = /node|knoten|noeud|nodo|のーど/;

/** Built once per language: classify() runs on every keystroke in the popup. */
const BUILT = new Map<Lang, { figure: readonly RegExp[]; node: RegExp }>();
function patterns(l: Lang): { figure: readonly RegExp[]; node: RegExp } {
  let built = BUILT.get(l);
  if (!built) {
    // "99%で止まったまま動かない": the ない of a stall said twice is part of it, not a negation of the clause.
    const stay =
      l === 'ja' ? `${AT.ja}${BETWEEN}${STAY.ja}(?:[^。！？]{0,8}?(?:動かな|進まな|終わらな)い?)?` : `${STAY[l]}${BETWEEN}${AT[l]}`;
    const past = PAST[l];
    built = { figure: [stay, ...(past ? [past] : [])].map((p) => new RegExp(p, 'g')), node: new RegExp(AT_NODE[l], 'g') };
    BUILT.set(l, built);
  }
  return built;
}
const SPLIT = SEPARABLE.map(
  ([stems, particle, key]) => [new RegExp(String.raw`\b(?:${stems})\b([^.!?;,]{1,60}?)\b(?:${particle})\b`, 'g'), key] as const,
);

/** Hard-failure hits for the stalls and split verbs in a folded description. */
export function stalledHits(folded: string, lang: Lang | undefined): Hit[] {
  const out: Hit[] = [];
  // The stay and past patterns hold a figure (FIGURE ends in %), the node patterns a node: most descriptions hold
  // neither and skip them all.
  const percent = folded.includes('%');
  const node = NODE_WORD.test(folded);
  for (const l of Object.keys(STAY) as Lang[]) {
    if ((!percent && !node) || (lang !== undefined && l !== lang)) continue;
    const built = patterns(l);
    const res = [...(percent ? built.figure : []), ...(node ? [built.node] : [])];
    for (const re of res) for (const m of eachMatch(folded, re)) out.push(hit('stuck', m.index, m.index + m[0].length, l));
  }
  if (lang === 'de' || lang === undefined) {
    for (const [re, key] of SPLIT) {
      for (const m of eachMatch(folded, re)) {
        const cut = key === 'error' && SECONDS.test(m[1]!);
        out.push(hit(cut ? 'truncated' : key, m.index, m.index + m[0].length, 'de'));
      }
    }
  }
  return out;
}
