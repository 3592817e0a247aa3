/**
 * The reason the popup shows under a frame-analysis finding, in the person's language: the detector's structured
 * reason (analysis/why.ts) worded with t(). The English sentence stays in the finding for the draft, which is English.
 */
import type { Finding } from '../analysis/detectors/types.ts';
import type { Why } from '../analysis/why.ts';
import { t } from '../shared/i18n.ts';

/**
 * A figure the detector formatted the English way ("3.00", "12.0") with this language's decimal point ("3,00" in
 * German); times ("00:02.0") and whole numbers stay as they are, and so does any other text a frame showed.
 */
export function localFigure(s: string): string {
  if (!/^-?\d+\.\d+$/.test(s)) return s;
  const point = t('number_decimal_point');
  return point === 'number_decimal_point' ? s : s.replace('.', point);
}

/** A reason in the page's language; undefined when a key is missing here (a record written by another AVA version). */
export function whyWords(w: Why): string | undefined {
  const subs: string[] = [];
  for (const s of w.subs) {
    const worded = typeof s === 'string' ? localFigure(s) : whyWords(s);
    if (worded === undefined) return undefined;
    subs.push(worded);
  }
  const text = t(w.key, ...subs);
  // t() answers with the key itself for a key the locale files lack.
  return text === w.key ? undefined : text;
}

/** The line under a finding: its reason in words, else the English sentence (records from before reasons had data). */
export const reasonLine = (f: Pick<Finding, 'reasons' | 'why'>): string | undefined => (f.why && whyWords(f.why)) || f.reasons[0];
