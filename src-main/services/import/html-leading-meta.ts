/**
 * The top of an article's HTML content often repeats what the reader shows in its header: the title as a heading,
 * a dateline (`2017-09-28 08:30:00 来源：新华网`), a `<time>` alone, a by-line. Those leading blocks are read with the
 * saved-page vocabulary (text-page-labels.ts) and taken out of the body; the first block that is article text ends
 * the search, so nothing after it is touched, and a block with an image is always kept.
 */
import { type LabelFields, parseLabelLine } from './text-page-labels';

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, div, header, section, address';
const NESTED = 'p, h1, h2, h3, h4, h5, h6, div, header, section, ul, ol, table, figure, blockquote, pre';
const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const MAX_BLOCKS = 5;
const MAX_LINE = 200;

function comparable(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Removes the leading title and metadata blocks of `content`, and returns the metadata they held. */
export function takeLeadingMeta(content: Element, titles: ReadonlyArray<string | null>): LabelFields {
  const known = new Set(titles.filter((title): title is string => !!title).map(comparable));
  const fields: LabelFields = {};
  let seen = 0;
  for (const block of content.querySelectorAll(BLOCKS)) {
    if (block.querySelector(NESTED)) continue;
    const text = block.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    if (text === '') continue;
    if (seen++ >= MAX_BLOCKS || block.querySelector('img, picture, svg, video') || text.length > MAX_LINE) break;
    if (HEADINGS.has(block.tagName) && known.has(comparable(text))) {
      block.remove();
      continue;
    }
    const labels = parseLabelLine(text);
    if (!labels) break;
    for (const [key, value] of Object.entries(labels.fields) as [keyof LabelFields, never][]) fields[key] ??= value;
    block.remove();
  }
  return fields;
}
