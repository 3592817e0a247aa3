import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.ts';

/**
 * `npm run test:fast`: the unit tests without the slow files (real OCR and face engines, ffmpeg clips, the CLI run as
 * a process, the fuzzers). For the edit-test loop; `npm test` runs everything.
 */
export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: [
        'tests/analysis/clips.test.ts',
        'tests/analysis/ocr-engine.test.ts',
        'tests/analysis/face-engine.test.ts',
        'tests/classifier/cli.test.ts',
        'tests/cli/**',
        'tests/fuzz/**',
        'node_modules/**',
      ],
    },
  }),
);
