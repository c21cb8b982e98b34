import { chooseCandidate, evaluateCandidate } from './candidate';
import type { Candidate } from './candidate';
import { fuzzyCandidates } from './fuzzy-candidates';
import type { RangeSelectors, TextQuoteSelector } from './selectors';

export type AnchorResult =
  | { status: 'exact-position' | 'quote' | 'fuzzy'; start: number; end: number; errors: number }
  | { status: 'orphan'; quote: TextQuoteSelector };

export interface AnchorOptions {
  /** Largest share of the quote's length that may be edits in a fuzzy match. Default 0.2. */
  maxErrorRate?: number;
  /** A quote occurring this many times or more is too common to place by its words: orphan. Default 5000. */
  maxOccurrences?: number;
}

const DEFAULT_ERROR_RATE = 0.2;
const DEFAULT_MAX_OCCURRENCES = 5000;
/** Context at least this similar on every known side is intact: the old position is taken without a search. */
const INTACT = 0.95;

/**
 * Finds where a stored highlight belongs in `text`: its old position if the quote and its context are still
 * there; else the exact occurrence of the quote whose prefix and suffix agree (closeness to the old position
 * breaks near ties); else an approximate match within the error bound whose prefix and suffix both agree and
 * whose edges fall between words where the highlight's did.
 * Anything less certain, including text that repeats with context that cannot tell the copies apart, is an
 * orphan: never a guess.
 */
export function anchor(text: string, selectors: RangeSelectors, options: AnchorOptions = {}): AnchorResult {
  const { quote, position } = selectors;
  const exact = quote.exact;
  if (exact.length === 0) return { status: 'orphan', quote };
  const expectedStart = position?.start;

  const atPosition = positionCandidate(text, selectors);
  if (atPosition && isIntact(atPosition)) return placed('exact-position', atPosition);

  const occurrences: Candidate[] = [];
  const limit = options.maxOccurrences ?? DEFAULT_MAX_OCCURRENCES;
  for (let i = text.indexOf(exact); i !== -1 && occurrences.length < limit; i = text.indexOf(exact, i + 1)) {
    occurrences.push(evaluateCandidate(text, quote, i, i + exact.length, 0, expectedStart));
  }
  // So common that a copy agreeing as well might go unweighed: too unsure to place.
  if (occurrences.length >= limit) return { status: 'orphan', quote };
  const byQuote = chooseCandidate(occurrences, quote, { bothSides: false });
  if (byQuote) return placed(byQuote.start === atPosition?.start ? 'exact-position' : 'quote', byQuote);

  const maxErrors = Math.floor(exact.length * (options.maxErrorRate ?? DEFAULT_ERROR_RATE));
  if (maxErrors > 0) {
    const best = chooseCandidate(fuzzyCandidates(text, quote, maxErrors, expectedStart), quote, { bothSides: true });
    if (best) return placed('fuzzy', best);
  }
  return { status: 'orphan', quote };
}

function placed(status: 'exact-position' | 'quote' | 'fuzzy', c: Candidate): AnchorResult {
  return { status, start: c.start, end: c.end, errors: c.errors };
}

function isIntact(c: Candidate): boolean {
  return (c.prefixSimilarity ?? 1) >= INTACT && (c.suffixSimilarity ?? 1) >= INTACT;
}

/** The stored position as a candidate, if the quote is still exactly there. */
function positionCandidate(text: string, { quote, position }: RangeSelectors): Candidate | undefined {
  if (!position) return undefined;
  const { start, end } = position;
  if (start < 0 || end > text.length || end - start !== quote.exact.length) return undefined;
  if (text.slice(start, end) !== quote.exact) return undefined;
  return evaluateCandidate(text, quote, start, end, 0, start);
}
