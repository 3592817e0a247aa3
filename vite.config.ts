import { crx } from '@crxjs/vite-plugin';
import { defineConfig } from 'vite';
import manifest from './manifest.config.ts';
import { engineAssets } from './scripts/vite-engine-assets.ts';

export default defineConfig({
  plugins: [crx({ manifest }), engineAssets()],
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
    rollupOptions: { input: { offscreen: 'src/offscreen/index.html' } },
  },
  server: { port: 5174, strictPort: true, hmr: { port: 5174 } },
});
