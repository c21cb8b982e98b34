/**
 * Reading a stored highlight, whose selectors and colour may come from an older or foreign bundle: its W3C
 * selectors (each null when absent or malformed), its quote, and the colour it is shown in.
 */
import { HIGHLIGHT_COLORS, type HighlightColor, type HighlightRecord } from '../contract/library';
import type { TextPositionSelector, TextQuoteSelector } from './selectors';

export interface HighlightSelectors {
  quote: TextQuoteSelector | null;
  position: TextPositionSelector | null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The TextQuoteSelector and TextPositionSelector of a highlight, each null when absent or malformed. */
export function highlightSelectors(highlight: Pick<HighlightRecord, 'selectors'>): HighlightSelectors {
  let quote: TextQuoteSelector | null = null;
  let position: TextPositionSelector | null = null;
  for (const s of Array.isArray(highlight.selectors) ? highlight.selectors : []) {
    if (!isRecord(s)) continue;
    if (!quote && s['type'] === 'TextQuoteSelector' && typeof s['exact'] === 'string') {
      const text = (key: string) => (typeof s[key] === 'string' ? (s[key] as string) : '');
      quote = { type: 'TextQuoteSelector', exact: s['exact'], prefix: text('prefix'), suffix: text('suffix') };
    }
    if (!position && s['type'] === 'TextPositionSelector' && Number.isInteger(s['start']) && Number.isInteger(s['end'])) {
      position = { type: 'TextPositionSelector', start: s['start'] as number, end: s['end'] as number };
    }
  }
  return { quote, position };
}

/** The quoted text of a highlight ('' when it has no quote). */
export function highlightQuote(highlight: Pick<HighlightRecord, 'selectors'>): string {
  return highlightSelectors(highlight).quote?.exact ?? '';
}

export function isHighlightColor(color: string): color is HighlightColor {
  return (HIGHLIGHT_COLORS as readonly string[]).includes(color);
}

/** A stored colour name as the app shows it: one of HIGHLIGHT_COLORS, anything else (a foreign bundle's) yellow. */
export function highlightColor(color: string): HighlightColor {
  return isHighlightColor(color) ? color : 'yellow';
}
