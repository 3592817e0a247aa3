/**
 * `npm run train:classifier`: trains the classifier's linear model on the TUNING data: the tune split of
 * tests/fixtures/classifier/labelled.jsonl, the public tuning split (public-tune.jsonl, people's own words, the
 * best guide to how people write) and the descriptions written for the model (authored-*.jsonl, varied registers in
 * the languages it had least of); never the held-out split, holdout2 or the public split, so their figures stay
 * honest. Writes src/classifier/model.json. Deterministic: a test retrains and compares with the file.
 */
import { writeFileSync } from 'node:fs';
import { tuningItems } from '../tests/classifier/metrics.ts';
import { train } from '../src/classifier/train.ts';

export const MODEL_PATH = new URL('../src/classifier/model.json', import.meta.url);

export const trainingItems = tuningItems;

export function modelJson(): string {
  return `${JSON.stringify(train(trainingItems()))}\n`;
}

if (process.argv[1]?.endsWith('train-classifier.ts')) {
  const json = modelJson();
  writeFileSync(MODEL_PATH, json);
  console.log(`model.json: ${json.length} bytes from ${trainingItems().length} descriptions`);
}
