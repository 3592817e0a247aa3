import type { QualityMode } from './types.ts';

export const identity: QualityMode = {
  id: 'identity',
  term: 'Identity Coherence Failure',
  label: 'A face or character turns into someone else',
  definition: 'A subject’s identity is not preserved: face, body or character changes into a different one mid-shot.',
  evidence: 'A frame of the subject before and after the change, with timestamps.',
  followUp: 'Whose face or which character changes, and at about what second?',
};
