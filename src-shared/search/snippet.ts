/**
 * A snippet: the passage where the query matches most in the first stretch of the text (about 400 characters,
 * ended at a line break) that has a match, about `maxLength` characters long, cut at spaces where there are some,
 * with the matches as ranges relative to the snippet (the UI marks them). Only the stretches up to the first
 * match are tokenized, so the cost follows how far into the text the first match is, not its length.
 */
import type { FieldName } from './fields';
import { findRanges, highlightPatterns, type Range } from './highlight';
import type { ParsedQuery } from './parse-query';

export interface Snippet {
  text: string;
  /** Matches, as [start, end) offsets into `text`. */
  ranges: Range[];
  /** Where `text` starts and ends in the whole text (an ellipsis belongs before it when start > 0). */
  start: number;
  end: number;
}

export interface SnippetOptions {
  maxLength?: number;
  field?: FieldName;
}

const SPACE = /\s/;
const STRETCH = 400;

/** The matches in the first stretch of the text that has any. */
function firstRanges(text: string, query: string | ParsedQuery, field: FieldName): Range[] {
  const patterns = highlightPatterns(query, field);
  if (patterns.length === 0) return [];
  for (let from = 0; from < text.length; ) {
    let to = text.length;
    if (from + STRETCH < text.length) {
      const nl = text.indexOf('\n', from + STRETCH);
      if (nl >= 0) to = nl;
    }
    const ranges = findRanges(text.slice(from, to), patterns);
    if (ranges.length > 0) return ranges.map(([a, b]): Range => [a + from, b + from]);
    from = to;
  }
  return [];
}

export function makeSnippet(text: string, query: string | ParsedQuery, options: SnippetOptions = {}): Snippet {
  const maxLength = options.maxLength ?? 200;
  const ranges = firstRanges(text, query, options.field ?? 'body');
  if (text.length <= maxLength) return { text, ranges, start: 0, end: text.length };
  // The window of maxLength characters that holds the most matches (starting at a match).
  let best = 0;
  let bestCount = 0;
  let j = 0;
  for (let i = 0; i < ranges.length; i++) {
    const from = (ranges[i] as Range)[0];
    if (j < i) j = i;
    while (j < ranges.length && (ranges[j] as Range)[1] <= from + maxLength) j++;
    if (j - i > bestCount) {
      bestCount = j - i;
      best = i;
    }
  }
  const firstMatch = ranges[best];
  let start = 0;
  if (firstMatch) {
    const lastInWindow = ranges[best + Math.max(0, bestCount - 1)] ?? firstMatch;
    const slack = Math.max(0, maxLength - (lastInWindow[1] - firstMatch[0]));
    start = Math.max(0, firstMatch[0] - Math.min(Math.floor(slack / 3), 60));
    // Start after a space if there is one shortly before.
    for (let k = start; k > 0 && k > start - 20; k--) {
      if (SPACE.test(text.charAt(k - 1))) {
        start = k;
        break;
      }
    }
    if (start > firstMatch[0]) start = firstMatch[0];
  }
  let end = Math.min(text.length, start + maxLength);
  if (end < text.length) {
    for (let k = end; k > end - 20 && k > start; k--) {
      if (SPACE.test(text.charAt(k))) {
        end = k;
        break;
      }
    }
  }
  const inside = ranges
    .filter(([a, b]) => a >= start && b <= end)
    .map(([a, b]): Range => [a - start, b - start]);
  return { text: text.slice(start, end), ranges: inside, start, end };
}
