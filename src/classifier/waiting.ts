/**
 * Stalled jobs said as a scene rather than a phrase, two compositions a word list cannot hold (issue 16: hard-failure
 * items said in people's own words got no answer at all, most of them stalls):
 * - starting the job, then nothing: "I click generate and nothing happens", "il ne se passe rien quand je clique sur
 *   générer", "生成ボタンを押しても何も起こらない". The public tuning split labels this `stuck` (a WebUI where pressing
 *   generate does nothing: "nothing at all happens", "no calculation happening"). "Nothing happens" alone is often
 *   the clip itself ("he stands there and nothing happens"), which is no stall, so the start of the job must be said;
 * - a waiting word with a long time: "pending for hours", "lädt seit Stunden", "en cola desde hace horas",
 *   "ずっと読み込み中". A time alone ("it took hours to render") is a slow run that finished, `vague` by the label
 *   conventions, so the waiting must be one still going (loading, pending, queued), never a past "took".
 */
import type { Lang } from './lang.ts';
import type { Hit } from './matcher.ts';
import { eachMatch } from './each-match.ts';
import { makeHit } from './hit.ts';

/** Starting a job, per language, in folded spelling (no accents, katakana as hiragana). */
const START: Readonly<Record<Lang, string>> = {
  en: String.raw`\b(?:click(?:ed|ing|s)?|press(?:ed|ing|es)?|hit(?:ting|s)?|tap(?:ped|ping|s)?|submit(?:ted|ting|s)?|generate)\b`,
  de: String.raw`\b(?:klick\w*|angeklickt|druck(?:e|t|en)?|gedruckt|generieren|starte|startet|gestartet|abschick\w*)\b`,
  fr: String.raw`\b(?:clique[rsz]?|cliquant|appuie[rsz]?|appuye|lance[rsz]?|lancee?|generer)\b`,
  es: String.raw`\b(?:cliqueo|clic|hago clic|pulso|pulse|presiono|presione|le doy|le di|generar|lanzo|envio)\b`,
  pt: String.raw`\b(?:clico|cliquei|clicar|clica|aperto|apertei|pressiono|gerar|envio|enviei)\b`,
  ja: '(?:押し|押す|くりっく|生成ぼたん|実行し)',
};

/** Nothing happening, per language: the whole phrase, so its negation is part of it and does not negate the clause. */
const NOTHING: Readonly<Record<Lang, string>> = {
  en: [
    String.raw`\bnothing\s(?:at\sall\s|whatsoever\s|else\s)?(?:happens|happened|happening)\b(?!\sto\b)`,
    String.raw`\bno\s\w+\s(?:is\s)?happening\b`,
  ].join('|'),
  de: [
    String.raw`\b(?:passiert|geschieht|tut\ssich)\s(?:(?:gar|einfach|absolut|uberhaupt|dann)\s)*nichts\b`,
    String.raw`\bnichts\s(?:passiert|geschieht|tut\ssich)\b`,
  ].join('|'),
  fr: String.raw`\bne\sse\spasse\s(?:absolument\s|strictement\s)?rien\b|\brien\sne\sse\spasse\b`,
  es: String.raw`\bno\s(?:pasa|paso|sucede|sucedio|ocurre|ocurrio)\s(?:absolutamente\s)?nada\b`,
  pt: String.raw`\bnao\s(?:acontece|aconteceu|ocorre|ocorreu)\s(?:absolutamente\s)?nada\b|\bnada\sacontece\b`,
  // The negative ending too (起こらない, 起きなかった): Japanese negates backwards, and here it is the stall itself.
  ja: [
    '何も(?:起こらな|起きな|始まらな)(?:い|かった)?',
    '何も(?:起こりません|起きません)',
    '反応(?:が|も)?(?:ない|なかった|しない|しなかった|ありません)',
  ].join('|'),
};

/** A wait still going, per language: loading, pending, queued. Not "generating": a run that took long but finished. */
const WAIT: Readonly<Record<Lang, string>> = {
  en: String.raw`\b(?:pending|waiting|loading|spinning|queued|in\s(?:the\s)?queue|still\sprocessing)\b`,
  de: String.raw`\b(?:ladt|wartet|warte|warten|in\sbearbeitung|in\sder\swarteschlange|ausstehend|dreht\ssich)\b`,
  fr: String.raw`\b(?:charge|en\sattente|en\scours|en\sfile|tourne)\b`,
  es: String.raw`\b(?:cargando|esperando|en\sespera|en\scola|pendiente|procesando|girando)\b`,
  pt: String.raw`\b(?:carregando|esperando|em\sespera|na\sfila|pendente|processando|girando)\b`,
  ja: '(?:読み込み中|待機中|処理中|ろーど中|待ち|ぐるぐる|くるくる)',
};

/** A long time, per language: hours, days, since yesterday. Minutes are a normal run on most services. */
const LONG: Readonly<Record<Lang, string>> = {
  en: String.raw`\b(?:for|over|after)\s(?:\w+\s)?(?:hours|days|an\shour|a\sday|ages)\b|\bsince\syesterday\b|\b(?:all\snight|overnight)\b`,
  de: String.raw`\bseit\s(?:\w+\s)?(?:stunden|tagen|gestern|einer\sstunde|einem\stag)\b|\b(?:stundenlang|tagelang|ewig)\b`,
  fr: String.raw`\bdepuis\s(?:\w+\s){0,2}(?:heures?|jours?|hier)\b|\bpendant\s(?:des\s)?(?:heures|jours)\b`,
  es: String.raw`\b(?:desde\shace|hace|durante|lleva|llevo)\s(?:\w+\s){0,2}(?:horas|dias)\b|\bdesde\sayer\b`,
  pt: String.raw`\b(?:ha|por|durante|faz)\s(?:\w+\s){0,2}(?:horas|dias)\b|\bdesde\sontem\b`,
  ja: '(?:何時間|数時間|\\d+時間|一晩|丸一日|何日|ずっと)',
};

/**
 * The person's own wait, then a bare "nothing" ending it: "I waited 40 minutes and nothing", "j'ai attendu une heure et
 * rien", "esperé media hora y nada", "esperei uma hora e nada". First person only: "she waited and nothing happened" is
 * the clip; and the "nothing" ends its clause: "and nothing was wrong with the hands", "y nada raro" are praise. Any
 * length of wait: the bare "nothing" is what says no video came.
 */
const WAITED: Readonly<Partial<Record<Lang, string>>> = {
  en: String.raw`\bi(?:'ve|\shave)?\swaited\b`,
  fr: String.raw`\bj'ai\sattendu\b`,
  es: String.raw`\b(?:espere|he\sesperado)\b`,
  pt: String.raw`\b(?:esperei|tenho\sesperado)\b`,
};
const THEN_NOTHING: Readonly<Partial<Record<Lang, string>>> = {
  en: String.raw`\band\s(?:still\s)?nothing(?=\s*(?:[.!?,;:]|$))`,
  fr: String.raw`\bet\s(?:toujours\s)?rien(?=\s*(?:[.!?,;:]|$))`,
  es: String.raw`\by\s(?:todavia\s|aun\s)?nada(?=\s*(?:[.!?,;:]|$))`,
  pt: String.raw`\be\s(?:ainda\s)?nada(?=\s*(?:[.!?,;:]|$))`,
};

/** The two parts in one sentence, either order, at most 80 characters apart; `d` gives each part's place. */
function both(a: string, b: string, ja: boolean): RegExp {
  const gap = ja ? '[^。！？]{0,40}?' : '[^.!?;]{0,80}?';
  return new RegExp(`(${a})${gap}(${b})|(${b})${gap}(${a})`, 'gd');
}

/** Built once per language: classify() runs on every keystroke in the popup. */
const BUILT = new Map<Lang, { gate: RegExp; res: readonly RegExp[] }>();
function patterns(l: Lang): { gate: RegExp; res: readonly RegExp[] } {
  let built = BUILT.get(l);
  if (!built) {
    const ja = l === 'ja';
    // Every composition holds a nothing or a wait: most descriptions have neither and pay one scan.
    const gate = new RegExp(`${NOTHING[l]}|${WAIT[l]}`);
    const res = [both(START[l], NOTHING[l], ja), both(WAIT[l], LONG[l], ja), both(LONG[l], NOTHING[l], ja)];
    const waited = WAITED[l];
    const then = THEN_NOTHING[l];
    if (waited && then) res.push(new RegExp(`(${waited})[^.!?;]{0,60}?(${then})`, 'gd'));
    built = { gate: waited && then ? new RegExp(`${gate.source}|${waited}`) : gate, res };
    BUILT.set(l, built);
  }
  return built;
}

/** As many words as it spans, plus one: a negation inside ("nothing", "ne … rien", "ない") is part of the stall. */
function hit(start: number, end: number, lang: Lang, text: string): Hit {
  const words = text.split(/\s+/).length + 1;
  return makeHit({ kind: 'hard', key: 'stuck' }, start, end, words, false, lang === 'ja', [lang]);
}

/** Stall hits for a job started with nothing happening, a wait of hours, or hours of nothing, in a folded description. */
export function waitingHits(folded: string, lang: Lang | undefined): Hit[] {
  const out: Hit[] = [];
  for (const l of Object.keys(START) as Lang[]) {
    if (lang !== undefined && l !== lang) continue;
    const { gate, res } = patterns(l);
    if (!gate.test(folded)) continue;
    for (const re of res) {
      // Each part is its own hit: the words between them (often the thing clicked) stay free for other readings.
      for (const m of eachMatch(folded, re)) {
        for (let g = 1; g <= 4; g++) {
          const at = m.indices?.[g];
          if (at && m[g]) out.push(hit(at[0], at[1], l, m[g]!));
        }
      }
    }
  }
  return out;
}
