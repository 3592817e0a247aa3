import type { QualityMode } from './types.ts';

export const physics: QualityMode = {
  id: 'physics',
  term: 'Physics Simulation Constraint Violation',
  label: 'Objects move impossibly, pass through things or morph',
  definition: 'Motion breaks physical constraints: interpenetration, teleporting, objects appearing, vanishing or morphing.',
  symptoms: {
    en: ['passes through', 'goes through the wall', 'through the wall', 'clips through', 'clipping', 'floating', 'floats', 'teleports', 'teleporting', 'disappears', 'vanishes', 'appears out of nowhere', 'morphs into', 'gravity', 'defies physics', 'impossible motion', 'object permanence', 'merges with', 'melts into'],
    es: ['atraviesa la pared', 'atraviesa', 'desaparece', 'flota', 'se teletransporta', 'gravedad'],
    de: ['geht durch die wand', 'durch die wand', 'verschwindet', 'schwebt', 'teleportiert', 'schwerkraft'],
    fr: ['traverse le mur', 'traverse', 'disparait', 'flotte', 'se teleporte', 'gravite'],
    pt: ['atravessa a parede', 'atravessa', 'desaparece', 'flutua', 'se teletransporta', 'gravidade'],
    ja: ['壁をすり抜け', 'すり抜け', '消える', '浮いて', '瞬間移動', '物理'],
  },
  evidence: 'The frames just before and after the impossible motion.',
  followUp: 'What object moves wrongly, and what does it do (pass through, vanish, jump)?',
};
