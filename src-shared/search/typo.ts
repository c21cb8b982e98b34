/**
 * Typo tolerance (issue 15): a query word that matches nothing is replaced by the index's most frequent word within
 * one edit of it (two for words of 8 letters or more); an edit is a letter inserted, removed, changed, or two
 * neighbours swapped. Candidates are read from the terms that start with the word's first letter (or its second,
 * for a swap of the first two), so the cost is one slice of the vocabulary. Never for CJK, digits or short words.
 */
import { isCjk } from '../text/script';
import type { ParsedQuery, QueryClause } from './parse-query';
import { clauseAlternatives } from './query-terms';
import { locateTerm } from './prepare';
import { prefixRange, termAt, type Segment } from './segment';

export interface Correction {
  from: string;
  to: string;
}

const MIN_LENGTH = 4;
const LETTERS = /^\p{L}+$/u;

export const maxEdits = (word: string): number => (word.length >= 8 ? 2 : 1);

/** The optimal-string-alignment distance of a and b, or limit + 1 as soon as it must exceed `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const m = b.length;
  let prev2 = new Array<number>(m + 1).fill(0);
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  let cur = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= m; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1))
        v = Math.min(v, (prev2[j - 2] ?? 0) + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[m] ?? limit + 1;
}

/** The best replacement for `word` in the segments' vocabulary, or null. */
export function correctWord(segs: readonly Segment[], word: string): string | null {
  const limit = maxEdits(word);
  const starts = new Set([word.charAt(0), word.charAt(1)]);
  const df = new Map<string, number>();
  const dist = new Map<string, number>();
  for (const seg of segs) {
    for (const first of starts) {
      const [from, to] = prefixRange(seg, first);
      for (let t = from; t < to; t++) {
        const term = termAt(seg, t);
        if (Math.abs(term.length - word.length) > limit) continue;
        const known = dist.get(term);
        const d = known ?? editDistance(word, term, limit);
        if (d > limit || d === 0) continue;
        dist.set(term, d);
        df.set(term, (df.get(term) ?? 0) + (seg.df[t] ?? 0));
      }
    }
  }
  let best: string | null = null;
  for (const [term, d] of dist) {
    if (!best) best = term;
    const bd = dist.get(best) ?? 0;
    if (d < bd || (d === bd && (df.get(term) ?? 0) > (df.get(best) ?? 0))) best = term;
  }
  return best;
}

/** A clause worth correcting: one word of letters, not CJK, long enough, found nowhere (not even as a prefix). */
function wordToCorrect(segs: readonly Segment[], clause: QueryClause): string | null {
  if (clause.field === 'tag' || clause.phrase) return null;
  const ct = clauseAlternatives(clause)[0];
  const only = ct?.tokens.length === 1 ? ct.tokens[0] : undefined;
  if (!only || only.term.length < MIN_LENGTH || !LETTERS.test(only.term)) return null;
  if ([...only.term].some((c) => isCjk(c.codePointAt(0) ?? 0))) return null;
  if (ct?.prefix) {
    const anyWord = segs.some((seg) => {
      const [from, to] = prefixRange(seg, only.term);
      return to > from;
    });
    return anyWord ? null : only.term;
  }
  return locateTerm(segs, only.term).df > 0 ? null : only.term;
}

/** The query with its unmatched words corrected, and what was changed (empty when nothing was). */
export function correctQuery(segs: readonly Segment[], query: ParsedQuery): { query: ParsedQuery; corrections: Correction[] } {
  const corrections: Correction[] = [];
  const clauses = query.clauses.map((clause) => {
    const word = wordToCorrect(segs, clause);
    const to = word ? correctWord(segs, word) : null;
    if (!word || !to) return clause;
    corrections.push({ from: clause.text, to });
    return { ...clause, text: to, prefix: false };
  });
  return { query: { clauses }, corrections };
}

/** The query as the reader would have typed it corrected ("goverment policy" → "government policy"). */
export function queryText(query: ParsedQuery): string {
  return query.clauses
    .map((c) => {
      const field = c.field === 'any' ? '' : `${c.field}:`;
      const text = c.phrase || (c.field !== 'any' && /\s/.test(c.text)) ? `"${c.text}"` : c.text;
      return `${field}${text}`;
    })
    .join(' ');
}
