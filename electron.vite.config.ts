import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';

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

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve(root, 'src-main/index.ts') } },
    },
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
    build: {
      outDir: resolve(root, 'out/renderer'),
      minify: true,
      // A desktop app loads its one bundle from disk: no need to split it for the network.
      chunkSizeWarningLimit: 1500,
      rollupOptions: { input: resolve(root, 'src-renderer/index.html') },
    },
  },
});
