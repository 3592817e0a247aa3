import { crx } from '@crxjs/vite-plugin';
import { defineConfig } from 'vite';
import manifest from './manifest.config.ts';

export default defineConfig({
  plugins: [crx({ manifest })],
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    target: 'chrome116',
    // Readable output: reviewers of an extension read the built code.
    minify: true,
    sourcemap: false,
    emptyOutDir: true,
  },
  server: { port: 5174, strictPort: true, hmr: { port: 5174 } },
});
