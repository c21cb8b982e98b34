/**
 * `npm run bench:import -- --warc [MiB]` (issue 16: "a 500 MB WARC imported with peak RSS and time"): a WARC of
 * about 500 MiB (or MiB), gzip per record as browsertrix and `wget --warc-file` write it, made in a temp folder with
 * warcio's writer (tests/unit/main/services/import/warc-writer.ts): pages of about 16 KB of HTML, each with its request
 * record and three images of 60 KB (incompressible bytes, so the file is as large on disk as it says), and a
 * revisit every tenth page. Imported end to end through the app (File → Import…, main streaming the archive once,
 * the workers reading each page and its images again by byte, the renderer storing articles and images). Time to
 * the final status, the library's count checked, and the peak RSS of the process running main's services.
 */
import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp } from '../../tests/e2e/harness';
import { warcRecordBytes } from '../../tests/unit/main/services/import/warc-writer';
import { cell, importThroughApp, peakRssMiB, writeMarkedTable } from './bench-doc';

const SECTION = `### A WARC of 500 MiB

\`npm run build && npm run bench:import -- --warc 500\` (\`bench/import/warc-archive.ts\`; \`--no-docs\` leaves this
file alone): a WARC gzipped per record, written with warcio's writer into a temp folder (pages of about 16 KB of
HTML with three 60 KB images each, request records, a revisit every tenth page), imported through the app to its
final status. The archive is never held: the first reading keeps only where pages and images lie and the images'
addresses, and each worker reads one page and its images again by byte. The RSS is the harness's Node process:
main's services, the import workers, and Playwright's copies of the chunks it hands to the renderer, images
included.

`;
const IMAGE_BYTES = 60 * 1024;
const IMAGES_PER_PAGE = 3;
const WORDS = 'the harbour master writes the hour of every tide in the book by the door while the ferry waits at the quay'.split(' ');

function pageHtml(index: number): string {
  const paragraphs: string[] = [];
  for (let p = 0; p < 30; p += 1) {
    const words = Array.from({ length: 80 }, (_, w) => WORDS[(index * 7 + p * 13 + w) % WORDS.length]);
    paragraphs.push(`<p>Page ${index}, paragraph ${p}: ${words.join(' ')}.</p>`);
  }
  const images = Array.from({ length: IMAGES_PER_PAGE }, (_, i) => `<p><img src="/img/${index}-${i}.jpg" alt="Figure ${i} of page ${index}"></p>`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour notes ${index}</title></head><body><article><h1>Harbour notes ${index}</h1>${paragraphs.slice(0, 10).join('')}${images.join('')}${paragraphs.slice(10).join('')}</article></body></html>`;
}

async function writeArchive(path: string, targetBytes: number): Promise<{ pages: number; bytes: number }> {
  const out = createWriteStream(path);
  const write = (bytes: Uint8Array) => new Promise<void>((resolve, reject) => out.write(bytes, (error) => (error ? reject(error) : resolve())));
  let bytes = 0;
  let pages = 0;
  const date = (i: number) => new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  while (bytes < targetBytes) {
    const url = `https://harbour${pages % 20}.example.org/notes/${pages}`;
    const records = [
      await warcRecordBytes({ type: 'request', url, date: date(pages), body: '' }, true),
      await warcRecordBytes({ url, date: date(pages), body: pageHtml(pages) }, true),
    ];
    for (let i = 0; i < IMAGES_PER_PAGE; i += 1) {
      records.push(await warcRecordBytes({ url: `https://harbour${pages % 20}.example.org/img/${pages}-${i}.jpg`, date: date(pages), contentType: 'image/jpeg', body: new Uint8Array(randomBytes(IMAGE_BYTES)) }, true));
    }
    if (pages % 10 === 9) records.push(await warcRecordBytes({ type: 'revisit', url, date: date(pages + 1), body: '' }, true));
    for (const record of records) {
      await write(record);
      bytes += record.byteLength;
    }
    pages += 1;
  }
  await new Promise<void>((resolve) => out.end(resolve));
  return { pages, bytes: statSync(path).size };
}

export async function runWarcBench(mebibytes: number, writeDocs: boolean): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'offprint-bench-warc-'));
  const warcPath = join(work, 'crawl.warc.gz');
  const t = performance.now();
  const { pages, bytes } = await writeArchive(warcPath, mebibytes * 2 ** 20);
  console.log(`WARC: ${pages} pages, ${(bytes / 2 ** 20).toFixed(0)} MiB, written in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  const app = await openApp({ profileDir: join(work, 'profile') });
  try {
    const { page } = app;
    const before = Number(((await page.locator('.library-count').textContent()) ?? '').replace(/\D/g, ''));
    const rssBefore = peakRssMiB();
    const { ms, summary } = await importThroughApp(app, [warcPath], 'import');
    const expected = `${(before + pages).toLocaleString('en-US')} articles`;
    await page.locator('.library-count', { hasText: expected }).waitFor({ timeout: 60_000 }).catch(() => undefined);
    const after = Number(((await page.locator('.library-count').textContent()) ?? '').replace(/\D/g, ''));
    const peak = peakRssMiB();
    console.log(`import: ${summary} in ${(ms / 1000).toFixed(1)} s; library ${before} → ${after}; peak RSS of main's side ${peak.toFixed(0)} MiB (${rssBefore.toFixed(0)} MiB before the import); load ${loadavg()[0]?.toFixed(1)}`);
    if (after - before !== pages) throw new Error(`expected ${pages} new articles, the library grew by ${after - before}`);
    if (!writeDocs) return;
    const docPath = writeMarkedTable({
      marker: 'import-warc-bench',
      section: SECTION,
      before: '## Related Articles',
      rows: [
        ['the archive', `${(bytes / 2 ** 20).toFixed(0)} MiB gzipped per record: ${pages.toLocaleString('en-US')} pages, ${(pages * IMAGES_PER_PAGE).toLocaleString('en-US')} images, ${pages.toLocaleString('en-US')} requests, ${Math.floor(pages / 10).toLocaleString('en-US')} revisits`],
        ["the app's final status", cell(summary)],
        ['import, File → Import… to the final status', `${(ms / 1000).toFixed(1)} s, ${(bytes / 2 ** 20 / (ms / 1000)).toFixed(1)} MiB/s`],
        ["peak RSS of the process running main's services and the import workers", `${peak.toFixed(0)} MiB (${rssBefore.toFixed(0)} MiB before the import)`],
      ],
    });
    console.log(`wrote the WARC table into ${docPath}`);
  } finally {
    await app.close();
    rmSync(work, { recursive: true, force: true });
  }
}
