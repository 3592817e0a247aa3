import type { QualityModeId } from '../../modes/types.ts';
import type { Lang } from '../lang.ts';
import { SYMPTOMS_ANATOMY } from './symptoms-anatomy.ts';
import { SYMPTOMS_PHYSICS } from './symptoms-physics.ts';
import { SYMPTOMS_TEXT } from './symptoms-text.ts';
import { SYMPTOMS_COLOR } from './symptoms-color.ts';
import { SYMPTOMS_IDENTITY } from './symptoms-identity.ts';

/**
 * Phrases that name a failure mode on their own, per mode and language (entry syntax in types.ts: `*` = any ending,
 * Japanese entries are substrings). Descriptions that point at a part and say what is wrong with it ("the hands
 * melted") are read by the shared grammar in this folder, so these lists stay short.
 */
export const SYMPTOMS: Readonly<Record<QualityModeId, Record<Lang, readonly string[]>>> = {
  anatomy: SYMPTOMS_ANATOMY,
  physics: SYMPTOMS_PHYSICS,
  text: SYMPTOMS_TEXT,
  color: SYMPTOMS_COLOR,
  identity: SYMPTOMS_IDENTITY,
};
