import type { QualityMode } from './types.ts';

export const text: QualityMode = {
  id: 'text',
  term: 'Text Rendering Failure',
  label: 'Text or signs are garbled or misspelled',
  definition: 'Text requested in the prompt renders as misspelled, garbled or unreadable glyphs.',
  evidence: 'The requested text, the frames where it renders, and what it reads as.',
  followUp: 'What text did you ask for, and what does the video show instead?',
};
