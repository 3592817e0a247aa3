import type { QualityMode } from './types.ts';

export const color: QualityMode = {
  id: 'color',
  term: 'Temporal Color Coherence Failure',
  label: 'Colours flicker or shift over time',
  definition: 'Colour, exposure or white balance is unstable across frames: flicker, pulsing or drift within one shot.',
  symptoms: {
    en: ['colour banding', 'color shift*', 'colour shift*', 'hue shift*', 'color flicker*', 'colour flicker*', 'strobing', 'colors flicker', 'colours flicker', 'color grading jump*', 'inconsistent colo*', 'color banding', 'exposure pumping', 'brightness pumping', 'color bleeding', 'colour bleeding', 'white balance shift*', 'color cast', 'colour cast'],
    es: ['balance de blancos', 'parpadeo de luz', 'cambios de luz', 'colores que cambian', 'colores cambian', 'parpadeo de color', 'cambio de color', 'cambios de color', 'dominante de color'],
    de: ['farbflackern', 'farbflimmern', 'farbsprunge', 'farbanderung*', 'lichtflackern', 'helligkeitssprung*', 'farbverschiebung*', 'farbwechsel', 'farbsprung*', 'farbstich*', 'helligkeitsschwankung*', 'farbschwankung*', 'weissabgleich springt'],
    fr: ['balance des blancs', 'scintillement', 'clignotement', 'couleurs changent', 'les couleurs changent', 'changement de couleur', 'changements de couleur', 'derive de couleur', 'derive des couleurs', 'dominante de couleur'],
    pt: ['balanco de branco', 'cores mudam', 'cores mudando', 'mudanca de cores', 'piscadas de luz', 'mudanca de cor', 'mudancas de cor', 'cintilacao', 'tremulacao'],
    ja: ['ちらつき', '変色', '色が点滅', '色がころころ', '色ずれ', '明滅', '色むら', 'ホワイトバランス', '色がちらつ', '色が変わ', '色味が変わ'],
  },
  evidence: 'Timestamps of the flicker or drift, with frames from either side.',
  followUp: 'Is it a fast flicker or a slow colour change, and roughly when?',
};
