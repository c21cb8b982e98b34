// Runs a TypeScript benchmark in plain Node: bundles it with Vite's build API (already a devDependency, no
// TypeScript runner to add) into node_modules/.cache/bench/, then runs the bundle with the flags the benchmark
// needs (--expose-gc to measure the heap). Usage: node bench/run-ts.mjs bench/search.bench.ts [args...]
// Like the app's build, it bundles linkedom with its one build-time edit (vite/linkedom-lazy-listeners.mjs), so a
// benchmark of main's code measures the code the app runs.
import { spawnSync } from 'node:child_process';
import { basename, join, resolve } from 'node:path';
import { build } from 'vite';
import { linkedomLazyListeners } from '../vite/linkedom-lazy-listeners.mjs';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node bench/run-ts.mjs <entry.ts> [args...]');
  process.exit(2);
}
const outDir = join('node_modules', '.cache', 'bench');
await build({
  configFile: false,
  logLevel: 'warn',
  plugins: [linkedomLazyListeners()],
  ssr: { noExternal: ['linkedom'] },
  build: {
    ssr: resolve(entry),
    outDir,
    emptyOutDir: false,
    target: 'node20',
    minify: false,
    sourcemap: true,
    rollupOptions: { output: { entryFileNames: '[name].mjs', format: 'es' } },
  },
});
const bundle = join(outDir, basename(entry).replace(/\.ts$/, '.mjs'));
const run = spawnSync(
  process.execPath,
  ['--expose-gc', '--enable-source-maps', '--max-old-space-size=8192', bundle, ...args],
  { stdio: 'inherit' },
);
process.exit(run.status ?? 1);
