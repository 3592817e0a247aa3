import type { QualityMode } from './types.ts';

export const physics: QualityMode = {
  id: 'physics',
  term: 'Physics Simulation Constraint Violation',
  label: 'Objects move impossibly, pass through things or morph',
  definition: 'Motion breaks physical constraints: interpenetration, teleporting, objects appearing, vanishing or morphing.',
  evidence: 'The frames just before and after the impossible motion.',
  followUp: 'What object moves wrongly, and what does it do (pass through, vanish, jump)?',
};
