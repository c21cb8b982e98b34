import search from 'approx-string-match';
import type { TextQuoteSelector } from './selectors';

/** A raw approximate match of the quote. */
export interface FuzzyMatch {
  start: number;
  end: number;
  errors: number;
}

/** Characters searched on each side of the old position, beyond the quote, in the local search. */
const LOCAL_WINDOW = 2000;

/**
 * Approximate matches of the quote with at most `maxErrors` edits. `approx-string-match` (Myers' bit-parallel
 * algorithm, block-based, so any pattern length) only reports the lowest-error matches of one search, so a
 * near-copy elsewhere could hide the true spot; three searches are pooled: the whole text, a window around the
 * old position, and the quote with its context (whose best match is where the context also survives).
 */
export function fuzzyMatches(
  text: string,
  quote: TextQuoteSelector,
  maxErrors: number,
  expectedStart: number | undefined,
): FuzzyMatch[] {
  const exact = quote.exact;
  const found: FuzzyMatch[] = [...search(text, exact, maxErrors)];

  if (expectedStart !== undefined) {
    const from = Math.max(0, expectedStart - LOCAL_WINDOW);
    const to = Math.min(text.length, expectedStart + exact.length + LOCAL_WINDOW);
    for (const m of search(text.slice(from, to), exact, maxErrors)) {
      found.push({ start: m.start + from, end: m.end + from, errors: m.errors });
    }
  }

  const withContext = quote.prefix + exact + quote.suffix;
  const contextErrors = Math.floor((withContext.length * maxErrors) / Math.max(1, exact.length));
  for (const region of search(text, withContext, contextErrors)) {
    const inner = text.slice(region.start, region.end);
    for (const m of search(inner, exact, maxErrors)) {
      found.push({ start: m.start + region.start, end: m.end + region.start, errors: m.errors });
    }
  }

  const seen = new Set<string>();
  return found.filter((m) => {
    const key = `${m.start}:${m.end}`;
    if (seen.has(key) || m.end <= m.start) return false;
    seen.add(key);
    return true;
  });
}
