import type { QualityModeId } from '../../modes/types.ts';
import type { Lang } from '../lang.ts';
import { de } from './de/index.ts';
import { en } from './en/index.ts';
import { es } from './es/index.ts';
import { fr } from './fr/index.ts';
import { ja } from './ja/index.ts';
import { pt } from './pt/index.ts';
import { HARD_WORDS, type HardKey } from './hard.ts';
import { HARD_FAMILIES } from './hard-families.ts';
import { HARD_RUNS } from './hard-runs.ts';
import { HARD_S12 } from './hard-s12.ts';
import { HARD_KNOWN } from './hard-known.ts';
import { IMPOSSIBLE } from './impossible.ts';
import { PREC_S13 } from './prec-s13.ts';
import { SYMPTOMS } from './symptoms.ts';
import { ANCHOR_CLASSES, CUE_CLASSES, type AnchorClass, type CueClass, type LangLexicon } from './types.ts';

export * from './types.ts';
export type { HardKey } from './hard.ts';

/** Every language's grammar. A description is matched against all of them at once: people mix languages. */
export const LEXICONS: readonly LangLexicon[] = [en, es, de, fr, pt, ja];

/** What a matched entry means to the classifier. */
export type Role =
  | { kind: 'strong'; mode: QualityModeId }
  | { kind: 'anchor'; cls: AnchorClass; normal?: number }
  | { kind: 'cue'; cls: CueClass }
  | { kind: 'num'; value: number }
  | { kind: 'hard'; key: HardKey }
  | { kind: 'neg' | 'pos' | 'steady' | 'sep' | 'ignore' };

export interface Entry {
  text: string;
  role: Role;
  /** Japanese entries are substrings; all others are word sequences. */
  cjk: boolean;
  lang: Lang;
}

/** Flatten the lexicons and the modes' own symptom phrases into entries (no compilation: that is the matcher's job). */
export function lexiconEntries(): Entry[] {
  const out: Entry[] = [];
  for (const lex of LEXICONS) {
    const { lang } = lex;
    const cjk = lang === 'ja';
    const add = (texts: readonly string[], role: Role) => {
      for (const text of texts) out.push({ text, role, cjk, lang });
    };
    for (const cls of ANCHOR_CLASSES) {
      for (const text of lex.anchors[cls]) {
        const normal = lex.normalCounts[text];
        out.push({ text, role: normal === undefined ? { kind: 'anchor', cls } : { kind: 'anchor', cls, normal }, cjk, lang });
      }
    }
    for (const cls of CUE_CLASSES) add(lex.cues[cls], { kind: 'cue', cls });
    // Impossible physical events written as families (impossible.ts), kept apart from the tuned lists.
    for (const cls of ['move', 'vanish', 'deform'] as const) add(IMPOSSIBLE[lang][cls], { kind: 'cue', cls });
    add(IMPOSSIBLE[lang].effect, { kind: 'cue', cls: 'move' });
    add(IMPOSSIBLE[lang].law, { kind: 'anchor', cls: 'law' });
    add(IMPOSSIBLE[lang].ignore, { kind: 'ignore' });
    // Advice and tool names that hold a mode word (prec-s13.ts), kept apart from the tuned lists.
    add(PREC_S13[lang].neg, { kind: 'neg' });
    add(PREC_S13[lang].ignore, { kind: 'ignore' });
    for (const [text, value] of Object.entries(lex.numbers)) out.push({ text, role: { kind: 'num', value }, cjk, lang });
    add(lex.negators, { kind: 'neg' });
    add(lex.positives, { kind: 'pos' });
    add(lex.steady, { kind: 'steady' });
    add(lex.separators, { kind: 'sep' });
    add(lex.ignore, { kind: 'ignore' });
  }
  for (const [mode, byLang] of Object.entries(SYMPTOMS) as [QualityModeId, Record<Lang, readonly string[]>][]) {
    for (const [lang, phrases] of Object.entries(byLang) as [Lang, readonly string[]][]) {
      for (const text of phrases) out.push({ text, role: { kind: 'strong', mode }, cjk: lang === 'ja', lang });
    }
  }
  // The phrase lists, then the families that carry them to words nobody tuned on (hard-families.ts, hard-runs.ts).
  for (const words of [HARD_WORDS, HARD_FAMILIES, HARD_RUNS, HARD_S12, HARD_KNOWN]) {
    for (const [lang, byKey] of Object.entries(words) as [Lang, Partial<Record<HardKey, readonly string[]>>][]) {
      for (const [key, phrases] of Object.entries(byKey) as [HardKey, readonly string[]][]) {
        for (const text of phrases) out.push({ text, role: { kind: 'hard', key }, cjk: lang === 'ja', lang });
      }
    }
  }
  return out;
}

/** Words after a number that make it a time ("3 seconds", "0:05" is handled by the matcher). */
export const TIME_UNITS: readonly string[] = LEXICONS.flatMap((l) => l.timeUnits);
