/**
 * `npm run bench:import -- --real <folder>`: real saved pages (../shared/corpora/real-pages/fixtures: 170 pages,
 * 31 MB) imported end to end through the app (File → Import Folder…, main's job with its worker threads, each
 * chunk sanitized and stored by the renderer), and, side by side in the same run and the same browser, the
 * baseline the issue names: Readability on Chromium's own DOMParser over the same pages (decoded text handed to
 * the page, then parse + Readability timed in the page). Peak RSS of the process that runs main's services (the
 * harness's Node process, with the import workers) is reported beside them.
 */
import { readdirSync, readFileSync, rmSync, statSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { openApp } from '../../tests/e2e/harness';
import { decodeHtml } from '../../src-main/services/import/html-charset';

const START = '<!-- import-real-bench:start -->';
const END = '<!-- import-real-bench:end -->';
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
    const status = page.getByRole('status', { name: 'Import status' });
    await app.chooseOnNextImport([folder]);
    const t0 = performance.now();
    await app.emit('menu:command', 'import-folder');
    await status.filter({ hasText: /^Imported / }).waitFor({ timeout: 30 * 60_000 });
    const importMs = performance.now() - t0;
    const summary = ((await status.textContent()) ?? '').replace(/View report|Dismiss/g, '').trim();
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
    const peakRssMiB = process.resourceUsage().maxRSS / 1024;
    const ratio = importMs / baselineMs;
    console.log(`Readability on Chromium's DOMParser: ${(baselineMs / 1000).toFixed(1)} s (${extracted} of ${files.length} extracted)`);
    console.log(`ratio ${ratio.toFixed(2)} × (goal ≤ 2.5 ×); peak RSS of main's side ${peakRssMiB.toFixed(0)} MiB`);
    if (writeDocs) {
      const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, load average ${loadavg()[0]?.toFixed(1)} at the end`;
      const table = [
        `Measured ${new Date().toISOString().slice(0, 10)} on ${machine}.`,
        '',
        '| measure | value |',
        '| --- | --- |',
        `| pages | ${files.length} (${(bytes / 2 ** 20).toFixed(1)} MiB) |`,
        `| the app's final status | ${summary.replace(/\|/g, '\\|')} |`,
        `| end-to-end import (linkedom + Readability in main's worker threads, sanitizing and storing in the renderer) | ${(importMs / 1000).toFixed(1)} s |`,
        `| Readability on Chromium's DOMParser, same pages, same browser (parse + extract only) | ${(baselineMs / 1000).toFixed(1)} s (${extracted} of ${files.length} extracted) |`,
        `| ratio (import ÷ baseline; goal ≤ 2.5 ×) | **${ratio.toFixed(2)} ×** — ${ratio <= 2.5 ? 'met' : 'missed'} |`,
        `| peak RSS of the process running main's services and the import workers | ${peakRssMiB.toFixed(0)} MiB |`,
      ].join('\n');
      const docPath = join(process.cwd(), 'docs', 'performance.md');
      let doc = readFileSync(docPath, 'utf8');
      if (!doc.includes(START)) {
        const at = doc.indexOf('<!-- import-bench:end -->') + '<!-- import-bench:end -->'.length;
        doc = `${doc.slice(0, at)}\n\n${SECTION}${START}\n${END}${doc.slice(at)}`;
      }
      writeFileSync(docPath, `${doc.slice(0, doc.indexOf(START) + START.length)}\n${table}\n${doc.slice(doc.indexOf(END))}`);
      console.log(`wrote the real-pages table into ${docPath}`);
    }
  } finally {
    await app.close();
    rmSync(profileDir, { recursive: true, force: true });
  }
}
