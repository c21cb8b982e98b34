/**
 * The library benchmark (issue 6, the list at scale): a library of generated article metadata seeded straight
 * into IndexedDB through the app's own Dexie module, in real Chromium, with the built renderer (out/renderer:
 * run `npm run build` first) and the real services behind the bridge (the end-to-end harness). Measures:
 *   - the time from opening the window (navigation start) to the list's first rows shown, over several opens;
 *   - the frames while the list is scrolled programmatically (requestAnimationFrame deltas, long animation frames);
 *   - the JS heap of the window with the whole library loaded (after garbage collection, CDP JSHeapUsedSize).
 *
 *   npm run bench:library                  100,000 articles, results written into docs/performance.md
 *   npm run bench:library -- --small       5,000 articles, a quick check (printed only)
 *   npm run bench:library -- --count=20000 --runs=3 --no-docs
 * Set OFFPRINT_E2E_PORT to serve on another port (IndexedDB belongs to the origin).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { openApp } from '../tests/e2e/harness';
import { RENDERER_DIR } from '../tests/e2e/harness/config';
import { startRendererServer } from '../tests/e2e/harness/serve-renderer';
import { scrollAndMeasure, watchFirstRows, type FirstRows, type ScrollFrames } from './library/probes';
import { renderLibraryReport, replaceBetweenMarkers, type LibraryResult } from './library/report';

const args = new Map(
  process.argv.slice(2).map((a): [string, string] => {
    const [key = '', value = 'true'] = a.replace(/^--/, '').split('=');
    return [key, value];
  }),
);
const small = args.has('small');
const count = Number(args.get('count') ?? (small ? 5000 : 100_000));
const runs = Number(args.get('runs') ?? 5);
const writeDocs = !small && !args.has('no-docs') && !args.has('count');
/** The first screen of rows: the virtualized list holds only what the window shows, and a few more. */
const FIRST_ROWS = 10;

async function buildSeedScript(): Promise<string> {
  const outDir = join('node_modules', '.cache', 'bench-library');
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      minify: false,
      lib: { entry: resolve('bench/library/seed-page.ts'), formats: ['iife'], name: 'OffprintBenchSeed', fileName: () => 'seed.js' },
    },
  });
  return readFileSync(join(outDir, 'seed.js'), 'utf8');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

async function main(): Promise<void> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) throw new Error('No built renderer: run `npm run build` first.');
  const loadBefore = loadavg()[0] ?? 0;
  const seedScript = await buildSeedScript();
  const server = await startRendererServer();
  const profileDir = mkdtempSync(join(tmpdir(), 'offprint-bench-library-'));
  const app = await openApp({ profileDir, bypassCSP: true, viewport: { width: 1280, height: 900 } });
  try {
    const { page, context } = app;
    console.log(`[library] seeding ${count.toLocaleString('en')} articles through Dexie…`);
    await page.addScriptTag({ content: seedScript });
    const seedMs = await page.evaluate((n) => (window as unknown as { __offprintBenchSeed: (n: number) => Promise<number> }).__offprintBenchSeed(n), count);
    console.log(`[library] seeded in ${Math.round(seedMs)} ms; first open (the search index is built and stored)…`);

    const firstOpen = performance.now();
    await page.reload();
    await page.locator('body[data-app-state="ready"]').waitFor({ timeout: 120_000 });
    await page.locator('main[data-library="complete"]').waitFor({ timeout: 600_000 });
    const listed = Number(await page.locator('ul[aria-label="Articles"] > li').first().getAttribute('aria-setsize'));
    await page.locator('body[data-search-index-saved="true"]').waitFor({ timeout: 1_800_000 });
    console.log(`[library] search index stored after ${Math.round(performance.now() - firstOpen)} ms`);

    await context.addInitScript(watchFirstRows, FIRST_ROWS);
    const opens: FirstRows[] = [];
    // Each open is a window opening: the page is left for a blank one first, so that the time measured does not
    // include unloading the last open's library (up to 360 ms of a reload's navigation, with 100,000 articles).
    const appUrl = page.url();
    for (let run = 0; run < runs; run += 1) {
      await page.goto('about:blank');
      await page.goto(appUrl, { waitUntil: 'commit' });
      await page.waitForFunction(() => (window as unknown as { __benchFirstRows?: FirstRows }).__benchFirstRows?.completeMs != null, null, {
        timeout: 600_000,
        polling: 100,
      });
      const result = await page.evaluate(() => (window as unknown as { __benchFirstRows: FirstRows }).__benchFirstRows);
      opens.push(result);
      console.log(`[library] open ${run + 1}: first ${result.rows} rows at ${Math.round(result.ms)} ms, whole list at ${Math.round(result.completeMs ?? 0)} ms`);
      // Let the start settle (the stored search index is checked against the library) before the next open.
      await page.locator('body[data-search-index="loaded"], body[data-search-index="repaired"], body[data-search-index="rebuilt"]').waitFor({ timeout: 600_000 });
    }
    // Scrolling is measured in the whole list: the frame in which the last open's whole library arrives (filters and
    // counts over 100,000 entries) is the start's work, not scrolling's.
    await page.locator('main[data-library="complete"]').waitFor({ timeout: 600_000 });

    const scrolls: ScrollFrames[] = [];
    for (let run = 0; run < 3; run += 1) {
      const frames = await page.evaluate(scrollAndMeasure, { frames: 300, step: 240 });
      scrolls.push(frames);
      console.log(
        `[library] scroll ${run + 1}: ${frames.frames} frames, longest ${frames.maxDelta.toFixed(1)} ms, p95 ${frames.p95Delta.toFixed(1)} ms, ` +
          `dropped ${frames.dropped}, longest LoAF ${Math.round(frames.longestLoaf)} ms (own work ${Math.round(frames.longestOwnWork)} ms), rows in page ${frames.rowsInDom}; p50 ${frames.p50Delta.toFixed(1)} ms\n    worst LoAF: ${frames.longestLoafDetail}`,
      );
    }

    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heapBytes = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
    const domNodes = metrics.find((m) => m.name === 'Nodes')?.value ?? 0;
    console.log(`[library] JS heap after GC: ${(heapBytes / 1048576).toFixed(1)} MB, DOM nodes ${domNodes}`);

    const result: LibraryResult = {
      count: listed,
      seedMs,
      firstRowsMs: opens.map((o) => o.ms),
      firstRows: median(opens.map((o) => o.rows)),
      completeMs: opens.map((o) => o.completeMs ?? 0),
      scroll: scrolls,
      heapMb: heapBytes / 1048576,
      domNodes,
      machine: `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB RAM, ${process.platform}`,
      load: [loadBefore, loadavg()[0] ?? 0],
      date: new Date().toISOString().slice(0, 10),
    };
    const report = renderLibraryReport(result, small ? 'npm run bench:library -- --small' : 'npm run bench:library');
    console.log(`\n${report}`);
    if (writeDocs) {
      const path = join('docs', 'performance.md');
      writeFileSync(path, replaceBetweenMarkers(readFileSync(path, 'utf8'), report));
      console.log(`[library] written into ${path}`);
    }
  } finally {
    await app.close();
    server.close();
    rmSync(profileDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
