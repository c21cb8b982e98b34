/**
 * The search benchmark (issue 6): Offprint's index side by side with SQLite FTS5 (unicode61 and trigram tables)
 * on the same generated corpus and queries, at 10,000 and 100,000 articles. Each size runs in its own Node process
 * so that memory figures are its own. Results go to docs/performance.md between the search markers.
 *
 *   npm run bench:search                      both sizes, results written into docs/performance.md
 *   npm run bench:search -- --sizes=10000     one size
 *   npm run bench:search -- --no-docs         print only
 *   npm run bench:search -- --generate-only   write the corpus and stop
 *   npm run bench:search -- --keep            keep the databases and the stored index in bench/corpus/
 */
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { generateArticle } from './generator/article';
import { CORPUS_DIR, ensureCorpus } from './generator/generate';
import { buildFts } from './search/build-fts';
import { buildOurs } from './search/build-ours';
import { benchQueries } from './search/queries';
import { renderReport, replaceBetweenMarkers, type SizeResult } from './search/report';
import { runQueries } from './search/run-queries';
import { tokenizerThroughput } from './search/tokenizer-throughput';

const args = new Map(
  process.argv.slice(2).map((a): [string, string] => {
    const [key = '', value = 'true'] = a.replace(/^--/, '').split('=');
    return [key, value];
  }),
);
const runs = Number(args.get('runs') ?? 7);
const resultPath = (size: number): string => join(CORPUS_DIR, `search-result-${size}.json`);

function child(size: number, corpus: string): void {
  const sample = generateArticle(0);
  const source = Array.from({ length: 40 }, (_, i) => generateArticle(i).source).find((s) => s.startsWith('The '));
  const queries = benchQueries(sample.author, source ?? sample.source);
  console.log(`[${size}] pass 1: Offprint's index, and the brute-force answers`);
  const ours = buildOurs(corpus, size, queries);
  console.log(`[${size}] passes 2 and 3: FTS5`);
  const unicode61 = buildFts(corpus, size, 'unicode61');
  const trigram = buildFts(corpus, size, 'trigram');
  console.log(`[${size}] queries`);
  const results = runQueries(
    { ...ours, corpusPath: corpus, fts: { unicode61, trigram } },
    queries,
    ours.truth,
    runs,
  );
  const { index: _index, ids: _ids, offsets: _offsets, lengths: _lengths, truth: _truth, file: _file, ...oursFigures } = ours;
  const result: SizeResult = {
    size,
    corpusBytes: ours.corpusBytes,
    ours: oursFigures,
    fts: {
      unicode61: { buildMs: unicode61.buildMs, bytes: unicode61.indexBytes() },
      trigram: { buildMs: trigram.buildMs, bytes: trigram.indexBytes() },
    },
    queries: results,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
  };
  unicode61.close();
  trigram.close();
  writeFileSync(resultPath(size), JSON.stringify(result));
  if (!args.has('keep')) for (const file of [unicode61.path, trigram.path, ours.file]) rmSync(file, { force: true });
}

function main(): void {
  const sizes = (args.get('sizes') ?? '10000,100000').split(',').map(Number);
  const started = performance.now();
  const corpus = ensureCorpus(Math.max(...sizes));
  if (corpus.seconds) console.log(`corpus written in ${corpus.seconds.toFixed(0)} s: ${corpus.path}`);
  if (args.has('generate-only')) return;
  const throughput = tokenizerThroughput();
  for (const size of sizes) {
    const run = spawnSync(
      process.execPath,
      [...process.execArgv, process.argv[1] ?? '', `--child=${size}`, `--corpus=${corpus.path}`, `--runs=${runs}`],
      { stdio: 'inherit' },
    );
    if (run.status !== 0) throw new Error(`the run at ${size} articles failed`);
  }
  const cpu = cpus();
  const db = new Database(':memory:');
  const sqlite = (db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v;
  db.close();
  const md = renderReport({
    date: new Date().toISOString().slice(0, 10),
    command: `npm run bench:search${sizes.join(',') === '10000,100000' ? '' : ` -- --sizes=${sizes.join(',')}`}`,
    machine: `${cpu.length} × ${cpu[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB RAM, Node ${process.version}`,
    sqlite,
    runs,
    throughput,
    sizes: sizes.map((size) => JSON.parse(readFileSync(resultPath(size), 'utf8')) as SizeResult),
  });
  console.log(`\n${md}\n\n(total ${((performance.now() - started) / 60000).toFixed(1)} min)`);
  if (!args.has('no-docs')) {
    const path = join(process.cwd(), 'docs', 'performance.md');
    const doc = readFileSync(path, 'utf8');
    writeFileSync(path, replaceBetweenMarkers(doc, md, '<!-- search-bench:start -->', '<!-- search-bench:end -->'));
    console.log(`written into ${path}`);
  }
}

const childSize = args.get('child');
if (childSize) child(Number(childSize), args.get('corpus') ?? '');
else main();
