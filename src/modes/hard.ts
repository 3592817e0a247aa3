import type { HardFailureKind } from '../shared/generation.ts';

export interface HardFailureInfo {
  kind: HardFailureKind;
  /** Canonical name used when the provider has no term of its own. */
  term: string;
  /** Which triage lane the kind falls into. */
  lane: 'hard' | 'moderation';
}

export const HARD_FAILURES: Record<HardFailureKind, HardFailureInfo> = {
  generation_error: { kind: 'generation_error', term: 'Generation Error', lane: 'hard' },
  moderation_input: { kind: 'moderation_input', term: 'Input Moderation Block', lane: 'moderation' },
  moderation_output: { kind: 'moderation_output', term: 'Output Moderation Block', lane: 'moderation' },
  moderation: { kind: 'moderation', term: 'Moderation Block', lane: 'moderation' },
  stuck: { kind: 'stuck', term: 'Generation Timeout (stuck in queue)', lane: 'hard' },
  charged_no_output: { kind: 'charged_no_output', term: 'Charged Without Output', lane: 'hard' },
  truncated_output: { kind: 'truncated_output', term: 'Truncated Output', lane: 'hard' },
  blank_output: { kind: 'blank_output', term: 'Blank or Frozen Output', lane: 'hard' },
};
