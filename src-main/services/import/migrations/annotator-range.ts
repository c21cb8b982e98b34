/**
 * wallabag's annotations carry Annotator's ranges: an XPath from the article's root (`/p[2]`, `/div[1]/ul[1]/li[3]`)
 * and a character offset into that element's text. They say which copy of a repeated quote was meant: the words
 * just before and after it there become the quote's prefix and suffix, and the anchoring core then places it only
 * if that context tells the copies apart. A range that does not lead to the quote gives nothing.
 */
import { CONTEXT_LENGTH } from '../../../../src-shared/anchoring';

export interface AnnotatorRange {
  start: string;
  startOffset: number;
}

export interface QuoteContext {
  prefix: string;
  suffix: string;
}

const STEP = /^([a-z][a-z0-9]*)\[(\d+)\]$/i;

/** The element an Annotator XPath names below `root`, or null when a step does not match. */
export function elementAt(root: Element, xpath: string): Element | null {
  let element: Element | null = root;
  for (const step of xpath.split('/').filter((part) => part !== '')) {
    const match = STEP.exec(step);
    if (!match || !element) return null;
    const [, tag = '', nth = '0'] = match;
    const same: Element[] = [...element.children].filter((child) => child.tagName.toLowerCase() === tag.toLowerCase());
    element = same[Number(nth) - 1] ?? null;
  }
  return element;
}

const collapse = (text: string): string => text.replace(/\s+/g, ' ');

/** The text around the quote where the range puts it, white space collapsed; null when the quote is not there. */
export function contextFromRange(root: Element, range: AnnotatorRange, quote: string): QuoteContext | null {
  const element = elementAt(root, range.start);
  const text = element?.textContent ?? '';
  const at = text.indexOf(quote, Math.max(0, range.startOffset - quote.length));
  if (!element || at === -1 || Math.abs(at - range.startOffset) > quote.length) return null;
  return {
    prefix: collapse(text.slice(0, at)).slice(-CONTEXT_LENGTH).trimStart(),
    suffix: collapse(text.slice(at + quote.length)).slice(0, CONTEXT_LENGTH).trimEnd(),
  };
}

/** Annotator's first range, when it has a start path and a numeric offset (wallabag writes offsets as strings). */
export function firstRange(value: unknown): AnnotatorRange | null {
  const range = Array.isArray(value) ? (value[0] as Record<string, unknown> | undefined) : undefined;
  const offset = Number(range?.['startOffset']);
  return typeof range?.['start'] === 'string' && Number.isInteger(offset) && offset >= 0 ? { start: range['start'], startOffset: offset } : null;
}
