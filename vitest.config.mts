import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Two projects: pure modules in plain Node, React components in jsdom. End-to-end tests run with Playwright.
export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'node', environment: 'node', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['tests/dom/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/dom/setup.ts'],
        },
      },
    ],
  },
});
