import type { QualityMode } from './types.ts';

export const physics: QualityMode = {
  id: 'physics',
  term: 'Physics Simulation Constraint Violation',
  label: 'Objects move impossibly, pass through things or morph',
  definition: 'Motion breaks physical constraints: interpenetration, teleporting, objects appearing, vanishing or morphing.',
  symptoms: {
    en: ['object permanence', 'physics', 'physically impossible', 'defies gravity', 'defying gravity', 'gravity', 'collision*', 'interpenetrat*', 'clipping', 'no physics', 'impossible motion', 'impossible movement'],
    es: ['permanencia de objetos', 'fisica', 'fisicamente imposible', 'gravedad', 'desafia la gravedad', 'movimiento imposible', 'colision*'],
    de: ['physik', 'physikalisch*', 'schwerkraft', 'objektpermanenz', 'unmogliche bewegung*', 'kollision*', 'clipping'],
    fr: ['physique', 'physiquement impossible', 'gravite', 'apesanteur', 'permanence des objets', 'mouvement impossible', 'collision*'],
    pt: ['fisica', 'fisicamente impossivel', 'gravidade', 'permanencia de objeto*', 'movimento impossivel', 'colisao', 'colisoes'],
    ja: ['物理', '重力', '物体の永続性', '壁を通り抜け', 'ありえない動き', 'あり得ない動き'],
  },
  evidence: 'The frames just before and after the impossible motion.',
  followUp: 'What object moves wrongly, and what does it do (pass through, vanish, jump)?',
};
