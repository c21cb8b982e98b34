import type { TextPositionSelector, TextQuoteSelector } from './selectors';

/** Characters of context kept on each side of a quote. */
export const CONTEXT_LENGTH = 32;

export interface DescribedRange {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/** Describes text[start, end) with both selectors; the context is trimmed at the text's bounds. */
export function describeRange(text: string, start: number, end: number): DescribedRange {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new RangeError(`describeRange: bad range [${start}, ${end}) in a text of ${text.length} characters`);
  }
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + CONTEXT_LENGTH),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}
