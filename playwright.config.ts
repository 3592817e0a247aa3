import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests: the built extension in the system's Chromium (see e2e/fixtures.ts; no Playwright browser is
 * downloaded). One worker: each test starts its own browser, and the machine is small and shared.
 */
export default defineConfig({
  testDir: 'e2e',
  workers: 1,
  fullyParallel: false,
  // In CI one retry, so that a race on a loaded machine shows as "flaky" in the report (to be fixed) rather than
  // sinking the run; a test that fails twice still fails. Locally none: a race should be seen where it happens.
  retries: process.env.CI ? 1 : 0,
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: !!process.env.CI,
  outputDir: 'test-results',
  use: {
    actionTimeout: 10_000,
    navigationTimeout: 20_000,
    trace: 'retain-on-failure',
  },
});
