import type { QualityMode } from './types.ts';

export const anatomy: QualityMode = {
  id: 'anatomy',
  term: 'Anatomical Topology Failure',
  label: 'Hands, limbs or bodies are malformed',
  definition: 'Body topology is wrong: extra, missing or fused fingers and limbs, impossible joints.',
  symptoms: {
    en: ['extra finger', 'six fingers', '6 fingers', 'seven fingers', 'missing finger', 'fused fingers', 'extra limb', 'extra arm', 'extra leg', 'three arms', 'three legs', 'malformed hand', 'deformed hand', 'weird hands', 'weird fingers', 'mangled hands', 'melted hands', 'broken arm', 'twisted limb', 'backwards knee', 'extra head', 'missing arm', 'body horror'],
    es: ['dedos de mas', 'seis dedos', 'mano deforme', 'manos deformes', 'brazo extra', 'pierna extra', 'extremidad extra'],
    de: ['sechs finger', 'zusatzlicher finger', 'zu viele finger', 'deformierte hand', 'verformte hand', 'extra arm', 'drei arme'],
    fr: ['six doigts', 'doigt en trop', 'doigts en trop', 'main deformee', 'mains deformees', 'bras en trop', 'jambe en trop'],
    pt: ['seis dedos', 'dedo extra', 'dedos a mais', 'mao deformada', 'maos deformadas', 'braco extra', 'perna extra'],
    ja: ['指が6本', '指が多い', '指が変', '手が変', '手が崩れ', '腕が3本', '足が3本'],
  },
  evidence: 'Frames where the malformed body part is visible, with timestamps.',
  followUp: 'Which body part looks wrong, and at about what second?',
};
