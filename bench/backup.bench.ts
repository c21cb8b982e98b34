/**
 * The backup benchmark (issue 12): 10,000 and 100,000 generated articles (bench/generator, about 5 KB of text
 * each, 10 % with a note and a highlight) streamed into main's BackupService in chunks of 50, as the renderer
 * sends them: written to the temporary file, flushed, re-opened and verified, renamed. Time, size and the peak
 * RSS of the process, and main's longest event-loop block (while it lasts, main answers no IPC: menus and every
 * call from the window wait). Main's side only: the renderer's reading from IndexedDB, and so its longest task,
 * is not in these figures (that needs the built app in Chromium, not this plain-Node bench).
 * Run: npm run bench:backup   (-- --no-docs leaves docs/performance.md alone; -- --small runs 1,000; -- --count=N runs N only)
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { ExportedArticle } from '../src-shared/contract';
import { BackupService } from '../src-main/services/backup/backup-service';
import { generateArticle } from './generator/article';

const CHUNK = 50;

function exported(i: number): ExportedArticle {
  const a = generateArticle(i);
  const stamp = '2024-05-01T08:00:00.000Z';
  return {
    id: a.id,
    addedAt: stamp,
    meta: {
      title: a.title, author: a.author, source: a.source, url: null, publishedAt: null, submittedAt: null,
      language: a.lang, tags: a.tags, wordCount: a.body.length >> 3, contentHash: i.toString(16).padStart(64, '0'),
      keywords: [], originalName: `${a.id}.md`,
    },
    body: { format: 'markdown', content: a.body },
    text: a.body,
    assets: [],
    annotations: {
      notes: a.notes ? [{ id: `n-${a.id}`, body: a.notes, createdAt: stamp, updatedAt: stamp }] : [],
      highlights: a.highlights
        ? [{ id: `h-${a.id}`, color: 'yellow', selectors: [{ type: 'TextQuoteSelector', exact: a.highlights.slice(0, 200) }], note: null, createdAt: stamp }]
        : [],
    },
  };
}

interface Row {
  count: number;
  seconds: number;
  /** Of `seconds`: finish (library.json, manifest, directory, fsync, re-open and verify, rename, rotate). */
  finishSeconds: number;
  /** Main's longest event-loop block while the articles are streamed in, in ms. */
  streamingBlockMs: number;
  /** Main's longest event-loop block while the backup is finished (directory, flush, verify, rename), in ms. */
  finishBlockMs: number;
  bytes: number | null;
  peakRssMb: number;
  outcome: string;
}

async function run(count: number): Promise<Row> {
  const profileDir = mkdtempSync(join(tmpdir(), 'offprint-bench-backup-'));
  const service = new BackupService(
    { profileDir, freeBytes: async () => Number.MAX_SAFE_INTEGER, chooseBackupFolder: async () => null, electronVersion: 'bench' },
    { name: 'Offprint', version: 'bench', platform: process.platform },
  );
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const started = performance.now();
  let finishing = started;
  let outcome = 'verified';
  let bytes: number | null = null;
  let streamingBlockMs = 0;
  try {
    const { backupId } = await service.begin({ reason: 'manual', articleCount: count, estimatedBytes: count * 6000 });
    for (let i = 0; i < count; i += CHUNK) {
      const chunk = Array.from({ length: Math.min(CHUNK, count - i) }, (_, k) => exported(i + k));
      await service.add(backupId, chunk);
    }
    finishing = performance.now();
    streamingBlockMs = loop.max / 1e6;
    loop.reset();
    const finished = await service.finish(backupId, { collections: [], articles: [], settings: [] }, 'bench');
    bytes = finished.backup.bytes;
  } catch (error) {
    outcome = `refused: ${error instanceof Error ? error.message : String(error)}`;
  }
  const ended = performance.now();
  loop.disable();
  rmSync(profileDir, { recursive: true, force: true });
  return {
    count,
    seconds: (ended - started) / 1000,
    finishSeconds: (ended - finishing) / 1000,
    streamingBlockMs,
    finishBlockMs: loop.max / 1e6,
    bytes,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    outcome,
  };
}

function table(rows: Row[]): string {
  const n = (x: number) => new Intl.NumberFormat('en-US').format(x);
  const lines = [
    `\`npm run bench:backup\`, ${new Date().toISOString().slice(0, 10)}, ${cpus().length} vCPUs (${cpus()[0]?.model ?? '?'}), ` +
      `${Math.round(totalmem() / 1024 ** 3)} GiB RAM, Node ${process.versions.node}. Peak RSS is the process's, cumulative over the runs.`,
    '',
    '| articles | time (write, fsync, verify, rename) | of which finish and verify | file size | peak RSS | main’s longest event-loop block, streaming / finishing | outcome |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...rows.map(
      (r) =>
        `| ${n(r.count)} | ${r.seconds.toFixed(1)} s | ${r.finishSeconds.toFixed(1)} s | ${r.bytes === null ? '—' : `${(r.bytes / 1024 ** 2).toFixed(1)} MB`} | ` +
        `${Math.round(r.peakRssMb)} MB | ${n(Math.round(r.streamingBlockMs))} / ${n(Math.round(r.finishBlockMs))} ms | ${r.outcome} |`,
    ),
  ];
  return lines.join('\n');
}

async function main(): Promise<void> {
  const small = process.argv.includes('--small');
  const writeDocs = !process.argv.includes('--no-docs') && !small && !process.argv.some((arg) => arg.startsWith('--count='));
  const rows: Row[] = [];
  const only = process.argv.find((arg) => arg.startsWith('--count='));
  const counts = only ? [Number(only.slice('--count='.length))] : small ? [1000] : [10_000, 100_000];
  for (const count of counts) {
    const row = await run(count);
    console.log(`${count}: ${row.seconds.toFixed(1)} s (finish ${row.finishSeconds.toFixed(1)} s), ${row.bytes ?? '—'} bytes, peak RSS ${Math.round(row.peakRssMb)} MB, longest block ${Math.round(row.streamingBlockMs)} ms streaming, ${Math.round(row.finishBlockMs)} ms finishing, ${row.outcome}`);
    rows.push(row);
  }
  const result = table(rows);
  console.log(result);
  if (!writeDocs) return;
  const docs = join(process.cwd(), 'docs', 'performance.md');
  const text = readFileSync(docs, 'utf8');
  const block = `<!-- backup-bench:start -->\n${result}\n<!-- backup-bench:end -->`;
  const marked = /<!-- backup-bench:start -->[\s\S]*<!-- backup-bench:end -->/;
  writeFileSync(docs, marked.test(text) ? text.replace(marked, block) : `${text.trimEnd()}\n\n## Backups\n\n${block}\n`);
}

await main();
