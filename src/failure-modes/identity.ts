import type { QualityMode } from './types.ts';

export const identity: QualityMode = {
  id: 'identity',
  term: 'Identity Coherence Failure',
  label: 'A face or character turns into someone else',
  definition: 'A subject’s identity is not preserved: face, body or character changes into a different one mid-shot.',
  symptoms: {
    en: ['face changes', 'face changed', 'different person', 'someone else', 'turns into another', 'becomes another person', 'face morphs', 'face swap', 'identity', 'character changes', 'looks like a different', 'not the same person', 'changes into a different'],
    es: ['cambia de cara', 'otra persona', 'la cara cambia', 'persona diferente'],
    de: ['gesicht andert sich', 'andere person', 'jemand anderes', 'anderes gesicht'],
    fr: ['le visage change', 'une autre personne', 'quelqu un d autre', 'visage different'],
    pt: ['o rosto muda', 'outra pessoa', 'pessoa diferente', 'rosto diferente'],
    ja: ['顔が変わ', '別人', '顔が違う', 'キャラが変わ'],
  },
  evidence: 'A frame of the subject before and after the change, with timestamps.',
  followUp: 'Whose face or which character changes, and at about what second?',
};
