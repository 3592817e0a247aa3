import { QUALITY_MODES } from './index.ts';
import type { QualityModeId } from './types.ts';

export interface SymptomFinding {
  mode: QualityModeId;
  confidence: number;
  /** The words in the person's description that matched, quoted back in the draft. */
  reasons: string[];
}

export interface Classification {
  findings: SymptomFinding[];
  /** True when the text names no mode confidently; the popup then asks `followUp`. */
  needsDetail: boolean;
  followUp?: string;
}

const fold = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/\s+/g, ' ');

/** The person's words to failure modes. Pure and synchronous: it runs on every keystroke. */
export function classify(description: string): Classification {
  const text = fold(description);
  const findings: SymptomFinding[] = [];
  for (const mode of QUALITY_MODES) {
    const reasons = Object.values(mode.symptoms).flat().filter((p) => text.includes(fold(p)));
    if (reasons.length) findings.push({ mode: mode.id, confidence: Math.min(0.95, 0.7 + 0.1 * reasons.length), reasons });
  }
  findings.sort((a, b) => b.confidence - a.confidence);
  const needsDetail = findings.length === 0 && text.trim().length > 0;
  return needsDetail ? { findings, needsDetail, followUp: 'What exactly looks wrong, and at about what second?' } : { findings, needsDetail };
}
