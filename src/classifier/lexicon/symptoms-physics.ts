import type { Lang } from '../lang.ts';
import { LAWS_BROKEN } from './laws.ts';

// Phrases that name the physics mode on their own ("object permanence", the laws said broken), per language.
// Apart from the other modes only to keep files small; symptoms.ts assembles SYMPTOMS from them in order.
export const SYMPTOMS_PHYSICS: Record<Lang, readonly string[]> = {
  en: [
    'object permanence',
    'physically impossible',
    // Defying, ignoring or breaking the laws of physics or gravity, every verb with every name of them (laws.ts).
    ...LAWS_BROKEN.en,
    'interpenetrat*',
    'clipping',
    'no physics',
    'impossible motion',
    'impossible movement',
    // "Objects float, gravity fails": the law failing, not the generation ("fails" alone is a hard-failure word).
    'gravity fails',
    'gravity failed',
    'physics fails',
    'physics failed',
    // Feet gliding over the ground instead of stepping: animators call it foot skating.
    // The scene's shapes giving way ("geometry collapse in detailed interior scenes").
    'geometry collapse*',
    'collapsing geometry',
    'broken geometry',
    'foot skating',
    'feet skating',
    'feet skate',
  ],
  es: ['permanencia de objetos', 'fisicamente imposible', 'movimiento imposible', ...LAWS_BROKEN.es],
  de: ['objektpermanenz', 'unmogliche bewegung*', 'clipping', ...LAWS_BROKEN.de],
  // "Une physique décalée": physics shifted off, the French idiom for physics that is off.
  fr: [
    'physiquement impossible',
    'apesanteur',
    'permanence des objets',
    'mouvement impossible',
    'physique decalee',
    'physique est decalee',
    ...LAWS_BROKEN.fr,
  ],
  pt: ['fisicamente impossivel', 'permanencia de objeto*', 'movimento impossivel', ...LAWS_BROKEN.pt],
  ja: ['重力が逆', '重力が反対', '重力があべこべ', '物体の永続性', '壁を通り抜け', 'ありえない動き', 'あり得ない動き', ...LAWS_BROKEN.ja],
};
