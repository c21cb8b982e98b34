/**
 * The search-quality benchmark (issue 15): known-item and topic queries on the real pages, Offprint's ranking
 * beside SQLite FTS5's bm25 on the same texts; MRR and success at 1 and 3, and recall against a brute-force scan.
 *
 *   npm run bench:search-quality                          results written into docs/performance.md
 *   npm run bench:search-quality -- --no-docs             print only
 *   npm run bench:search-quality -- --misses              also list the queries Offprint does not answer first
 *   npm run bench:search-quality -- --others="…"          what else was running, for the record
 *   npm run bench:search-quality -- --reuse-import        reuse the imported pages of the last run (for ranking work)
 */
import Database from 'better-sqlite3';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { InvertedIndex } from '../src-shared/search';
import { EXAMPLE_PAGES, exampleQueries } from './search-quality/examples';
import { QualityFts } from './search-quality/fts';
import { figures, firstRelevant } from './search-quality/metrics';
import { loadPages, PAGES_DIR } from './search-quality/pages';
import {
  documentFrequencies,
  ftsQuery,
  knownItemQueries,
  oursQuery,
  topicQueries,
  type QualityQuery,
  type TruthRecord,
} from './search-quality/queries';
import { renderQuality, type QualityResult } from './search-quality/report';
import { foldPage, hasCjk, scan } from './search-quality/scan';
import { replaceBetweenMarkers } from './search/report';

const args = new Map(
  process.argv.slice(2).map((a): [string, string] => {
    const [key = '', ...value] = a.replace(/^--/, '').split('=');
    return [key, value.length ? value.join('=') : 'true'];
  }),
);

async function main(): Promise<void> {
  const load = loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
  const loaded = await loadPages(PAGES_DIR, args.has('reuse-import'));
  if (!loaded) {
    console.log(`bench:search-quality skipped: no real pages at ${PAGES_DIR}`);
    return;
  }
  const { failures } = loaded;
  const pages = [...loaded.pages, ...EXAMPLE_PAGES];
  const truth = JSON.parse(
    readFileSync(join(process.cwd(), 'bench', 'search-quality', 'real-pages-truth.json'), 'utf8'),
  ) as TruthRecord[];
  const queries: QualityQuery[] = [...knownItemQueries(truth, documentFrequencies(pages)), ...topicQueries(), ...exampleQueries()];

  const index = new InvertedIndex();
  for (const p of pages) index.add({ id: p.file, title: p.title, author: p.author, source: p.source, body: p.body });
  const fts = new QualityFts(pages);
  const folded = pages.map(foldPage);

  const ranks = new Map<string, { ours: number[]; fts: number[] }>();
  const recall = { queries: 0, complete: 0, missing: 0, truth: 0 };
  const misses: string[] = [];
  for (const q of queries) {
    const ours = index.search(oursQuery(q), { limit: Infinity }).hits.map((h) => h.id);
    const theirs = fts.ranked(ftsQuery(q));
    const group = q.words.some(hasCjk) ? `${q.group} (CJK)` : q.group;
    const r = ranks.get(group) ?? { ours: [], fts: [] };
    const ro = firstRelevant(ours, q.relevant);
    const rf = firstRelevant(theirs, q.relevant);
    r.ours.push(ro);
    r.fts.push(rf);
    ranks.set(group, r);
    if (ro !== 1) misses.push(`${q.group} | "${oursQuery(q)}" | ours ${ro || '-'} fts ${rf || '-'} | want ${q.relevant[0]} | got ${ours[0] ?? '(nothing)'}`);
    const expected = scan(pages, folded, q.words);
    const found = new Set(ours);
    const missing = [...expected].filter((f) => !found.has(f)).length;
    recall.queries++;
    recall.truth += expected.size;
    recall.missing += missing;
    if (missing === 0) recall.complete++;
    else misses.push(`recall | "${oursQuery(q)}" | ${missing} of ${expected.size} scanned matches missing: ${[...expected].filter((f) => !found.has(f)).join(', ')}`);
  }
  fts.close();

  const all = { ours: [...ranks.values()].flatMap((r) => r.ours), fts: [...ranks.values()].flatMap((r) => r.fts) };
  const groups = [...[...ranks.entries()].sort((a, b) => a[0].localeCompare(b[0])), ['all', all] as const].map(([group, r]) => ({
    group,
    ours: figures(r.ours),
    fts: figures(r.fts),
  }));
  const cpu = cpus();
  const db = new Database(':memory:');
  const sqlite = (db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v;
  db.close();
  const result: QualityResult = {
    date: new Date().toISOString().slice(0, 10),
    command: 'npm run bench:search-quality',
    machine: `${cpu.length} × ${cpu[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB RAM, Node ${process.version}`,
    load,
    others: args.get('others') ?? 'not recorded',
    sqlite,
    pages: loaded.pages.length,
    examples: EXAMPLE_PAGES.length,
    failures,
    groups,
    recall,
  };
  const md = renderQuality(result);
  if (args.has('misses')) console.log(`${misses.join('\n')}\n`);
  console.log(md);
  if (!args.has('no-docs')) {
    const path = join(process.cwd(), 'docs', 'performance.md');
    const doc = readFileSync(path, 'utf8');
    const marked = doc.includes('<!-- search-quality:start -->')
      ? doc
      : `${doc.trimEnd()}\n\n## Search quality\n\nWhat comes first on a real library (issue 15).\n\n<!-- search-quality:start -->\n<!-- search-quality:end -->\n`;
    writeFileSync(path, replaceBetweenMarkers(marked, md, '<!-- search-quality:start -->', '<!-- search-quality:end -->'));
    console.log(`written into ${path}`);
  }
}

await main();
