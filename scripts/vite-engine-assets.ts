/**
 * Vite plugin: copies the OCR and face engines' files (src/analysis/engines/assets.ts) from node_modules into the
 * build, byte for byte, so the extension never downloads them. They are extension-page files only: they are not
 * listed in web_accessible_resources, so websites cannot load or probe them.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';
import { ENGINE_ASSETS } from '../src/analysis/engines/assets.ts';

const require = createRequire(import.meta.url);

export function engineAssets(): Plugin {
  return {
    name: 'ava-engine-assets',
    apply: 'build',
    generateBundle() {
      for (const a of ENGINE_ASSETS) this.emitFile({ type: 'asset', fileName: a.to, source: readFileSync(require.resolve(a.from)) });
    },
  };
}
