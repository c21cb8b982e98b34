/**
 * What a printed page repeats that is not the text: page numbers, and running headers and footers (the same line
 * at the top, or at the bottom, of most pages; a number in it may change, as in "Chapter 2 · page 14"). Dropped
 * before the text is reflowed. Pure.
 */
import type { PdfLine } from './pdf-layout';

/** How many lines at each edge of a page may be furniture. */
const EDGE_LINES = 2;
/** A line repeated at the same edge of at least this share of the pages (and two pages) is running. */
const RUNNING_SHARE = 0.5;

const PAGE_NUMBER = /^(?:page\s+|p\.\s*|[-–—]\s*)?(?:\d+|[ivxlcdm]+)(?:\s*(?:\/|of)\s*\d+)?(?:\s*[-–—])?$/i;

export function isPageNumber(text: string): boolean {
  return PAGE_NUMBER.test(text.trim());
}

function key(text: string): string {
  return text.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim().toLowerCase();
}

function edges(lines: readonly PdfLine[]): { top: PdfLine[]; bottom: PdfLine[] } {
  const byTop = [...lines].sort((a, b) => a.top - b.top);
  return { top: byTop.slice(0, EDGE_LINES), bottom: byTop.slice(-EDGE_LINES) };
}

function runningKeys(pages: readonly PdfLine[][], edge: 'top' | 'bottom'): Set<string> {
  const counts = new Map<string, number>();
  for (const lines of pages) {
    const seen = new Set(edges(lines)[edge].map((line) => key(line.text)));
    for (const k of seen) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const needed = Math.max(2, pages.length * RUNNING_SHARE);
  return new Set([...counts].filter(([, count]) => count >= needed).map(([k]) => k));
}

/** Each page's lines without its page number and the running headers and footers. */
export function withoutFurniture(pages: readonly PdfLine[][]): PdfLine[][] {
  const running = { top: runningKeys(pages, 'top'), bottom: runningKeys(pages, 'bottom') };
  return pages.map((lines) => {
    const { top, bottom } = edges(lines);
    const dropped = new Set<PdfLine>();
    // Peeled from the edge inwards: the second line is furniture only under furniture (a header over a number).
    for (const [edge, candidates] of [['top', top], ['bottom', [...bottom].reverse()]] as const) {
      for (const line of candidates) {
        if (!isPageNumber(line.text) && !running[edge].has(key(line.text))) break;
        dropped.add(line);
      }
    }
    return lines.filter((line) => !dropped.has(line));
  });
}
