/**
 * A place in the article's text that survives reflow: the character offset, counted over the body's text nodes,
 * of the first character at the top of the window (just below the sticky reader bar). Found by measuring text
 * ranges, and brought back by scrolling that character to the top again. Pure DOM, no React. In a body shown in
 * sections (body-sections.ts) only the sections at y are measured: the rest may not be laid out, and measuring
 * them would lay them out (a zoom step took seconds when every section above the window was).
 */
import { firstSectionBelow, sectionsOf, textBefore } from './body-sections';

/** The y (viewport px) where the reading area starts: the bottom of the sticky reader bar, else 0. */
export function readingTop(doc: Document = document): number {
  const bar = doc.querySelector('.reader-bar');
  return bar ? Math.max(0, bar.getBoundingClientRect().bottom) : 0;
}

function textNodes(root: Element): Text[] {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

/** The box of characters [start, end) of a node, or null where nothing is laid out (collapsed, hidden, jsdom). */
function rangeBox(node: Text, start: number, end: number): DOMRect | null {
  const range = node.ownerDocument.createRange();
  if (typeof range.getBoundingClientRect !== 'function') return null;
  range.setStart(node, start);
  range.setEnd(node, end);
  const box = range.getBoundingClientRect();
  return box.width === 0 && box.height === 0 ? null : box;
}

/** The first character of the node whose box reaches below y (the node is known to reach below y). */
function firstCharBelow(node: Text, y: number): number {
  let lo = 0;
  let hi = node.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const box = rangeBox(node, mid, mid + 1);
    if (box && box.bottom > y) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The text offset of the first character visible at y (viewport px) in root, or null when the top of the window
 * is above the text (the reader is looking at what comes before it) or nothing is laid out.
 */
export function findTextAnchor(root: Element, y: number): number | null {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let before = 0;
  const sections = sectionsOf(root);
  if (sections.length > 0) {
    // From the section just above y (its text may end below y where sections overlap): the ones before it are
    // above the window and are not measured.
    const from = sections[firstSectionBelow(sections, y) - 1];
    if (from) {
      before = textBefore(root, from);
      walker.currentNode = from;
    }
  }
  let seenText = before > 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const box = node.length > 0 ? rangeBox(node, 0, node.length) : null;
    if (box) {
      if (!seenText && box.top > y) return null;
      seenText = true;
      if (box.bottom > y) return before + firstCharBelow(node, y);
    }
    before += node.length;
  }
  return null;
}

/** The node and local offset of a text offset, or null when the text is shorter. */
function locate(root: Element, offset: number): { node: Text; local: number } | null {
  let before = 0;
  for (const node of textNodes(root)) {
    if (offset < before + node.length) return { node, local: offset - before };
    before += node.length;
  }
  return null;
}

/** Where the character at offset is (its top, viewport px), or null when it cannot be found. */
export function textAnchorTop(root: Element, offset: number): number | null {
  const place = locate(root, offset);
  if (!place) return null;
  // A collapsed character (a space at a line end) has no box: use the next one that has.
  for (let i = place.local; i < Math.min(place.node.length, place.local + 8); i += 1) {
    const box = rangeBox(place.node, i, i + 1);
    if (box) return box.top;
  }
  return null;
}

/** Scrolls the window so the character at offset is at y (viewport px). False when it cannot be found. */
export function scrollTextAnchorTo(root: Element, offset: number, y: number): boolean {
  const top = textAnchorTop(root, offset);
  if (top === null) return false;
  const view = root.ownerDocument.defaultView;
  view?.scrollTo({ top: view.scrollY + top - y, behavior: 'instant' });
  return true;
}
