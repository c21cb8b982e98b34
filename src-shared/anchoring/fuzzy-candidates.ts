import type { Candidate } from './candidate';
import { evaluateCandidate } from './candidate';
import { editDistance } from './context';
import { edgeVariants } from './edge-variants';
import { fuzzyMatches } from './fuzzy';
import type { TextQuoteSelector } from './selectors';
import { edgesAgree, trimWhiteSpace } from './word-edges';

/**
 * Approximate places for the quote with 1..maxErrors edits: the raw matches, their variants with edges moved
 * inwards, white space trimmed off their ends, and only those whose edges fall between words where the
 * highlight's did; each weighed against the stored context.
 */
export function fuzzyCandidates(
  text: string,
  quote: TextQuoteSelector,
  maxErrors: number,
  expectedStart: number | undefined,
): Candidate[] {
  const exact = quote.exact;
  return fuzzyMatches(text, quote, maxErrors, expectedStart)
    .flatMap((m) => edgeVariants(text, exact, m, maxErrors))
    .map((m) => {
      const [start, end] = trimWhiteSpace(text, m.start, m.end, exact);
      const trimmed = start !== m.start || end !== m.end;
      return { start, end, errors: trimmed ? editDistance(text.slice(start, end), exact) : m.errors };
    })
    .filter((m) => m.end > m.start && m.errors > 0 && m.errors <= maxErrors)
    .filter((m) => edgesAgree(text, m.start, m.end, quote))
    .map((m) => evaluateCandidate(text, quote, m.start, m.end, m.errors, expectedStart));
}
