import { defineConfig } from 'vitest/config';

export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    environment: 'node',
    // Messages worded with chrome.i18n read the English locale in Node too.
    setupFiles: ['tests/helpers/english-locale.ts'],
  },
});
