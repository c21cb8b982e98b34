/**
 * `npm run bench:import -- --real <folder>`: real saved pages (../shared/corpora/real-pages/fixtures: 170 pages,
 * 31 MB) imported end to end through the app (File → Import Folder…, main's job with its worker threads, each
 * chunk sanitized and stored by the renderer), and, side by side in the same run and the same browser, the
 * baseline the issue names: Readability on Chromium's own DOMParser over the same pages (decoded text handed to
 * the page, then parse + Readability timed in the page). Peak RSS of the process that runs main's services (the
 * harness's Node process, with the import workers) is reported beside them.
 */
import { readdirSync, readFileSync, rmSync, statSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openApp } from '../../tests/e2e/harness';
import { cell, importThroughApp, peakRssMiB, writeMarkedTable } from './bench-doc';
import { decodeHtml } from '../../src-main/services/import/html-charset';

const SECTION = `### Real saved pages: import against Readability on Chromium's DOMParser

\`npm run build && npm run bench:import -- --real ../shared/corpora/real-pages/fixtures\` (\`bench/import/real-pages.ts\`;
\`--no-docs\` leaves this file alone). The whole import through the app, beside Readability alone on Chromium's
DOMParser over the same pages in the same browser, in one run. Goal: the import within 2.5 × the baseline.

`;

export async function runRealPagesBench(folderArg: string, writeDocs: boolean): Promise<void> {
  const folder = resolve(folderArg);
  const files = readdirSync(folder).filter((name) => /\.html?$/i.test(name)).sort();
  const bytes = files.reduce((sum, name) => sum + statSync(join(folder, name)).size, 0);
  console.log(`${files.length} pages, ${(bytes / 2 ** 20).toFixed(1)} MiB in ${folder}`);
  const profileDir = mkdtempSync(join(tmpdir(), 'offprint-bench-real-'));
  const app = await openApp({ profileDir, bypassCSP: true });
  try {
    const { page } = app;
    const { ms: importMs, summary } = await importThroughApp(app, [folder], 'import-folder');
    console.log(`import: ${summary} in ${(importMs / 1000).toFixed(1)} s`);

    const readability = createRequire(join(process.cwd(), 'package.json')).resolve('@mozilla/readability/Readability.js');
    await page.addScriptTag({ content: `${readFileSync(readability, 'utf8')}\nwindow.__Readability = Readability;` });
    let baselineMs = 0;
    let extracted = 0;
    for (const name of files) {
      const { text } = decodeHtml(new Uint8Array(readFileSync(join(folder, name))));
      const one = await page.evaluate((html) => {
        const Readability = (window as unknown as { __Readability: new (doc: Document) => { parse(): { content?: string } | null } }).__Readability;
        const started = performance.now();
        const doc = new DOMParser().parseFromString(html, 'text/html');
        const article = new Readability(doc).parse();
        return { ms: performance.now() - started, ok: Boolean(article?.content) };
      }, text);
      baselineMs += one.ms;
      if (one.ok) extracted += 1;
    }
    const peakRss = peakRssMiB();
    const ratio = importMs / baselineMs;
    console.log(`Readability on Chromium's DOMParser: ${(baselineMs / 1000).toFixed(1)} s (${extracted} of ${files.length} extracted)`);
    console.log(`ratio ${ratio.toFixed(2)} × (goal ≤ 2.5 ×); peak RSS of main's side ${peakRss.toFixed(0)} MiB`);
    if (writeDocs) {
      const docPath = writeMarkedTable({
        marker: 'import-real-bench',
        section: SECTION,
        before: '\n## Related Articles',
        rows: [
          ['pages', `${files.length} (${(bytes / 2 ** 20).toFixed(1)} MiB)`],
          ["the app's final status", cell(summary)],
          ["end-to-end import (linkedom + Readability in main's worker threads, sanitizing and storing in the renderer)", `${(importMs / 1000).toFixed(1)} s`],
          ["Readability on Chromium's DOMParser, same pages, same browser (parse + extract only)", `${(baselineMs / 1000).toFixed(1)} s (${extracted} of ${files.length} extracted)`],
          ['ratio (import ÷ baseline; goal ≤ 2.5 ×)', `**${ratio.toFixed(2)} ×** — ${ratio <= 2.5 ? 'met' : 'missed'}`],
          ["peak RSS of the process running main's services and the import workers", `${peakRss.toFixed(0)} MiB`],
        ],
      });
      console.log(`wrote the real-pages table into ${docPath}`);
    }
  } finally {
    await app.close();
    rmSync(profileDir, { recursive: true, force: true });
  }
}
