/**
 * Text rendering: compare what OCR read in sampled frames with the text the prompt asked for (quoted words). The
 * OCR engine is not here (it loads only in the analysis page); this is the pure comparison, so the wording a draft
 * cites ("at 00:03.2 the text reads 'OPNE' where the prompt asked for 'OPEN'") is tested without a model.
 */
import { why } from '../why.ts';
import { clock, finding, type Finding } from './types.ts';

/** What the OCR engine returns per analysed frame. */
export interface OcrReading {
  t: number;
  text: string;
  /** 0..1, the engine's own confidence when it gives one. */
  confidence?: number;
}

/** Any OCR engine: the browser wires tesseract.js behind this; tests pass canned readings. */
export interface OcrEngine {
  read(frame: { t: number; width: number; height: number; rgba: Uint8Array | Uint8ClampedArray }): Promise<OcrReading>;
}

/** Quotes people use around requested text, as [open, close] pairs. Straight quotes need word boundaries (below). */
const PAIRS: [string, string][] = [
  ['“', '”'],
  ['„', '“'],
  ['«', '»'],
  ['‘', '’'],
  ['「', '」'],
  ['『', '』'],
];

/** Quoted strings in the prompt, in order, without duplicates. Apostrophes inside words are not quotes. */
export function requestedTexts(prompt: string): string[] {
  const out: string[] = [];
  const add = (s: string | undefined) => {
    const v = s?.trim();
    if (v && v.length <= 80 && /[\p{L}\p{N}]/u.test(v) && !out.includes(v)) out.push(v);
  };
  for (const m of prompt.matchAll(/"([^"\n]{1,80})"/g)) add(m[1]);
  for (const m of prompt.matchAll(/(?<![\p{L}\p{N}])'([^'\n]{1,80}?)'(?![\p{L}\p{N}])/gu)) add(m[1]);
  for (const [o, c] of PAIRS) for (const m of prompt.matchAll(new RegExp(`${o}([^${c}\\n]{1,80})${c}`, 'g'))) add(m[1]);
  return out;
}

/** Case, accents, punctuation and spacing are not what a text failure is about; OCR also drops or adds spaces. */
export const normText = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/** The stretch of OCR text closest to `requested` (word windows around its word count) and how close, 0..1. */
export function compareText(requested: string, ocr: string): { similarity: number; read: string } {
  const want = normText(requested);
  const words = ocr.split(/\s+/).filter((w) => normText(w).length > 0);
  const n = Math.max(1, requested.split(/\s+/).filter(Boolean).length);
  let best = { similarity: 0, read: '' };
  for (let k = Math.max(1, n - 1); k <= n + 1; k++) {
    for (let i = 0; i + k <= words.length; i++) {
      const read = words.slice(i, i + k).join(' ');
      const got = normText(read);
      const sim = 1 - levenshtein(want, got) / Math.max(want.length, got.length, 1);
      if (sim > best.similarity) best = { similarity: sim, read: read.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '') };
    }
  }
  return best;
}

/** Below this the OCR read is not the requested text at all (other text or noise). */
const RESEMBLES = 0.4;

/** Findings for each requested text over the OCR readings of the sampled frames. */
export function textFindings(prompt: string, readings: readonly OcrReading[]): Finding[] {
  const out: Finding[] = [];
  for (const want of requestedTexts(prompt)) {
    const raw = readings.map((r) => ({ r, ...compareText(want, r.text) }));
    const freq = new Map<string, number>();
    for (const s of raw) freq.set(normText(s.read), (freq.get(normText(s.read)) ?? 0) + 1);
    // Closest first; among equally close reads, the one seen most often (a stable misspelling beats OCR noise).
    const often = (s: (typeof raw)[number]) => freq.get(normText(s.read)) ?? 0;
    const scored = raw.sort((a, b) => b.similarity - a.similarity || often(b) - often(a) || a.r.t - b.r.t);
    const best = scored[0];
    const close = scored.filter((s) => s.similarity >= RESEMBLES);
    if (!best || close.length === 0) {
      const anyText = readings.find((r) => normText(r.text).length > 0);
      out.push(
        finding(
          'text',
          anyText ? 0.45 : 0.35,
          [readings[0]?.t ?? 0, readings[readings.length - 1]?.t ?? 0],
          [
            anyText
              ? `No analysed frame shows text resembling '${want}', which the prompt asked for (for example at ${clock(anyText.t)} the text reads '${anyText.text.trim().slice(0, 60)}').`
              : `No readable text was found in any analysed frame, although the prompt asked for '${want}'.`,
          ],
          best ? [best.r.t] : [],
          anyText
            ? why('analysis_why_text_other', want, clock(anyText.t), anyText.text.trim().slice(0, 60))
            : why('analysis_why_text_none', want),
        ),
      );
      continue;
    }
    const times = close.map((s) => s.r.t);
    const at: [number, number] = [Math.min(...times), Math.max(...times)];
    const worst = close[close.length - 1]!;
    const wrong = close.filter((s) => s.similarity < 1);
    if (best.similarity < 1) {
      // Never rendered correctly: the draft quotes the closest reading, the one a person would call "misspelled".
      const same = close.filter((s) => normText(s.read) === normText(best.read)).length;
      const conf = Math.min(0.9, 0.6 + (same >= 2 ? 0.15 : 0) + (best.similarity >= 0.5 ? 0.05 : 0));
      const reasons = [
        `At ${clock(best.r.t)} the text reads '${best.read}' where the prompt asked for '${want}'${same >= 2 ? ` (read the same way in ${same} frames)` : ''}; no analysed frame shows it spelled correctly.`,
      ];
      if (worst !== best && normText(worst.read) !== normText(best.read)) reasons.push(`At ${clock(worst.r.t)} it reads '${worst.read}'.`);
      const because =
        same >= 2
          ? why('analysis_why_text_wrong_same', clock(best.r.t), best.read, want, String(same))
          : why('analysis_why_text_wrong', clock(best.r.t), best.read, want);
      out.push(finding('text', conf, at, reasons, [best.r.t, worst.r.t], because));
    } else if (wrong.length >= 2 && wrong.length >= 0.25 * close.length) {
      // Correct in some frames, garbled in others: the text is not stable over time. OCR noise can do this too.
      const w = wrong.sort((a, b) => a.similarity - b.similarity)[0]!;
      out.push(
        finding(
          'text',
          0.45,
          at,
          [
            `The text '${want}' renders correctly at ${clock(best.r.t)} but reads '${w.read}' at ${clock(w.r.t)} (${wrong.length} of ${close.length} frames garbled).`,
          ],
          [best.r.t, w.r.t],
          why('analysis_why_text_unstable', want, clock(best.r.t), w.read, clock(w.r.t), String(wrong.length), String(close.length)),
        ),
      );
    }
  }
  return out;
}
