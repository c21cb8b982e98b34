/**
 * The related-articles benchmark (issue 4, item 6): "more like this" over the search index at 10,000 and
 * 100,000 generated articles (the search benchmark's corpus, bench/generator/), each size in its own Node process.
 * Times per article, and precision@5 on planted topics. Results go to docs/performance.md between the
 * related-bench markers.
 *
 *   npm run bench:related                     both sizes, results written into docs/performance.md
 *   npm run bench:related -- --sizes=10000    one size
 *   npm run bench:related -- --no-docs        print only
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { CORPUS_DIR, ensureCorpus } from './generator/generate';
import { measureRelated, type RelatedSizeResult } from './related/measure-related';
import { renderRelatedReport } from './related/report';
import { replaceBetweenMarkers } from './search/report';

const args = new Map(
  process.argv.slice(2).map((a): [string, string] => {
    const [key = '', value = 'true'] = a.replace(/^--/, '').split('=');
    return [key, value];
  }),
);
const resultPath = (size: number): string => join(CORPUS_DIR, `related-result-${size}.json`);

function child(size: number, corpus: string): void {
  console.log(`[${size}] building the index and measuring`);
  writeFileSync(resultPath(size), JSON.stringify(measureRelated(corpus, size)));
}

function main(): void {
  const sizes = (args.get('sizes') ?? '10000,100000').split(',').map(Number);
  const started = performance.now();
  const corpus = ensureCorpus(Math.max(...sizes));
  if (corpus.seconds) console.log(`corpus written in ${corpus.seconds.toFixed(0)} s: ${corpus.path}`);
  for (const size of sizes) {
    const run = spawnSync(
      process.execPath,
      [...process.execArgv, process.argv[1] ?? '', `--child=${size}`, `--corpus=${corpus.path}`],
      { stdio: 'inherit' },
    );
    if (run.status !== 0) throw new Error(`the run at ${size} articles failed`);
  }
  const cpu = cpus();
  const md = renderRelatedReport({
    date: new Date().toISOString().slice(0, 10),
    command: `npm run bench:related${sizes.join(',') === '10000,100000' ? '' : ` -- --sizes=${sizes.join(',')}`}`,
    machine: `${cpu.length} × ${cpu[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB RAM, Node ${process.version}`,
    sizes: sizes.map((size) => JSON.parse(readFileSync(resultPath(size), 'utf8')) as RelatedSizeResult),
  });
  console.log(`\n${md}\n\n(total ${((performance.now() - started) / 60000).toFixed(1)} min)`);
  if (!args.has('no-docs')) {
    const path = join(process.cwd(), 'docs', 'performance.md');
    const doc = readFileSync(path, 'utf8');
    writeFileSync(path, replaceBetweenMarkers(doc, md, '<!-- related-bench:start -->', '<!-- related-bench:end -->'));
    console.log(`written into ${path}`);
  }
}

const childSize = args.get('child');
if (childSize) child(Number(childSize), args.get('corpus') ?? '');
else main();
