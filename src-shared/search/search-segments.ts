/**
 * Runs prepared clauses over every segment and ranks what they match: the first pass (BM25F) keeps its best
 * candidates in a heap, so a query matching most of the library stays cheap; the second (rerank.ts) orders them by
 * phrase, title and proximity. Only documents with every word are found; when there are none, documents with at
 * least half of the words are, more words first (`partial`).
 */
import { evaluatePartial, evaluateSegment } from './evaluate';
import type { PreparedClause } from './prepare';
import { RERANK_CANDIDATES, rerankSegment, type Candidate } from './rerank';
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
  /** What the hits are ordered by (higher first). */
  score: number;
}

export interface SearchResult {
  /** All the documents that match. */
  total: number;
  /** The best ones, from `offset`, at most `limit`. */
  hits: SearchHit[];
  /** Set when words that matched nothing were replaced by words of the index (a typo): the query searched. */
  corrected?: string;
  /** Set when no document has every word: the hits have some of them (at least half), the most first. */
  partial?: true;
}

/** The first pass orders by words matched, then score, as one number: matched × MATCHED_SCALE + score. */
const MATCHED_SCALE = 1e9;

type Pass = (seg: Segment, s: number, onMatch: (doc: number, score: number, matched: number) => void) => void;

function collect(segments: readonly Segment[], pass: Pass, keep: number): { total: number; top: TopK; bases: number[] } {
  const top = new TopK(keep);
  const bases: number[] = [];
  let base = 0;
  let total = 0;
  segments.forEach((seg, s) => {
    bases.push(base);
    const segBase = base;
    pass(seg, s, (doc, score, matched) => {
      total++;
      top.offer(matched * MATCHED_SCALE + score, segBase + doc);
    });
    base += docCount(seg);
  });
  return { total, top, bases };
}

export function searchSegments(
  segments: readonly Segment[],
  prepared: readonly PreparedClause[],
  scoring: Scoring,
  limit: number,
  offset: number,
): SearchResult {
  const keep = Math.max(RERANK_CANDIDATES, offset + limit);
  const n = prepared.length;
  let partial = false;
  let found = collect(segments, (seg, s, on) => evaluateSegment(seg, s, prepared, scoring, (d, sc) => on(d, sc, n)), keep);
  if (found.total === 0 && n >= 2) {
    partial = true;
    const least = Math.ceil(n / 2);
    found = collect(segments, (seg, s, on) => evaluatePartial(seg, s, prepared, scoring, least, on), keep);
  }
  const { total, top, bases } = found;
  // Group the candidates by segment, rerank, and order them all (ties: the newer document first, as in TopK).
  const bySegment = new Map<number, { order: number; cand: Candidate }[]>();
  for (const { score, order } of top.sorted()) {
    let s = bases.length - 1;
    while (s > 0 && (bases[s] ?? 0) > order) s--;
    const matched = Math.floor(score / MATCHED_SCALE);
    const list = bySegment.get(s) ?? [];
    list.push({ order, cand: { doc: order - (bases[s] ?? 0), score: score - matched * MATCHED_SCALE, matched } });
    bySegment.set(s, list);
  }
  const ranked: { id: string; score: number; order: number }[] = [];
  for (const [s, list] of bySegment) {
    const seg = segments[s] as Segment;
    // One word needs no second pass: its title and author boosts already order it (see scoring.ts).
    const keys = n >= 2 ? rerankSegment(seg, s, prepared, list.map((x) => x.cand)) : list.map((x) => x.cand.score);
    list.forEach((x, k) => ranked.push({ id: seg.docIds[x.cand.doc] ?? '', score: keys[k] ?? 0, order: x.order }));
  }
  ranked.sort((a, b) => b.score - a.score || b.order - a.order);
  const hits = ranked.slice(offset, offset + limit).map(({ id, score }) => ({ id, score }));
  return partial ? { total, hits, partial: true } : { total, hits };
}
