/**
 * `npm run bench:import -- --pocket [count]` (issue 16: "a 5,000-entry Pocket export imported with peak RSS and
 * time"): a Pocket export as Pocket mailed it in 2025 (part_*.csv of at most 10,000 items each, annotations/part_*.json
 * with quote highlights; see tests/fixtures/formats/make-pocket-export.mjs) of `count` saved items (default 5,000),
 * a fifth of them with two highlights, imported end to end through the app (File → Import…, main's job, the
 * renderer storing link-only entries and placing nothing: their highlights wait as orphans). Time to the final
 * status, the library's count checked, and the peak RSS of the process running main's services.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { openApp } from '../../tests/e2e/harness';
import { cell, importThroughApp, peakRssMiB, writeMarkedTable } from './bench-doc';

const SECTION = `### A Pocket export of 5,000 saved items

\`npm run build && npm run bench:import -- --pocket 5000\` (\`bench/import/pocket-export.ts\`; \`--no-docs\` leaves this
file alone): a generated export as Pocket mailed it in 2025 (the items in \`part_000000.csv\`, a fifth of them with
two quote highlights in \`annotations/part_000000.json\`), imported through the app to its final status.

`;
const TAGS = ['reading', 'slow web', 'harbours', 'maps', 'science', 'long reads', 'recipes', 'history'];

function csvField(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The export zip's bytes: `count` items, one CSV part per 10,000, every fifth item with two highlights. */
export function pocketExport(count: number): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const annotations: { url: string; title: string; highlights: { quote: string; created_at: number }[] }[] = [];
  for (let part = 0; part * 10_000 < count; part += 1) {
    const lines = ['title,url,time_added,cursor,tags,status'];
    for (let i = part * 10_000; i < Math.min(count, (part + 1) * 10_000); i += 1) {
      const title = `Saved item ${i}: notes on harbours, "tides" and reading, part ${i % 97}`;
      const url = `https://read${i % 40}.example.org/essays/${i}/harbour-notes-${i % 13}`;
      const tags = [TAGS[i % TAGS.length], TAGS[(i * 7) % TAGS.length]].filter((tag, k, all) => all.indexOf(tag) === k).join('|');
      lines.push([csvField(title), url, String(1_600_000_000 + i * 600), String(i), csvField(tags), i % 3 === 0 ? 'archive' : 'unread'].join(','));
      if (i % 5 === 0) {
        annotations.push({
          url,
          title,
          highlights: [
            { quote: `The harbour master of item ${i} kept the tide tables by hand.`, created_at: 1_650_000_000 + i },
            { quote: 'Reading slowly is not reading less; it is reading once, properly.', created_at: 1_650_000_100 + i },
          ],
        });
      }
    }
    files[`part_${String(part).padStart(6, '0')}.csv`] = strToU8(`${lines.join('\n')}\n`);
  }
  files['annotations/part_000000.json'] = strToU8(JSON.stringify(annotations));
  return zipSync(files, { mtime: new Date('2025-06-01T12:00:00Z') });
}

export async function runPocketBench(count: number, writeDocs: boolean): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'offprint-bench-pocket-'));
  const zipPath = join(work, 'pocket-export.zip');
  const zip = pocketExport(count);
  writeFileSync(zipPath, zip);
  console.log(`Pocket export: ${count} items, ${(zip.length / 2 ** 20).toFixed(2)} MiB zipped`);
  const app = await openApp({ profileDir: join(work, 'profile') });
  try {
    const { page } = app;
    const before = Number(((await page.locator('.library-count').textContent()) ?? '').replace(/\D/g, ''));
    const { ms: importMs, summary } = await importThroughApp(app, [zipPath], 'import');
    // The count follows the stored chunks a moment after the status: wait for it, and fail if it never arrives.
    const expected = `${(before + count).toLocaleString('en-US')} articles`;
    await page.locator('.library-count', { hasText: expected }).waitFor({ timeout: 60_000 }).catch(() => undefined);
    const after = Number(((await page.locator('.library-count').textContent()) ?? '').replace(/\D/g, ''));
    const peakRss = peakRssMiB();
    const heapMiB = await page.evaluate(() => ((performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0) / 2 ** 20);
    console.log(`import: ${summary} in ${(importMs / 1000).toFixed(1)} s; library ${before} → ${after}; peak RSS of main's side ${peakRss.toFixed(0)} MiB; renderer heap ${heapMiB.toFixed(0)} MiB`);
    if (after - before !== count) throw new Error(`expected ${count} new entries, the library grew by ${after - before}`);
    if (writeDocs) {
      const docPath = writeMarkedTable({
        marker: 'import-pocket-bench',
        section: SECTION,
        before: '\n## Related Articles',
        rows: [
          ['saved items (link-only entries)', `${count.toLocaleString('en-US')}, ${(count / 5).toLocaleString('en-US')} with 2 highlights (${(zip.length / 2 ** 20).toFixed(2)} MiB zipped)`],
          ["the app's final status", cell(summary)],
          ['import, File → Import… to the final status', `${(importMs / 1000).toFixed(1)} s`],
          ["peak RSS of the process running main's services and the import workers", `${peakRss.toFixed(0)} MiB`],
          ["the renderer's JavaScript heap after the import", `${heapMiB.toFixed(0)} MiB`],
        ],
      });
      console.log(`wrote the Pocket table into ${docPath}`);
    }
  } finally {
    await app.close();
    rmSync(work, { recursive: true, force: true });
  }
}
