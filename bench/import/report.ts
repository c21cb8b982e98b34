/** Writes the import benchmark's table into docs/performance.md, between its markers (the section is made once). */
import { readFileSync, writeFileSync } from 'node:fs';
import { machineLine } from './bench-doc';
import { join } from 'node:path';

export interface ImportBenchResult {
  files: number;
  markdown: number;
  html: number;
  summary: string;
  importedArticles: number;
  importMs: number;
  /** From the start of the import until the search index held every article and was stored. */
  indexCurrentMs: number;
  /** Time the search index service spent indexing the import's changes and storing the index. */
  indexingMs: number;
  storedArticles: number;
  bulkPutMs: number;
  longestTaskMs: number;
  longTasks: number;
  rendererHeapBytes: number;
}

const START = '<!-- import-bench:start -->';
const END = '<!-- import-bench:end -->';
const DOC = join(process.cwd(), 'docs', 'performance.md');

const SECTION_HEAD = `## Import

\`npm run build && npm run bench:import\` (about 5 minutes; \`-- --no-docs\` leaves this file alone). It runs
\`bench/import.bench.ts\`: 10,000 Markdown articles and 2,000 HTML pages from the seeded generator
(\`bench/import/import-corpus.ts\`, written once to \`bench/corpus/import-v1/\`) imported end to end through the app
in real Chromium with the test harness: File → Import Folder…, the job in main parsing in worker threads, every
chunk sanitized and stored by the renderer in one transaction. Then, in the same page, the same final records
(read back from the library) are written again with a raw Dexie \`bulkPut\` into a fresh database of the same
schema, 500 articles per transaction: the floor that storing alone costs.

`;

function table(r: ImportBenchResult): string {
  const perSecond = (r.importedArticles / r.importMs) * 1000;
  const bulkPerSecond = (r.storedArticles / r.bulkPutMs) * 1000;
  const machine = machineLine();
  return [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${machine}.`,
    '',
    '| measure | value |',
    '| --- | --- |',
    `| files | ${r.files.toLocaleString('en')} (${r.markdown.toLocaleString('en')} Markdown, ${r.html.toLocaleString('en')} HTML) |`,
    `| the app's final status | ${r.summary.replace(/\|/g, '\\|')} |`,
    `| end-to-end import | ${(r.importMs / 1000).toFixed(1)} s, **${perSecond.toFixed(0)} articles/s** |`,
    `| raw Dexie bulkPut of the same final records (${r.storedArticles.toLocaleString('en')} articles: the import's and the 5 first-run samples) | ${(r.bulkPutMs / 1000).toFixed(2)} s, ${bulkPerSecond.toFixed(0)} articles/s |`,
    `| ratio (bulkPut articles/s ÷ import articles/s: how many times slower the whole import is than storing alone) | **${(bulkPerSecond / perSecond).toFixed(1)} ×** |`,
    `| time spent indexing for search (reading the new articles, updating the index in its worker, storing it) | ${(r.indexingMs / 1000).toFixed(1)} s = **${((100 * r.indexingMs) / r.indexCurrentMs).toFixed(0)} %** of the ${(r.indexCurrentMs / 1000).toFixed(1)} s until the index was current and stored (goal ≤ 30 %: ${r.indexingMs / r.indexCurrentMs <= 0.3 ? 'met' : `missed by ${(100 * r.indexingMs / r.indexCurrentMs - 30).toFixed(0)} points`}); the index was current ${((r.indexCurrentMs - r.importMs) / 1000).toFixed(1)} s after the import finished |`,
    `| longest task in the renderer during the import | ${r.longestTaskMs.toFixed(0)} ms (${r.longTasks} tasks over 50 ms; goal: none over 100 ms — ${r.longestTaskMs <= 100 ? 'met' : `missed by ${(r.longestTaskMs - 100).toFixed(0)} ms`}) |`,
    `| renderer JS heap after the import (after a full garbage collection) | ${(r.rendererHeapBytes / 2 ** 20).toFixed(0)} MB |`,
  ].join('\n');
}

export function writeImportResults(result: ImportBenchResult): void {
  let doc = readFileSync(DOC, 'utf8');
  if (!doc.includes(START)) doc = `${doc.trimEnd()}\n\n${SECTION_HEAD}${START}\n${END}\n`;
  const before = doc.slice(0, doc.indexOf(START) + START.length);
  const after = doc.slice(doc.indexOf(END));
  writeFileSync(DOC, `${before}\n${table(result)}\n${after}`);
  console.log(`wrote the import table into ${DOC}`);
}
