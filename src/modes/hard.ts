import type { HardFailureKind } from '../shared/generation.ts';

export interface HardFailureInfo {
  kind: HardFailureKind;
  /** Canonical name used when the provider has no term of its own. */
  term: string;
  label: string;
  /** Which triage lane the kind falls into. */
  lane: 'hard' | 'moderation';
}

export const HARD_FAILURES: Record<HardFailureKind, HardFailureInfo> = {
  generation_error: { kind: 'generation_error', term: 'Generation Error', label: 'The generation ended in an error', lane: 'hard' },
  moderation_input: {
    kind: 'moderation_input',
    term: 'Input Moderation Block',
    label: 'The prompt or input was blocked by moderation',
    lane: 'moderation',
  },
  moderation_output: {
    kind: 'moderation_output',
    term: 'Output Moderation Block',
    label: 'The finished video was blocked by moderation',
    lane: 'moderation',
  },
  moderation: { kind: 'moderation', term: 'Moderation Block', label: 'Blocked by moderation', lane: 'moderation' },
  stuck: { kind: 'stuck', term: 'Generation Timeout (stuck in queue)', label: 'Stuck: no progress for too long', lane: 'hard' },
  charged_no_output: {
    kind: 'charged_no_output',
    term: 'Charged Without Output',
    label: 'Credits were charged but no video was delivered',
    lane: 'hard',
  },
  truncated_output: {
    kind: 'truncated_output',
    term: 'Truncated Output',
    label: 'The video is shorter than requested or cut off',
    lane: 'hard',
  },
  blank_output: { kind: 'blank_output', term: 'Blank or Frozen Output', label: 'The video is blank, black or frozen', lane: 'hard' },
};
