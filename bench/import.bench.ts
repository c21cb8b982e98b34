/**
 * The import benchmark (issue 3): 10,000 generated Markdown articles and 2,000 HTML pages imported end to end
 * through the app (Import Folder…, the job in main with its worker threads, each chunk sanitized and stored by
 * the renderer in real Chromium), beside a raw Dexie bulkPut of the same final records in the same browser.
 * Also: the longest long task in the renderer during the import. Writes its table into docs/performance.md.
 * Run: npm run build && npm run bench:import   (-- --no-docs leaves docs/performance.md alone; -- --small runs
 * 300 Markdown + 100 HTML files as a quick check, never written into the docs; -- --real <folder> imports real
 * saved pages beside Readability on Chromium's DOMParser instead: bench/import/real-pages.ts; -- --pocket [count]
 * imports a generated Pocket export of 5,000 (or count) saved items instead: bench/import/pocket-export.ts; -- --warc [MiB]
 * imports a generated WARC of 500 (or MiB) MiB instead: bench/import/warc-archive.ts)
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp } from '../tests/e2e/harness';
import { startRendererServer } from '../tests/e2e/harness/serve-renderer';
import { HTML_COUNT, MARKDOWN_COUNT, ensureImportCorpus } from './import/import-corpus';
import { rawBulkPut } from './import/raw-bulk-put';
import { runPocketBench } from './import/pocket-export';
import { runRealPagesBench } from './import/real-pages';
import { runWarcBench } from './import/warc-archive';
import { writeImportResults, type ImportBenchResult } from './import/report';

async function main(): Promise<void> {
  const writeDocs = !process.argv.includes('--no-docs');
  const argAfter = (flag: string) => (process.argv.includes(flag) ? (process.argv[process.argv.indexOf(flag) + 1] ?? '') : null);
  const real = argAfter('--real');
  const pocket = argAfter('--pocket');
  const warc = argAfter('--warc');
  const inApp: (() => Promise<void>) | null =
    real !== null
      ? () => {
          if (!real) throw new Error('--real needs a folder of saved pages, e.g. ../shared/corpora/real-pages/fixtures');
          return runRealPagesBench(real, writeDocs);
        }
      : pocket !== null
        ? () => runPocketBench(Number(pocket) || 5000, writeDocs)
        : warc !== null
          ? () => runWarcBench(Number(warc) || 500, writeDocs)
          : null;
  if (inApp) {
    // These run through the app itself, served as the end-to-end tests serve it.
    const server = await startRendererServer();
    try {
      await inApp();
    } finally {
      server.close();
    }
    return;
  }
  const small = process.argv.includes('--small');
  const writeCorpusDocs = writeDocs && !small;
  const size = small ? { markdown: 300, html: 100 } : { markdown: MARKDOWN_COUNT, html: HTML_COUNT };
  const started = performance.now();
  const corpus = ensureImportCorpus(size);
  console.log(`corpus ready in ${((performance.now() - started) / 1000).toFixed(1)} s: ${corpus}`);

  const server = await startRendererServer();
  const profileDir = mkdtempSync(join(tmpdir(), 'offprint-bench-import-'));
  const app = await openApp({ profileDir, bypassCSP: true });
  try {
    const { page } = app;
    await page.evaluate(() => {
      const w = window as unknown as { __longest: number; __longTasks: number; __taskLog: string[] };
      w.__longest = 0;
      w.__longTasks = 0;
      w.__taskLog = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          w.__longTasks += 1;
          w.__longest = Math.max(w.__longest, entry.duration);
          w.__taskLog.push(`${Math.round(entry.startTime)} ms: ${Math.round(entry.duration)} ms`);
        }
      }).observe({ type: 'longtask', buffered: false });
    });
    const status = page.getByRole('status', { name: 'Import status' });
    await app.chooseOnNextImport([corpus]);
    const t0 = performance.now();
    await app.emit('menu:command', 'import-folder');
    await status.filter({ hasText: /^Imported / }).waitFor({ timeout: 60 * 60_000 });
    const importMs = performance.now() - t0;
    // The index follows the import in its worker; it is current once every change is stored.
    await page.locator('body[data-search-index-saved="true"]').waitFor({ timeout: 30 * 60_000 });
    const indexCurrentMs = performance.now() - t0;
    const indexingMs = Number(await page.locator('body').getAttribute('data-search-index-busy-ms'));
    console.log(`search index current ${((indexCurrentMs - importMs) / 1000).toFixed(1)} s after the import; indexing busy ${(indexingMs / 1000).toFixed(1)} s`);
    const summary = ((await status.textContent()) ?? '').replace(/View report|Dismiss/g, '').trim();
    const imported = Number(/^Imported ([\d,]+) article/.exec(summary)?.[1]?.replace(/,/g, '') ?? 'NaN');
    const renderer = await page.evaluate(() => {
      const w = window as unknown as { __longest: number; __longTasks: number; __taskLog: string[] };
      return { longest: w.__longest, longTasks: w.__longTasks, log: w.__taskLog };
    });
    console.log(`long tasks (page time): ${renderer.log.join(', ') || 'none'}`);
    // The heap the library holds after the import: measured after a full garbage collection.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    console.log(`import: ${summary} in ${(importMs / 1000).toFixed(1)} s`);

    const dexie = createRequire(join(process.cwd(), 'package.json')).resolve('dexie/dist/dexie.min.js');
    await page.addScriptTag({ content: readFileSync(dexie, 'utf8') });
    const baseline = await page.evaluate(rawBulkPut);
    console.log(`raw Dexie bulkPut of the same ${baseline.articles} records: ${(baseline.milliseconds / 1000).toFixed(2)} s`);

    const result: ImportBenchResult = {
      files: size.markdown + size.html,
      markdown: size.markdown,
      html: size.html,
      summary,
      importedArticles: imported,
      importMs,
      indexCurrentMs,
      indexingMs,
      storedArticles: baseline.articles,
      bulkPutMs: baseline.milliseconds,
      longestTaskMs: renderer.longest,
      longTasks: renderer.longTasks,
      rendererHeapBytes: usedSize,
    };
    console.log(JSON.stringify(result, null, 2));
    if (writeCorpusDocs) writeImportResults(result);
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
