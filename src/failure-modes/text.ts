import type { QualityMode } from './types.ts';

export const text: QualityMode = {
  id: 'text',
  term: 'Text Rendering Failure',
  label: 'Text or signs are garbled or misspelled',
  definition: 'Text requested in the prompt renders as misspelled, garbled or unreadable glyphs.',
  symptoms: {
    en: ['garbled text', 'gibberish', 'misspelled', 'misspelling', 'spelled wrong', 'wrong spelling', 'unreadable text', 'text is wrong', 'sign is wrong', 'letters are wrong', 'scrambled letters', 'random letters', 'illegible'],
    es: ['texto ilegible', 'mal escrito', 'letras raras', 'texto incorrecto', 'galimatias'],
    de: ['unleserlicher text', 'falsch geschrieben', 'buchstabensalat', 'text ist falsch'],
    fr: ['texte illisible', 'mal orthographie', 'lettres bizarres', 'texte incorrect', 'charabia'],
    pt: ['texto ilegivel', 'escrito errado', 'letras estranhas', 'texto errado'],
    ja: ['文字化け', '文字が読めない', 'スペルミス', '文字が変'],
  },
  evidence: 'The requested text, the frames where it renders, and what it reads as.',
  followUp: 'What text did you ask for, and what does the video show instead?',
};
