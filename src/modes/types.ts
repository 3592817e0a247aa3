/** The five provider-neutral quality failure modes (DESIGN.md vocabulary). */
export const QUALITY_MODE_IDS = ['anatomy', 'physics', 'text', 'color', 'identity'] as const;
export type QualityModeId = (typeof QUALITY_MODE_IDS)[number];

export interface QualityMode {
  id: QualityModeId;
  /** AVA's own technical name (from a third-party site, DESIGN.md; no provider is known to use it). */
  term: string;
  /** What a person would tick: plain language, no jargon. */
  label: string;
  /** One sentence a support agent reads: what the failure is, technically. */
  definition: string;
  /** What evidence makes a claim for this mode credible. */
  evidence: string;
  /** The follow-up question the popup asks when a description is too vague to name this mode. */
  followUp: string;
}
