import type { QualityMode } from './types.ts';

export const anatomy: QualityMode = {
  id: 'anatomy',
  term: 'Anatomical Topology Failure',
  label: 'Hands, limbs or bodies are malformed',
  definition: 'Body topology is wrong: extra, missing or fused fingers and limbs, impossible joints.',
  evidence: 'Frames where the malformed body part is visible, with timestamps.',
  followUp: 'Which body part looks wrong, and at about what second?',
};
