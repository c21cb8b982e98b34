import { chmodSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { linkedomLazyListeners } from './vite/linkedom-lazy-listeners.mjs';

// electron-vite only finds entries by itself under src/main, src/preload and src/renderer: ours are explicit.
const root = import.meta.dirname;

/**
 * The dev server (npm run dev) injects inline scripts and styles (React refresh, CSS hot reload) and talks over a
 * websocket. Only there, the CSP of index.html is relaxed for them; built apps keep the strict policy.
 */
function devServerCsp(): Plugin {
  return {
    name: 'offprint-dev-server-csp',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
        .replace("connect-src 'self'", "connect-src 'self' ws://localhost:* ws://127.0.0.1:*"),
  };
}

/** out/main/offprint-bundle.js starts with `#!/usr/bin/env node`: make it executable, so it runs as a command. */
function executableBundleTool(): Plugin {
  return {
    name: 'offprint-executable-bundle-tool',
    writeBundle: (options, bundle) => {
      if (options.dir && 'offprint-bundle.js' in bundle) chmodSync(resolve(options.dir, 'offprint-bundle.js'), 0o755);
    },
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // linkedom is bundled (not loaded from node_modules) so that its one build-time edit applies (vite/).
      externalizeDeps: { exclude: ['linkedom'] },
      rollupOptions: {
        input: {
          index: resolve(root, 'src-main/index.ts'),
          'import-worker': resolve(root, 'src-main/services/import-job/import-worker.ts'),
          // The bundle tool: plain Node, run as `node out/main/offprint-bundle.js` or as the package's bin.
          'offprint-bundle': resolve(root, 'src-main/cli/offprint-bundle.ts'),
        },
        output: { banner: (chunk) => (chunk.name === 'offprint-bundle' ? '#!/usr/bin/env node' : '') },
      },
    },
    plugins: [executableBundleTool(), linkedomLazyListeners()],
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: { input: { index: resolve(root, 'src-main/preload/index.ts') } },
    },
  },
  renderer: {
    root: resolve(root, 'src-renderer'),
    plugins: [react(), devServerCsp()],
    // The search index runs in a module worker (src-renderer/src/workers/search-index.worker.ts).
    worker: { format: 'es' },
    build: {
      outDir: resolve(root, 'out/renderer'),
      minify: true,
      // A desktop app loads its one bundle from disk: no need to split it for the network.
      chunkSizeWarningLimit: 1500,
      rollupOptions: { input: resolve(root, 'src-renderer/index.html') },
    },
  },
});
