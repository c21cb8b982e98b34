/**
 * Where a quote (a highlight that came with only its words: Pocket's, Omnivore's, …) is in a text, when it is there
 * exactly once: as written, or with its spaces and line breaks laid out differently. The anchoring core places it
 * with no context and no errors allowed, so a quote is never put on other words. Pure; used by main's migrations
 * (place-quotes.ts) and by the renderer when a link-only entry's text arrives (its waiting highlights).
 */
import { anchor } from './anchor';
import type { TextQuoteSelector } from './selectors';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Up to two places of the quote, any run of white space in it matching any other ([] for a quote of one word). */
function spacedOccurrences(text: string, quote: string): { start: number; end: number }[] {
  const words = quote.trim().split(/\s+/).filter((word) => word !== '');
  if (words.length < 2) return [];
  const pattern = new RegExp(words.map(escapeRegExp).join('\\s+'), 'gu');
  const found: { start: number; end: number }[] = [];
  for (let match = pattern.exec(text); match && found.length < 2; match = pattern.exec(text)) {
    found.push({ start: match.index, end: match.index + match[0].length });
    pattern.lastIndex = match.index + 1;
  }
  return found;
}

/** The range of the quote in the text when it occurs exactly once (however its spaces are laid out), else null. */
export function uniqueRange(text: string, quote: string): { start: number; end: number } | null {
  const spaced = spacedOccurrences(text, quote);
  if (spaced.length > 1) return null;
  const exact: TextQuoteSelector = { type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' };
  // No context and no errors allowed: the anchoring core places the quote only where it is alone in the text.
  const found = anchor(text, { quote: exact }, { maxErrorRate: 0 });
  if (found.status !== 'orphan') return { start: found.start, end: found.end };
  return text.includes(quote) ? null : (spaced[0] ?? null);
}
