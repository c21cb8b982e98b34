/**
 * Quote-only highlights put back on the words of the imported text. A quote found exactly once (as written, or
 * with its spaces and line breaks laid out differently) gets a TextQuoteSelector with the text around it as prefix
 * and suffix, and a TextPositionSelector (describeRange of the anchoring core). A quote found twice or more is placed
 * only when the export says where it was (wallabag's ranges, annotator-range.ts) and the anchoring core finds one copy
 * whose surroundings agree. Any other keeps only its words: an orphan the highlights panel lists, never placed on
 * other words.
 */
import { createHash } from 'node:crypto';
import { anchor, describeRange, type TextQuoteSelector } from '../../../../src-shared/anchoring';
import { uniqueRange } from '../../../../src-shared/anchoring/unique-quote';
import type { ArticleHighlight } from '../../../../src-shared/contract';
import type { QuoteContext } from './annotator-range';
import type { QuotedHighlight } from './migration-entry';

/** A quote to place, with the words around it where the exporting service had it, when it says. */
export interface QuoteToPlace extends QuotedHighlight {
  context?: QuoteContext | null;
}

export const MIGRATED_HIGHLIGHT_COLOR = 'yellow';

export { uniqueRange } from '../../../../src-shared/anchoring/unique-quote';

/** The one exact copy of the quote whose surroundings agree with the context the export gave, else null. */
function rangeInContext(text: string, quote: string, context: QuoteContext): { start: number; end: number } | null {
  const found = anchor(text, { quote: { type: 'TextQuoteSelector', exact: quote, ...context } }, { maxErrorRate: 0 });
  return found.status === 'orphan' ? null : { start: found.start, end: found.end };
}

function highlightId(key: string, index: number, quote: string): string {
  return `migrated-${createHash('sha256').update(`${key}\u0000${index}\u0000${quote}`).digest('hex').slice(0, 32)}`;
}

export function placeQuotes(text: string, highlights: readonly QuoteToPlace[], key: string, fallbackDate: string): ArticleHighlight[] {
  return highlights.flatMap((highlight, index) => {
    const quote = highlight.quote.trim();
    if (quote === '') return [];
    const range = uniqueRange(text, quote) ?? (highlight.context ? rangeInContext(text, quote, highlight.context) : null);
    const placed = range ? describeRange(text, range.start, range.end) : null;
    const orphan: TextQuoteSelector = { type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' };
    const selectors = placed ? [placed.quote, placed.position] : (highlight.selectors ?? [orphan]);
    return [
      {
        id: highlightId(key, index, quote),
        color: MIGRATED_HIGHLIGHT_COLOR,
        selectors,
        note: highlight.note,
        createdAt: highlight.createdAt ?? fallbackDate,
      },
    ];
  });
}
