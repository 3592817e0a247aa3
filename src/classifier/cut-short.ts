/**
 * A clip cut short, said with the seconds it lasted, in a shape a list of phrases cannot hold (issue 16: hard failures
 * in people's own words got no answer):
 * - the clip stopping after a time: "the video stops after 3 seconds", "das Video endet nach zwei Sekunden", "la vidéo
 *   s'arrête au bout de 2 secondes", "el video se corta a los 3 segundos", "o vídeo para depois de 2 segundos";
 * - fewer seconds than asked: "4 seconds instead of 10", "asked for 10 seconds but got 4", "3 Sekunden statt 10",
 *   with the length said ("1 second long instead of 5", "3 Sekunden lang statt 10", "2 segundos de duración en vez de 8"),
 *   "10秒で頼んだのに3秒"; the first figure must be the smaller one where it is the result ("10 seconds instead of 5"
 *   is a clip too long, no hard failure);
 * - only so many generated: "only 2 seconds were generated", "only generates 16 frames".
 * The clip is named: "it stops after 2 seconds" is as often a walker or a car in the scene.
 */
import type { Lang } from './lang.ts';
import type { Hit } from './matcher.ts';
import { eachMatch } from './each-match.ts';
import { makeHit } from './hit.ts';

const N = String.raw`(\d+(?:[.,]\d+)?|one|two|three|four|five|a\sfew|a\scouple\sof|zwei|drei|vier|funf|deux|trois|quatre|cinq|dos|tres|cuatro|cinco|dois)`;
const GAP = String.raw`(?:[^\s.!?;]+\s){0,3}?`;

interface Shapes {
  /** The clip stopping after a time. */
  stops: string;
  /** [result, asked]: "4 seconds instead of 10". */
  instead?: string;
  /** [asked, result]: "asked for 10 seconds but got 4". */
  asked?: string;
  /** Only so many made. */
  only: string;
}

const SEC = {
  en: String.raw`(?:s|secs?|seconds?)`,
  de: String.raw`(?:s|sek|sekunden?)`,
  fr: String.raw`(?:s|sec|secondes?)`,
  es: String.raw`(?:s|seg|segundos?)`,
  pt: String.raw`(?:s|seg|segundos?)`,
} as const;

const SHAPES: Readonly<Partial<Record<Lang, Shapes>>> = {
  en: {
    stops: String.raw`\b(?:videos?|clips?|outputs?|renders?|generations?)\s${GAP}(?:stops|stopped|ends|ended|cuts?\s(?:off|out))\s${GAP}after\s(?:only\s|just\s)?${N}\s?${SEC.en}\b`,
    instead: String.raw`\b${N}\s?${SEC.en}\s(?:long\s)?(?:instead\sof|rather\sthan)\s(?:the\s)?${N}\b`,
    asked: String.raw`\b(?:asked\sfor|requested|ordered|selected|chose|set\s(?:it\s)?to)\s(?:a\s)?${N}[\s-]?${SEC.en}\b[^.!?;]{0,30}?\b(?:got|get|received|only)\s(?:only\s|just\s)?${N}\b`,
    only: String.raw`\b(?:only|just)\s(?:the\s)?(?:first\s)?${N}\s(?:${SEC.en}|frames?)\s(?:were|was|got|are|is|get)\s(?:generated|rendered|produced|created|saved|exported)\b|\b(?:only|just)\s(?:generates?|generated|renders?|rendered|produces?|produced|outputs?|saves?|saved|did|does|made|makes)\s(?:the\s)?(?:first\s)?${N}\s(?:${SEC.en}|frames?)\b`,
  },
  de: {
    stops: String.raw`\b(?:video|clip|ergebnis)\s${GAP}(?:endet|endete|stoppt|stoppte|hort|horte)\s${GAP}nach\s(?:nur\s)?${N}\s?${SEC.de}\b`,
    instead: String.raw`\b${N}\s?${SEC.de}\s(?:lang\s)?statt\s(?:der\s)?${N}\b`,
    only: String.raw`\bnur\s${N}\s(?:${SEC.de}|frames|bilder)\s(?:wurden\s|werden\s)?(?:generiert|erstellt|gerendert)\b`,
  },
  fr: {
    stops: String.raw`\b(?:video|clip|rendu)\s${GAP}(?:s'arrete|se\stermine|finit|coupe|est\scoupee)\s${GAP}(?:apres|au\sbout\sde)\s(?:seulement\s)?${N}\s?${SEC.fr}\b`,
    instead: String.raw`\b${N}\s?${SEC.fr}\s(?:de\slong\s)?au\slieu\sde\s(?:les?\s)?${N}\b`,
    only: String.raw`\bseulement\s${N}\s(?:${SEC.fr}|images|frames)\s(?:ont\sete\s|sont\s)?(?:generee?s|rendue?s)\b`,
  },
  es: {
    stops: String.raw`\b(?:video|clip)\s${GAP}(?:se\scorta|se\scorto|se\sdetiene|se\sdetuvo|termina|termino|acaba|acabo)\s${GAP}(?:a\slos|despues\sde|tras)\s(?:solo\s)?${N}\s?${SEC.es}\b`,
    instead: String.raw`\b${N}\s?${SEC.es}\s(?:de\sduracion\s)?en\s(?:lugar|vez)\sde\s(?:los\s)?${N}\b`,
    only: String.raw`\bsolo\s(?:se\s)?(?:genera|genero|generaron|generan)\s${N}\s(?:${SEC.es}|fotogramas|frames)\b`,
  },
  pt: {
    stops: String.raw`\b(?:video|clipe)\s${GAP}(?:corta|cortou|para|parou|termina|terminou|acaba|acabou)\s${GAP}(?:depois\sde|apos|aos)\s(?:so\s|apenas\s)?${N}\s?${SEC.pt}\b`,
    instead: String.raw`\b${N}\s?${SEC.pt}\s(?:de\sduracao\s)?em\svez\sde\s(?:os\s)?${N}\b`,
    only: String.raw`\b(?:so|apenas)\s(?:gera|gerou|geram|geraram)\s${N}\s(?:${SEC.pt}|quadros|frames)\b`,
  },
};

/** Japanese: "10秒で頼んだのに3秒" (asked, result), and the clip ending at a second ("3秒で切れた"). */
const JA_ASKED = /(\d+)秒(?:を|で)?(?:頼んだ|指定した|設定した|注文した|選んだ)[^。！？]{0,20}?(\d+)秒/g;
const JA_STOPS = /\d+秒(?:で|ほどで|くらいで|ぐらいで)(?:切れ|途切れ)/g;

const WORDS: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5, zwei: 2, drei: 3, vier: 4, funf: 5 };
const num = (s: string | undefined): number => {
  const w = s ?? '';
  return (
    WORDS[w] ??
    ({ deux: 2, trois: 3, quatre: 4, cinq: 5, dos: 2, tres: 3, cuatro: 4, cinco: 5, dois: 2 } as Record<string, number>)[w] ??
    Number.parseFloat(w.replace(',', '.'))
  );
};

/**
 * Every shape counts seconds or frames: a description with neither unit is not scanned (most are not), which keeps
 * these regexes off the keystroke path. "s" is the unit only right after a figure ("3s", "two s").
 */
const UNIT = new RegExp(
  String.raw`sec|sek|seg|frame|bilder|images|quadros|fotogramas|秒|` +
    String.raw`(?:\d|one|two|three|four|five|few|of|zwei|drei|vier|funf|deux|trois|quatre|cinq|dos|tres|cuatro|cinco|dois)\s?s\b`,
);

/** Built once: classify() runs on every keystroke in the popup. */
const BUILT = new Map<Lang, { plain: RegExp[]; ordered: [RegExp, number, number][] }>();
function built(l: Lang, s: Shapes): { plain: RegExp[]; ordered: [RegExp, number, number][] } {
  let b = BUILT.get(l);
  if (!b) {
    const ordered: [RegExp, number, number][] = [];
    if (s.instead) ordered.push([new RegExp(s.instead, 'g'), 1, 2]);
    if (s.asked) ordered.push([new RegExp(s.asked, 'g'), 2, 1]);
    b = { plain: [new RegExp(s.stops, 'g'), new RegExp(s.only, 'g')], ordered };
    BUILT.set(l, b);
  }
  return b;
}

function hit(start: number, end: number, lang: Lang): Hit {
  return makeHit({ kind: 'hard', key: 'truncated' }, start, end, 3, false, lang === 'ja', [lang]);
}

/** Truncation hits for clips said to stop early or to be shorter than asked, in a folded description. */
export function cutShortHits(folded: string, lang: Lang | undefined): Hit[] {
  const out: Hit[] = [];
  if (!/\d|one|two|three|four|five|zwei|drei|deux|trois|dos|tres|dois/.test(folded) || !UNIT.test(folded)) return out;
  if (lang === 'ja' || lang === undefined) {
    for (const m of eachMatch(folded, JA_ASKED)) if (num(m[2]) < num(m[1])) out.push(hit(m.index, m.index + m[0].length, 'ja'));
    for (const m of eachMatch(folded, JA_STOPS)) out.push(hit(m.index, m.index + m[0].length, 'ja'));
  }
  for (const [l, s] of Object.entries(SHAPES) as [Lang, Shapes][]) {
    if (lang !== undefined && l !== lang) continue;
    const { plain, ordered } = built(l, s);
    for (const re of plain) for (const m of eachMatch(folded, re)) out.push(hit(m.index, m.index + m[0].length, l));
    // The result before what was asked ("4 seconds instead of 10"), or after it ("asked for 10 ... got 4").
    for (const [re, result, asked] of ordered) {
      for (const m of eachMatch(folded, re)) if (num(m[result]) < num(m[asked])) out.push(hit(m.index, m.index + m[0].length, l));
    }
  }
  return out;
}
