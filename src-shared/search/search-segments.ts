/**
 * Runs prepared clauses over every segment and keeps the best hits: all matches are counted, only
 * offset + limit of them are kept (a heap), so a query matching most of the library stays cheap to rank.
 */
import { evaluateSegment } from './evaluate';
import type { PreparedClause } from './prepare';
import type { Scoring } from './scoring';
import { docCount, type Segment } from './segment';
import { TopK } from './top-k';

export interface SearchOptions {
  /** Hits to return (default 20; Infinity for all). */
  limit?: number;
  offset?: number;
}

export interface SearchHit {
  id: string;
  score: number;
}

export interface SearchResult {
  /** All the documents that match. */
  total: number;
  /** The best ones, from `offset`, at most `limit`. */
  hits: SearchHit[];
  /** Set when words that matched nothing were replaced by words of the index (a typo): the query searched. */
  corrected?: string;
}

export function searchSegments(
  segments: readonly Segment[],
  prepared: readonly PreparedClause[],
  scoring: Scoring,
  limit: number,
  offset: number,
): SearchResult {
  const top = new TopK(offset + limit);
  const bases: number[] = [];
  let base = 0;
  let total = 0;
  segments.forEach((seg, s) => {
    bases.push(base);
    const segBase = base;
    evaluateSegment(seg, s, prepared, scoring, (doc, score) => {
      total++;
      top.offer(score, segBase + doc);
    });
    base += docCount(seg);
  });
  const hits = top
    .sorted()
    .slice(offset)
    .map(({ score, order }) => {
      let s = bases.length - 1;
      while (s > 0 && (bases[s] ?? 0) > order) s--;
      const seg = segments[s] as Segment;
      return { id: seg.docIds[order - (bases[s] ?? 0)] ?? '', score };
    });
  return { total, hits };
}
