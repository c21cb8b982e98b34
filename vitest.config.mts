import react from '@vitejs/plugin-react';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { linkedomLazyListeners } from './vite/linkedom-lazy-listeners.mjs';

// Tests mirror the source (tests/unit/<shared|main|renderer>/<same path>). The project is chosen by path: the
// renderer's app, features and ui run in jsdom; everything else (src-shared, src-main, the renderer's data and
// workers) in plain Node. End-to-end tests run with Playwright.
const DOM_TESTS = ['tests/unit/renderer/{app,features,ui}/**/*.test.{ts,tsx}'];

export default defineConfig({
  plugins: [react(), linkedomLazyListeners()],
  test: {
    // linkedom goes through Vite, with the build-time edit the app's build makes to it (vite/).
    server: { deps: { inline: ['linkedom'] } },
    // A test that spawns the built tool or runs a property test can take seconds on a busy two-core machine.
    testTimeout: 30_000,
    // Vitest's default leaves one core free (one worker on a two-core machine); the suite is mostly module
    // imports and jsdom set-ups, which overlap well: every core measured 4m03 against 4m55 on two cores.
    maxWorkers: availableParallelism(),
    projects: [
      {
        extends: true,
        test: { name: 'node', environment: 'node', include: ['tests/unit/**/*.test.{ts,tsx}'], exclude: DOM_TESTS },
      },
      {
        extends: true,
        test: { name: 'dom', environment: 'jsdom', include: DOM_TESTS, setupFiles: ['tests/unit/renderer/dom-setup.ts'] },
      },
    ],
  },
});
