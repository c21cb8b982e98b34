/**
 * W3C Web Annotation selectors (https://www.w3.org/TR/annotation-model/#selectors), always against the article's
 * normalised plain text: the string the reader builds from the article's text nodes, with "\n\n" between blocks.
 * Offsets are UTF-16 code units of that string, as in JavaScript.
 */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export type TextSelector = TextQuoteSelector | TextPositionSelector;

/** What `anchor` needs: the quote always, the position when it was stored. */
export interface RangeSelectors {
  quote: TextQuoteSelector;
  position?: TextPositionSelector;
}

/** Picks the selectors out of a W3C `selector` array (as read from JSON-LD); null when there is no quote. */
export function pickSelectors(selectors: readonly TextSelector[]): RangeSelectors | null {
  const quote = selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
  if (!quote) return null;
  const position = selectors.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
  return position ? { quote, position } : { quote };
}
