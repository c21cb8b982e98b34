/**
 * Where a query matches in a text: the ranges (offsets into the original text) of every occurrence of its words,
 * prefixes and phrases, found with the index's own tokenizer. Filters on author and source count only in those
 * fields; tag filters mark nothing.
 */
import type { FieldName } from './fields';
import { parseQuery, type ParsedQuery } from './parse-query';
import { clauseAlternatives, type ClauseTerms } from './query-terms';
import { isWordKind, tokenize, type Token } from './tokenize';

/** [start, end) offsets into the text. */
export type Range = [number, number];

/** The query's clauses that can match in `field`, tokenized once for many texts. */
export function highlightPatterns(query: string | ParsedQuery, field: FieldName = 'body'): ClauseTerms[] {
  if (typeof query === 'string') query = parseQuery(query);
  const out: ClauseTerms[] = [];
  for (const clause of query.clauses) {
    if (clause.field === 'tag') continue;
    if (clause.field !== 'any' && clause.field !== field) continue;
    out.push(...clauseAlternatives(clause));
  }
  return out;
}

/** The sorted, merged ranges of `text` that the query matches when `text` is the given field. */
export function matchRanges(text: string, query: string | ParsedQuery, field: FieldName = 'body'): Range[] {
  return findRanges(text, highlightPatterns(query, field));
}

/** matchRanges with the patterns made beforehand. */
export function findRanges(text: string, patterns: readonly ClauseTerms[]): Range[] {
  if (patterns.length === 0) return [];
  // Keep only the tokens that can take part in a match: far less garbage than every token of a long text.
  const wanted = new Set(patterns.flatMap((p) => p.tokens.map((t) => t.term)));
  const prefixes = patterns.filter((p) => p.prefix).map((p) => p.tokens[0]?.term ?? '');
  const tokens: Token[] = [];
  tokenize(text, (term, position, kind, start, end) => {
    if (wanted.has(term) || (isWordKind(kind) && prefixes.some((p) => term.startsWith(p))))
      tokens.push({ term, position, kind, start, end });
  });
  const byPosition = new Map<number, Token[]>();
  for (const t of tokens) {
    const list = byPosition.get(t.position);
    if (list) list.push(t);
    else byPosition.set(t.position, [t]);
  }
  const found: Range[] = [];
  for (const p of patterns) {
    const [first, ...rest] = p.tokens;
    if (!first) continue;
    for (const t of tokens) {
      const hit = p.prefix ? isWordKind(t.kind) && t.term.startsWith(first.term) : t.term === first.term;
      if (!hit) continue;
      const base = t.position - first.rel;
      let end = t.end;
      let all = true;
      for (const q of rest) {
        const m = byPosition.get(base + q.rel)?.find((c) => c.term === q.term);
        if (!m) {
          all = false;
          break;
        }
        end = Math.max(end, m.end);
      }
      if (all) found.push([t.start, end]);
    }
  }
  found.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Range[] = [];
  for (const r of found) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}
