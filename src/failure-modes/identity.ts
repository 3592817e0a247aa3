import type { QualityMode } from './types.ts';

export const identity: QualityMode = {
  id: 'identity',
  term: 'Identity Coherence Failure',
  label: 'A face or character turns into someone else',
  definition: 'A subject’s identity is not preserved: face, body or character changes into a different one mid-shot.',
  symptoms: {
    en: ['different person', 'someone else', 'somebody else', 'face swap*', 'identity', 'lookalike', 'look alike', 'another person', 'a different character', 'another character', 'different actor', 'doppelganger', 'not the same person', 'different face', 'new face', 'a stranger', 'another guy', 'another woman', 'another man', 'another dog', 'another cat', 'different dog', 'different cat'],
    es: ['otra persona', 'persona diferente', 'persona distinta', 'cambia de cara', 'otra cara', 'cara diferente', 'otro personaje', 'identidad', 'no es la misma persona', 'alguien mas', 'alguien distinto', 'otro hombre', 'otra mujer'],
    de: ['andere person', 'jemand anderes', 'jemand anders', 'anderes gesicht', 'anderer mensch', 'gesichtswechsel', 'identitat', 'eine andere frau', 'ein anderer mann', 'nicht mehr dieselbe person', 'nicht dieselbe person', 'eine andere figur'],
    fr: ['une autre personne', "quelqu'un d'autre", 'le visage change', 'visage different', 'un autre visage', 'change de visage', 'identite', 'une autre femme', 'un autre homme', "n'est plus la meme personne", 'un autre personnage', 'pas la meme personne'],
    pt: ['outra pessoa', 'pessoa diferente', 'rosto diferente', 'outro rosto', 'muda de rosto', 'troca de rosto', 'identidade', 'outro personagem', 'nao e a mesma pessoa', 'virou outra pessoa', 'outro cara', 'outra mulher', 'outro homem'],
    ja: ['別人', '顔が変わ', '顔が違う', 'キャラが変わ', '別のキャラ', '別の人', '違う人', '人が入れ替わ', '顔が入れ替わ', '同一人物に見えな', '同じ人に見えな', '別の顔'],
  },
  evidence: 'A frame of the subject before and after the change, with timestamps.',
  followUp: 'Whose face or which character changes, and at about what second?',
};
