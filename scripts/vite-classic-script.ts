/**
 * Vite plugin: after the extension's build, builds one more entry as a single classic script (IIFE) into the same
 * output folder. chrome.scripting.executeScript takes classic scripts only, and crxjs builds modules; the picker's
 * classic build is what the worker injects on a site the person added (src/content/picker-classic.ts).
 */
import { build, type Plugin } from 'vite';

export function classicScript(entry: string, fileName: string): Plugin {
  let outDir = 'dist';
  let target: string | string[] | false = 'chrome116';
  return {
    name: 'ava-classic-script',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
      target = config.build.target;
    },
    async closeBundle() {
      // configFile false: the nested build must not load vite.config.ts again (crxjs, this plugin).
      await build({
        configFile: false,
        logLevel: 'warn',
        publicDir: false,
        build: {
          outDir,
          emptyOutDir: false,
          target,
          minify: true,
          sourcemap: false,
          lib: { entry, formats: ['iife'], name: 'avaClassic', fileName: () => fileName },
        },
      });
    },
  };
}
