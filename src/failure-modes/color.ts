import type { QualityMode } from './types.ts';

export const color: QualityMode = {
  id: 'color',
  term: 'Temporal Color Coherence Failure',
  label: 'Colours flicker or shift over time',
  definition: 'Colour, exposure or white balance is unstable across frames: flicker, pulsing or drift within one shot.',
  symptoms: {
    en: ['flicker', 'flickers', 'flickering', 'colour shift', 'color shift', 'colors shift', 'colours change', 'colors change', 'strobing', 'pulsing', 'brightness jumps', 'exposure jumps', 'white balance', 'color drift', 'colour drift', 'tint changes'],
    es: ['parpadeo', 'parpadea', 'cambio de color', 'los colores cambian'],
    de: ['flackert', 'flackern', 'farbverschiebung', 'farben andern sich', 'farbe springt'],
    fr: ['scintille', 'scintillement', 'clignote', 'changement de couleur', 'les couleurs changent'],
    pt: ['pisca', 'piscando', 'cintilacao', 'mudanca de cor', 'as cores mudam'],
    ja: ['ちらつき', 'チラつ', '色が変わ', '色ずれ', '明滅'],
  },
  evidence: 'Timestamps of the flicker or drift, with frames from either side.',
  followUp: 'Is it a fast flicker or a slow colour change, and roughly when?',
};
