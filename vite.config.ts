import { crx } from '@crxjs/vite-plugin';
import { defineConfig } from 'vite';
import manifest from './manifest.config.ts';
import { engineAssets } from './scripts/vite-engine-assets.ts';
import { classicScript } from './scripts/vite-classic-script.ts';
import { inlineCss } from './scripts/vite-inline-css.ts';
import { PICKER_CLASSIC_FILE } from './src/shared/picker-key.ts';

export default defineConfig({
  plugins: [
    crx({ manifest }),
    engineAssets(),
    inlineCss(['/src/popup/index.html']),
    classicScript('src/content/picker-classic.ts', PICKER_CLASSIC_FILE),
  ],
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    target: 'chrome116',
    // Minified, not obfuscated (the Web Store allows that); reviewers can read the source in this repository.
    minify: true,
    sourcemap: false,
    // Chrome has modulepreload (since 66): the polyfill would be one more file every extension page loads and runs.
    modulePreload: { polyfill: false },
    emptyOutDir: true,
    // Pages the manifest does not name: the offscreen analysis document (created by the service worker on demand).
    rollupOptions: {
      input: { offscreen: 'src/offscreen/index.html' },
      // The popup's first view needs these few shared modules; as one file they cost one request at open, not five
      // (each extension request costs milliseconds, issue 15.4). The dashboard and the worker load the same file.
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'ui-base',
              test: /node_modules\/preact\/|src\/shared\/i18n\.ts|src\/messages\/envelope\.ts|src\/ui\/messaging\.ts|preload-helper/,
            },
          ],
        },
      },
    },
  },
  server: { port: 5174, strictPort: true, hmr: { port: 5174 } },
});
