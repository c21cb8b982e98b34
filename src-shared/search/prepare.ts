/**
 * Turns a parsed query into what the evaluator runs: per clause, the terms to read in each segment, their idf, and
 * for a prefix the words it stands for: all of them from FULL_PREFIX_LENGTH characters typed (so that a prefix finds
 * what a scan finds), the most frequent `maxPrefixTerms` for a shorter one ("a" stands for a tenth of the vocabulary).
 */
import type { ParsedQuery } from './parse-query';
import { clauseAlternatives, type ClauseTerms } from './query-terms';
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
  /**
   * union: any of the terms (one word, or the words a prefix stands for); phrase: all, at their positions; any:
   * any of the alternatives (a word in parts: "email" or "e mail").
   */
  mode: 'union' | 'phrase' | 'any';
  allowed: number;
  /** For `any`, the terms of all its alternatives. */
  terms: PreparedTerm[];
  alternatives: PreparedClause[];
  /** Documents to read: the sum of the terms' document frequencies. */
  cost: number;
  /** The clause's place in the query as typed (clauses are run cheapest first). */
  order: number;
  /** How many positions a match takes (1 for a word, the phrase's length). */
  span: number;
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

export const FULL_PREFIX_LENGTH = 3;

function expandPrefix(segs: readonly Segment[], prefix: string, cap: number): string[] {
  const max = prefix.length >= FULL_PREFIX_LENGTH ? Infinity : cap;
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

function prepareAlternative(
  segs: readonly Segment[],
  ct: ClauseTerms,
  docs: number,
  maxPrefixTerms: number,
  order: number,
): PreparedClause | null {
  const first = ct.tokens[0];
  if (!first) return null;
  if (ct.tokens.length === 1) {
    const words = ct.prefix ? expandPrefix(segs, first.term, maxPrefixTerms) : [first.term];
    const terms = words.map((w) => prepareTerm(segs, w, 0, first.positional, docs, typedShare(first.term, w)));
    const cost = terms.reduce((sum, t) => sum + t.df, 0);
    return { mode: 'union', allowed: ct.allowed, terms, alternatives: [], cost, order, span: 1 };
  }
  const terms = ct.tokens.map((t) => prepareTerm(segs, t.term, t.rel, t.positional, docs));
  const cost = Math.min(...terms.map((t) => t.df));
  const span = Math.max(...ct.tokens.map((t) => t.rel)) + 1;
  return { mode: 'phrase', allowed: ct.allowed, terms, alternatives: [], cost, order, span };
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
    const order = out.length;
    const alternatives = clauseAlternatives(clause)
      .map((ct) => prepareAlternative(segs, ct, docs, maxPrefixTerms, order))
      .filter((p): p is PreparedClause => p !== null);
    const only = alternatives[0];
    if (!only) continue;
    if (alternatives.length === 1) {
      out.push(only);
      continue;
    }
    out.push({
      mode: 'any',
      allowed: only.allowed,
      terms: alternatives.flatMap((a) => a.terms),
      alternatives,
      cost: alternatives.reduce((sum, a) => sum + a.cost, 0),
      order,
      span: Math.min(...alternatives.map((a) => a.span)),
    });
  }
  if (out.length === 0) return null;
  return out.sort((a, b) => a.cost - b.cost);
}
