/**
 * The backup benchmark, the window's side (issue 12: "a backup of 100,000 articles does not freeze the window"):
 * real Chromium with the end-to-end harness (the real services behind the bridge, as in bench:library), but on a
 * blank page of the app's origin, so that only the backup runs in the window. The page seeds a library of the main
 * bench's generated articles through the app's Dexie module, then runs the app's own runBackup; measured: its time
 * and the window's long tasks (the longest, how many, their sum). The harness's bridge is Playwright's binding,
 * slower than Electron's IPC, so the time is an upper bound; the long tasks are the page's own work.
 * Needs the built renderer (`npm run build`). Run: node bench/run-ts.mjs bench/backup-renderer.bench.ts [--count=N]
 * (default 10,000 and 100,000); prints the rows that docs/performance.md shows.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { openApp } from '../tests/e2e/harness';
import { rendererOrigin } from '../tests/e2e/harness/config';
import { startRendererServer } from '../tests/e2e/harness/serve-renderer';
import type { RendererBackupRun } from './backup-page';

type BenchWindow = { __offprintBenchBackup: { seed(count: number): Promise<number>; run(): Promise<RendererBackupRun> } };

async function buildPageScript(): Promise<string> {
  const outDir = join('node_modules', '.cache', 'bench-backup-page');
  await build({
    configFile: false,
    logLevel: 'warn',
    // Some of the app's modules reach React, which reads process.env.NODE_ENV: there is no process in a page.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir,
      emptyOutDir: true,
      minify: false,
      lib: { entry: resolve('bench/backup-page.ts'), formats: ['iife'], name: 'OffprintBenchBackup', fileName: () => 'page.js' },
    },
  });
  return readFileSync(join(outDir, 'page.js'), 'utf8');
}

async function measure(count: number, script: string): Promise<string> {
  const profileDir = mkdtempSync(join(tmpdir(), 'offprint-bench-backup-window-'));
  const app = await openApp({ profileDir, bypassCSP: true });
  try {
    const { page } = app;
    page.on('pageerror', (error) => console.error(`[backup-window] page error: ${error.message}`));
    const blank = `${rendererOrigin()}/bench-backup.html`;
    await page.route(blank, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Backup bench</title>' }));
    await page.goto(blank);
    await page.addScriptTag({ content: script });
    const seedMs = await page.evaluate((n) => (window as unknown as BenchWindow).__offprintBenchBackup.seed(n), count);
    const run = await page.evaluate(() => (window as unknown as BenchWindow).__offprintBenchBackup.run());
    const n = (x: number) => new Intl.NumberFormat('en-US').format(Math.round(x));
    console.log(`[backup-window] ${n(count)}: seeded in ${n(seedMs)} ms; backup ${JSON.stringify(run)}`);
    return (
      `| ${n(run.articleCount)} | ${(run.ms / 1000).toFixed(1)} s | ${(run.bytes / 1024 ** 2).toFixed(1)} MB | ${n(run.longestTaskMs)} ms | ` +
      `${n(run.longestByPhase.before)} / ${n(run.longestByPhase.streaming)} / ${n(run.longestByPhase.after)} ms | ${n(run.longTasks)} (${n(run.longTaskMs)} ms in all) |`
    );
  } finally {
    await app.close();
    rmSync(profileDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const given = process.argv.find((arg) => arg.startsWith('--count='));
  const counts = given ? [Number(given.slice('--count='.length))] : [10_000, 100_000];
  const script = await buildPageScript();
  const server = await startRendererServer();
  try {
    const rows: string[] = [];
    for (const count of counts) rows.push(await measure(count, script));
    console.log(['', '| articles | backup from the window (harness bridge) | file size | longest task | longest before / while / after streaming | long tasks |', '| ---: | ---: | ---: | ---: | ---: | ---: |', ...rows].join('\n'));
  } finally {
    server.close();
  }
}

await main();
