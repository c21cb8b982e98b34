import { defineConfig } from 'vitest/config';
import { linkedomLazyListeners } from './vite/linkedom-lazy-listeners.mjs';

// `npm run test:corpus`: the real saved pages of ../shared/corpora/real-pages through the real importers, checked
// against a ground truth written by reading each page (tests/corpus/real-pages-truth.json). Not part of `npm test`:
// a user's clone has no /work/shared. Without the corpus the suite says so in one line and skips.
export default defineConfig({
  // linkedom as the app's build makes it (vite/linkedom-lazy-listeners.mjs).
  plugins: [linkedomLazyListeners()],
  test: {
    server: { deps: { inline: ['linkedom'] } },
    name: 'corpus',
    environment: 'node',
    include: ['tests/corpus/**/*.test.ts'],
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
