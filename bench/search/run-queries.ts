/**
 * Times every query on every engine, interleaved (one run of each in turn, after a warm-up run), and measures
 * recall and precision of each engine's full answer against the brute-force truth.
 */
import { makeSnippet, parseQuery, type InvertedIndex } from '../../src-shared/search';
import { ArticleFile } from './corpus-reader';
import type { Fts5 } from './fts5';
import { latency, type Latency } from './measure';
import type { BenchQuery } from './queries';

export interface EngineOnQuery {
  /** Null when the engine cannot express the query (it then finds nothing). */
  latency: Latency | null;
  samples: number[];
  found: number;
  recall: number;
  precision: number;
}

export interface QueryResult {
  group: string;
  query: string;
  fts: { unicode61: string | null; trigram: string | null };
  truth: number;
  ours: EngineOnQuery;
  /** Offprint without the snippets (search and ranking only). */
  oursSearchOnly: { latency: Latency; samples: number[] };
  unicode61: EngineOnQuery;
  trigram: EngineOnQuery;
}

function score(found: readonly number[] | null, truth: readonly number[]): { found: number; recall: number; precision: number } {
  const f = new Set(found ?? []);
  let both = 0;
  for (const t of truth) if (f.has(t)) both++;
  return {
    found: f.size,
    recall: truth.length === 0 ? 1 : both / truth.length,
    precision: f.size === 0 ? (truth.length === 0 ? 1 : 0) : both / f.size,
  };
}

export interface QueryContext {
  index: InvertedIndex;
  ids: string[];
  offsets: Float64Array;
  lengths: Uint32Array;
  corpusPath: string;
  fts: { unicode61: Fts5; trigram: Fts5 };
}

export function runQueries(ctx: QueryContext, queries: readonly BenchQuery[], truth: number[][], runs: number): QueryResult[] {
  const file = new ArticleFile(ctx.corpusPath);
  const rowOf = new Map(ctx.ids.map((id, i) => [id, i]));
  const ours = (q: BenchQuery, snippets: boolean): number => {
    const t = performance.now();
    const parsed = parseQuery(q.ours);
    const result = ctx.index.search(parsed, { limit: 10 });
    if (snippets) {
      for (const hit of result.hits) {
        const row = rowOf.get(hit.id) ?? 0;
        const article = file.read(ctx.offsets[row] ?? 0, ctx.lengths[row] ?? 0);
        makeSnippet(article.body, parsed, { maxLength: 200 });
      }
    }
    return performance.now() - t;
  };
  const fts = (engine: Fts5, q: BenchQuery): number | null => {
    const t = performance.now();
    const rows = engine.top(q);
    return rows === null ? null : performance.now() - t;
  };
  const results = queries.map((q, k): QueryResult => {
    const samples = { ours: [] as number[], searchOnly: [] as number[], unicode61: [] as number[], trigram: [] as number[] };
    for (let r = 0; r <= runs; r++) {
      const a = ours(q, true);
      const b = ours(q, false);
      const c = fts(ctx.fts.unicode61, q);
      const d = fts(ctx.fts.trigram, q);
      if (r === 0) continue; // warm-up
      samples.ours.push(a);
      samples.searchOnly.push(b);
      if (c !== null) samples.unicode61.push(c);
      if (d !== null) samples.trigram.push(d);
    }
    const expected = truth[k] ?? [];
    const oursFound = ctx.index.search(q.ours, { limit: Infinity }).hits.map((h) => rowOf.get(h.id) ?? -1);
    const rowsOf = (engine: Fts5): number[] | null => engine.all(q)?.map((rowid) => rowid - 1) ?? null;
    const engine = (s: number[], found: number[] | null): EngineOnQuery => ({
      latency: s.length ? latency(s) : null,
      samples: s,
      ...score(found, expected),
    });
    return {
      group: q.group,
      query: q.ours,
      fts: { unicode61: q.unicode61, trigram: q.trigram },
      truth: expected.length,
      ours: engine(samples.ours, oursFound),
      oursSearchOnly: { latency: latency(samples.searchOnly), samples: samples.searchOnly },
      unicode61: engine(samples.unicode61, rowsOf(ctx.fts.unicode61)),
      trigram: engine(samples.trigram, rowsOf(ctx.fts.trigram)),
    };
  });
  file.close();
  return results;
}
