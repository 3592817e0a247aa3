import { anatomy } from './anatomy.ts';
import { color } from './color.ts';
import { identity } from './identity.ts';
import { physics } from './physics.ts';
import { text } from './text.ts';
import type { QualityMode, QualityModeId } from './types.ts';

export { HARD_FAILURES } from './hard.ts';
export * from './types.ts';

/** The registry of quality failure modes, in the order the popup lists them. */
export const QUALITY_MODES: readonly QualityMode[] = [anatomy, physics, text, color, identity];

const byId = new Map(QUALITY_MODES.map((m) => [m.id, m]));

export function qualityMode(id: QualityModeId): QualityMode {
  const mode = byId.get(id);
  if (!mode) throw new Error(`unknown failure mode: ${id}`);
  return mode;
}
