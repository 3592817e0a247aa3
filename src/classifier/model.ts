/**
 * The small trained model beside the rules: a linear model over hashed words and character n-grams
 * (features.ts), trained at build time from the labelled corpus by scripts/train-classifier.ts into model.json.
 * classify.ts asks it only for a complaint the rules could not place, and quotes the person's words for it.
 */
import type { QualityModeId } from '../modes/types.ts';
import { featureCounts } from './features.ts';
import shipped from './model.json';
import type { LinearModel } from './train.ts';

const model = shipped as LinearModel;

/** Probability per mode that the description names it, from the model alone. */
export function modelScores(text: string, m: LinearModel = model): Map<QualityModeId, number> {
  // The buckets and counts in the order features() would give them, so every sum adds in the same order.
  const { buckets: keys, counts } = featureCounts(text);
  const norm = Math.sqrt(counts.reduce((s, v) => s + v * v, 0)) || 1;
  const out = new Map<QualityModeId, number>();
  m.modes.forEach((mode, i) => {
    const w = m.weights[i]!;
    let z = m.bias[i]! / m.scale;
    for (let j = 0; j < keys.length; j++) z += (w[keys[j]!]! / m.scale) * (counts[j]! / norm);
    out.set(mode, 1 / (1 + Math.exp(-z)));
  });
  return out;
}
