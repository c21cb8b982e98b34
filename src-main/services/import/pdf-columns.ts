/**
 * Two-column pages read column by column: when an empty vertical strip near the middle of the page parts the
 * runs, with text on both sides of it, the left column is read before the right one. Runs that span the strip (a
 * title over both columns) are read before the columns when they stand above them, after them otherwise. Pure.
 */
import { hasText, type PdfItem, type PdfPage } from './pdf-layout';

const MIDDLE_FROM = 0.3;
const MIDDLE_TO = 0.7;
/** Each column holds at least this share of the page's runs, and the spanning runs at most the rest. */
const MIN_SIDE_SHARE = 0.2;
const MAX_SPANNING_SHARE = 0.2;

function crosses(item: PdfItem, at: number): boolean {
  return item.x < at && item.x + item.width > at;
}

/** The x of an empty strip in the middle crossed by the fewest runs, or null when every candidate is covered. */
function gutter(items: readonly PdfItem[], width: number): number | null {
  let best: { at: number; crossing: number } | null = null;
  const step = Math.max(1, width / 200);
  for (let at = width * MIDDLE_FROM; at <= width * MIDDLE_TO; at += step) {
    const crossing = items.filter((item) => crosses(item, at)).length;
    if (!best || crossing < best.crossing) best = { at, crossing };
  }
  return best && best.crossing <= items.length * MAX_SPANNING_SHARE ? best.at : null;
}

/** The page's runs as columns in reading order (one column when the page has no gutter). */
export function columnsOf(page: PdfPage): PdfItem[][] {
  const items = page.items.filter(hasText);
  const at = gutter(items, page.width);
  if (at === null) return [items];
  const left = items.filter((item) => !crosses(item, at) && item.x + item.width <= at);
  const right = items.filter((item) => !crosses(item, at) && item.x >= at);
  const enough = items.length * MIN_SIDE_SHARE;
  if (left.length < enough || right.length < enough) return [items];
  const columnsTop = Math.min(...[...left, ...right].map((item) => item.top));
  const spanning = items.filter((item) => crosses(item, at));
  const above = spanning.filter((item) => item.top < columnsTop);
  const below = spanning.filter((item) => item.top >= columnsTop);
  return [above, left, right, below].filter((column) => column.length > 0);
}
