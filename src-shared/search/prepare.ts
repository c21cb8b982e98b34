/**
 * Turns a parsed query into what the evaluator runs: per clause, the terms to read in each segment, their idf, and
 * for a prefix the words it stands for (the most frequent ones, at most `maxPrefixTerms`).
 */
import type { ParsedQuery } from './parse-query';
import { clauseTerms } from './query-terms';
import { idf } from './scoring';
import { findTerm, prefixRange, termAt, type Segment } from './segment';

export interface PreparedTerm {
  term: string;
  rel: number;
  positional: boolean;
  idf: number;
  /**
   * What a match of this term is worth beside the word typed: 1 for the word itself, the share of it typed for a
   * longer word a prefix stands for ("secur" is 5/8 of "security", 5/10 of "securities").
   */
  weight: number;
  /** The term's index in each segment, or -1. */
  inSegment: Int32Array;
}

export interface PreparedClause {
  /** union: any of the terms (one word, or the words a prefix stands for); phrase: all, at their positions. */
  mode: 'union' | 'phrase';
  allowed: number;
  terms: PreparedTerm[];
  /** Documents to read: the sum of the terms' document frequencies. */
  cost: number;
}

/** Where a term is in each segment (its index there, -1 when absent) and its document frequency in all of them. */
export function locateTerm(segs: readonly Segment[], term: string): { inSegment: Int32Array; df: number } {
  const inSegment = new Int32Array(segs.length);
  let df = 0;
  segs.forEach((seg, s) => {
    const t = findTerm(seg, term);
    inSegment[s] = t;
    if (t >= 0) df += seg.df[t] ?? 0;
  });
  return { inSegment, df };
}

function prepareTerm(segs: readonly Segment[], term: string, rel: number, positional: boolean, docs: number, weight = 1) {
  const { inSegment, df } = locateTerm(segs, term);
  return { term, rel, positional, idf: idf(docs, df), weight, inSegment, df };
}

/** The share of `word` that `prefix` is (1 when they are the same word). */
export function typedShare(prefix: string, word: string): number {
  return word.length > 0 ? Math.min(1, prefix.length / word.length) : 1;
}

function expandPrefix(segs: readonly Segment[], prefix: string, max: number): string[] {
  const dfByTerm = new Map<string, number>();
  for (const seg of segs) {
    const [from, to] = prefixRange(seg, prefix);
    let range = Array.from({ length: to - from }, (_, k) => from + k);
    if (range.length > max) range = range.sort((a, b) => (seg.df[b] ?? 0) - (seg.df[a] ?? 0)).slice(0, max);
    for (const t of range) {
      const term = termAt(seg, t);
      dfByTerm.set(term, (dfByTerm.get(term) ?? 0) + (seg.df[t] ?? 0));
    }
  }
  const terms = [...dfByTerm.entries()].sort((a, b) => b[1] - a[1]).map(([term]) => term);
  const chosen = terms.slice(0, max);
  if (dfByTerm.has(prefix) && !chosen.includes(prefix)) chosen[chosen.length - 1] = prefix;
  return chosen;
}

/** Null when the query has nothing to look for. */
export function prepareQuery(
  segs: readonly Segment[],
  query: ParsedQuery,
  docs: number,
  maxPrefixTerms: number,
): PreparedClause[] | null {
  const out: PreparedClause[] = [];
  for (const clause of query.clauses.slice(0, 32)) {
    const ct = clauseTerms(clause);
    if (!ct) continue;
    const first = ct.tokens[0];
    if (ct.tokens.length === 1 && first) {
      const words = ct.prefix ? expandPrefix(segs, first.term, maxPrefixTerms) : [first.term];
      const terms = words.map((w) => prepareTerm(segs, w, 0, first.positional, docs, typedShare(first.term, w)));
      out.push({ mode: 'union', allowed: ct.allowed, terms, cost: terms.reduce((sum, t) => sum + t.df, 0) });
    } else {
      const terms = ct.tokens.map((t) => prepareTerm(segs, t.term, t.rel, t.positional, docs));
      out.push({ mode: 'phrase', allowed: ct.allowed, terms, cost: Math.min(...terms.map((t) => t.df)) });
    }
  }
  if (out.length === 0) return null;
  return out.sort((a, b) => a.cost - b.cost);
}
