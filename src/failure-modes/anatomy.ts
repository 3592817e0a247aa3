import type { QualityMode } from './types.ts';

export const anatomy: QualityMode = {
  id: 'anatomy',
  term: 'Anatomical Topology Failure',
  label: 'Hands, limbs or bodies are malformed',
  definition: 'Body topology is wrong: extra, missing or fused fingers and limbs, impossible joints.',
  symptoms: {
    en: ['body horror', 'polydactyl*', 'six fingers', 'extra fingers', 'fused fingers', 'spaghetti arms', 'noodle arms', 'sausage fingers', 'mutant hands', 'extra limbs', 'too many fingers', 'anatomically wrong', 'anatomically impossible', 'bad anatomy', 'broken anatomy'],
    es: ['dedos de mas', 'seis dedos', 'manos deformes', 'horror corporal', 'polidactil*', 'anatomia rota', 'anatomia imposible'],
    de: ['sechs finger', 'zu viele finger', 'sechsfingrig*', 'missbildung*', 'anatomisch falsch', 'anatomisch unmoglich'],
    fr: ['six doigts', 'doigts en trop', 'doigt en trop', 'mains deformees', 'main deformee', 'polydactyl*', 'anatomie impossible', 'anatomiquement'],
    pt: ['seis dedos', 'dedos a mais', 'dedo a mais', 'dedos extras', 'maos deformadas', 'mao deformada', 'horror corporal', 'anatomia errada', 'anatomicamente'],
    ja: ['指が6本', '指が多い', '指の数', '手が崩れ', '腕が3本', '足が3本', '奇形', '人体崩壊', '指が溶け', '多指'],
  },
  evidence: 'Frames where the malformed body part is visible, with timestamps.',
  followUp: 'Which body part looks wrong, and at about what second?',
};
