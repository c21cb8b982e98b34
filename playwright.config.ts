import { defineConfig } from '@playwright/test';

// End-to-end tests drive the built renderer (npm run build) through tests/e2e/harness; see README "Tests".
export default defineConfig({
  testDir: 'tests',
  testMatch: ['e2e/**/*.spec.ts', 'electron/**/*.spec.ts'],
  globalSetup: './tests/e2e/global-setup.ts',
  // Two spec files at a time (a spec's own tests stay in order): each test has its own profile directory and the
  // renderer server is static, so they do not share state. On this two-core machine, quiet: 9.5 min against 11.6.
  fullyParallel: false,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env['CI'] ? [['list']] : [['list']],
  use: { trace: 'off', screenshot: 'off' },
});
