import type { FuzzyMatch } from './fuzzy';

/** How far an approximate match's edges are moved inwards when looking for better ones. */
const MAX_SHIFT = 16;

/** Last DP row: element j is the edit distance between `a` and the first j characters of `b`. */
function distancesToPrefixes(a: string, b: string): number[] {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const substitute = (previous[j - 1] ?? 0) + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      current[j] = Math.min(substitute, (previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1);
    }
    previous = current;
  }
  return previous;
}

const reverse = (s: string): string => s.split('').reverse().join('');

/**
 * The match and the variants of it with edges moved inwards by up to MAX_SHIFT characters that stay within
 * `maxErrors`, each with its exact error count. The search library reports, among equally good starts, the one
 * that makes the match longest, which can take in the end of the word before; the caller weighs the variants by
 * their edges and context.
 */
export function edgeVariants(text: string, exact: string, match: FuzzyMatch, maxErrors: number): FuzzyMatch[] {
  const variants: FuzzyMatch[] = [match];
  // Edges that already agree with the quote's first and last characters need no search.
  if (text[match.start] === exact[0] && text[match.end - 1] === exact.at(-1)) return variants;
  const shift = Math.min(maxErrors, MAX_SHIFT);
  // Distances of the quote to text[s, match.end) for every start s, read backwards from the end.
  const backwards = distancesToPrefixes(reverse(exact), reverse(text.slice(match.start, match.end)));
  for (let s = match.start; s <= Math.min(match.end - 1, match.start + shift); s++) {
    const fromStart = backwards[match.end - s];
    if (fromStart === undefined || fromStart > maxErrors) continue;
    const forwards = distancesToPrefixes(exact, text.slice(s, match.end));
    for (let e = match.end; e >= Math.max(s + 1, match.end - shift); e--) {
      const errors = forwards[e - s];
      if (errors === undefined || errors > maxErrors) continue;
      if (s !== match.start || e !== match.end) variants.push({ start: s, end: e, errors });
    }
  }
  return variants;
}
