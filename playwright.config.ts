import { defineConfig } from '@playwright/test';

// End-to-end tests drive the built renderer (npm run build) through tests/e2e/harness; see README "Tests".
export default defineConfig({
  testDir: 'tests',
  testMatch: ['e2e/**/*.spec.ts', 'electron/**/*.spec.ts'],
  globalSetup: './tests/e2e/global-setup.ts',
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env['CI'] ? [['list']] : [['list']],
  use: { trace: 'off', screenshot: 'off' },
});
