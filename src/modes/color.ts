import type { QualityMode } from './types.ts';

export const color: QualityMode = {
  id: 'color',
  term: 'Temporal Color Coherence Failure',
  label: 'Colours flicker or shift over time',
  definition: 'Colour, exposure or white balance is unstable across frames: flicker, pulsing or drift within one shot.',
  evidence: 'Timestamps of the flicker or drift, with frames from either side.',
  followUp: 'Is it a fast flicker or a slow colour change, and roughly when?',
};
