/**
 * Bench only, never shipped: injected by bench/backup-renderer.bench.ts into a blank page of the app's origin (the
 * harness's bridge is there, the app is not, so nothing else runs in the window). `__offprintBenchBackup.seed(n)`
 * fills a library database with the main backup bench's generated articles (about 5 KB of text, 10 % with a note
 * and a highlight); `run()` makes a backup with the app's own runBackup (read from IndexedDB, 50 articles or 32 MB a
 * call to main) and answers its time and the window's long tasks (PerformanceObserver 'longtask', over 50 ms).
 */
import type { OffprintApi } from '../src-shared/contract';
import { OffprintDatabase, type ArticleRecord, type BodyRecord, type HighlightRecord, type NoteRecord } from '../src-renderer/src/data/database';
import { runBackup } from '../src-renderer/src/features/backups/run-backup';
import { generateArticle } from './generator/article';

const CHUNK = 1000;
const STAMP = '2024-05-01T08:00:00.000Z';
const db = new OffprintDatabase('offprint-bench-backup');

function recordsOf(i: number): { article: ArticleRecord; body: BodyRecord; note: NoteRecord | null; highlight: HighlightRecord | null } {
  const a = generateArticle(i);
  return {
    article: {
      id: a.id, title: a.title, author: a.author, source: a.source, url: null, publishedAt: null, submittedAt: null, language: a.lang,
      tags: a.tags, wordCount: a.body.length >> 3, contentHash: i.toString(16).padStart(64, '0'), keywords: [], originalName: `${a.id}.md`,
      identifier: null, addedAt: STAMP,
    },
    body: { articleId: a.id, format: 'markdown', content: a.body, text: a.body },
    note: a.notes ? { id: `n-${a.id}`, articleId: a.id, body: a.notes, createdAt: STAMP, updatedAt: STAMP } : null,
    highlight: a.highlights
      ? { id: `h-${a.id}`, articleId: a.id, color: 'yellow', selectors: [{ type: 'TextQuoteSelector', exact: a.highlights.slice(0, 200) }], note: null, createdAt: STAMP }
      : null,
  };
}

async function seed(count: number): Promise<number> {
  const started = performance.now();
  for (let from = 0; from < count; from += CHUNK) {
    const chunk = Array.from({ length: Math.min(CHUNK, count - from) }, (_, k) => recordsOf(from + k));
    await db.transaction('rw', [db.articles, db.bodies, db.notes, db.highlights], async () => {
      await db.articles.bulkPut(chunk.map((r) => r.article));
      await db.bodies.bulkPut(chunk.map((r) => r.body));
      await db.notes.bulkPut(chunk.flatMap((r) => (r.note ? [r.note] : [])));
      await db.highlights.bulkPut(chunk.flatMap((r) => (r.highlight ? [r.highlight] : [])));
    });
  }
  return performance.now() - started;
}

export interface RendererBackupRun {
  ms: number;
  articleCount: number;
  bytes: number;
  longestTaskMs: number;
  longTasks: number;
  longTaskMs: number;
  /** The longest task of each phase: before the first chunk (ids, size), streaming, after the last (library.json). */
  longestByPhase: { before: number; streaming: number; after: number };
}

async function run(): Promise<RendererBackupRun> {
  const tasks: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
  observer.observe({ type: 'longtask' });
  const api = (window as unknown as { offprint: OffprintApi }).offprint;
  let streamingFrom = Infinity;
  let streamingTo = Infinity;
  const started = performance.now();
  const finished = await runBackup(api, db, 'manual', (done, total) => {
    if (done === 0) streamingFrom = performance.now();
    if (done === total) streamingTo = performance.now();
  });
  const ms = performance.now() - started;
  // A long task is reported once it has ended: the last ones may still wait in the observer's queue.
  tasks.push(...observer.takeRecords());
  observer.disconnect();
  const longest = (from: number, to: number) =>
    Math.max(0, ...tasks.filter((task) => task.startTime >= from && task.startTime < to).map((task) => task.duration));
  return {
    ms,
    articleCount: finished.backup.articleCount,
    bytes: finished.backup.bytes,
    longestTaskMs: longest(0, Infinity),
    longTasks: tasks.length,
    longTaskMs: tasks.reduce((sum, task) => sum + task.duration, 0),
    longestByPhase: { before: longest(0, streamingFrom), streaming: longest(streamingFrom, streamingTo), after: longest(streamingTo, Infinity) },
  };
}

(window as unknown as { __offprintBenchBackup: unknown }).__offprintBenchBackup = { seed, run };
