/**
 * A long article's body in sections: runs of its top-level blocks, each run wrapped in an element of
 * BODY_SECTION_CLASS, which reader.css lays out only while it is near the window (content-visibility: auto, with its
 * last size remembered). So a zoom step lays out what is on screen, not the whole book. The reading place is
 * found by measuring a few sections' boxes (text-anchor.ts), never the text of every one: measuring text inside a
 * section not laid out lays it out.
 *
 * A section starts only at a block with no top margin (a paragraph, a list…, never a heading), and never just
 * after a heading: a section holds its children's margins, so the space between two sections is the last one's
 * bottom margin, as it was between the two blocks before they were wrapped; and a heading stays with its text.
 */
/** Bodies with at least this many characters of text are shown in sections; shorter ones are laid out whole. */
export const SECTIONED_BODY_CHARS = 100_000;

/** A section holds about this many characters of text (a few screens), so a book has hundreds, not thousands. */
export const SECTION_CHARS = 4000;

/** The class of a section, given by the Markdown, plain-text and HTML bodies alike. */
export const BODY_SECTION_CLASS = 'body-section';

/** The attribute of a body shown in sections (reader.css keys the browser's scroll anchoring on it). */
export const SECTIONED_ATTRIBUTE = 'data-sectioned';

export function isSectionedLength(textLength: number): boolean {
  return textLength >= SECTIONED_BODY_CHARS;
}

/** The blocks a section may start with: reader.css gives them no top margin. */
const SECTION_STARTS = new Set(['p', 'ul', 'ol', 'blockquote', 'pre', 'table', 'figure']);
const HEADING = /^h[1-6]$/i;

/** Whether a block (tag name) may start a section: one without a top margin, and not right after its heading. */
export function canStartSection(tagName: string, previousTagName = ''): boolean {
  return SECTION_STARTS.has(tagName.toLowerCase()) && !HEADING.test(previousTagName);
}

/** A top-level block, as grouping sees it: its characters of text, and whether a section may start with it. */
export interface BlockShape {
  chars: number;
  canStart: boolean;
}

/**
 * The blocks in sections, as [first, end) index pairs covering them all: a section is closed once it holds
 * `target` characters, at the next block that may start one.
 */
export function groupBlocks(blocks: readonly BlockShape[], target = SECTION_CHARS): [number, number][] {
  const groups: [number, number][] = [];
  let first = 0;
  let chars = 0;
  blocks.forEach((block, index) => {
    if (index > first && chars >= target && block.canStart) {
      groups.push([first, index]);
      first = index;
      chars = 0;
    }
    chars += block.chars;
  });
  if (blocks.length > first) groups.push([first, blocks.length]);
  return groups;
}

/**
 * The height a section is given until it is first laid out, in em of the body: its text in lines of about 70
 * characters at the reading line height, and a line's space between blocks. Near enough that the scroll bar does
 * not jump; the place itself never depends on it.
 */
export function sectionEstimateEm(chars: number, blocks: number): number {
  return Math.round((chars / 70) * 1.6 + blocks);
}

/** The root's sections, in document order (a live list: nothing is copied). */
export function sectionsOf(root: Element): HTMLCollectionOf<Element> {
  return root.getElementsByClassName(BODY_SECTION_CLASS);
}

/**
 * The first section whose box reaches below y (viewport px), found by halving: sections follow one another down
 * the page. sections.length when every one ends above y. Reads only the sections' own boxes, which a section not
 * laid out has too (its remembered or estimated size), so nothing inside them is laid out.
 */
export function firstSectionBelow(sections: ArrayLike<Element>, y: number): number {
  let lo = 0;
  let hi = sections.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const section = sections[mid];
    if (section && section.getBoundingClientRect().bottom <= y) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many characters of root's text come before node (counted over its text nodes, as text-anchor.ts does). */
export function textBefore(root: Element, node: Node): number {
  const range = root.ownerDocument.createRange();
  range.setStart(root, 0);
  range.setEndBefore(node);
  return range.toString().length;
}

/**
 * Puts an HTML body's blocks in sections, in its inert template before it is shown: the top-level elements below
 * the wrappers a saved page puts around its text (a lone div, article, section or main), grouped by groupBlocks.
 */
export function sectionHtml(content: DocumentFragment | Element): void {
  let container: DocumentFragment | Element = content;
  for (;;) {
    const only = container.children.length === 1 ? container.children[0] : undefined;
    if (!only || !WRAPPERS.has(only.tagName) || hasOwnText(container)) break;
    container = only;
  }
  const nodes = Array.from(container.childNodes);
  let previous = '';
  const blocks = nodes.map((node) => {
    const canStart = node instanceof Element && canStartSection(node.tagName, previous);
    if (node instanceof Element) previous = node.tagName;
    return { chars: node.textContent?.length ?? 0, canStart };
  });
  const doc = content.ownerDocument ?? document;
  for (const [first, end] of groupBlocks(blocks)) {
    const section = doc.createElement('div');
    section.className = BODY_SECTION_CLASS;
    nodes[first]?.before(section);
    section.append(...nodes.slice(first, end));
  }
}

const WRAPPERS = new Set(['DIV', 'ARTICLE', 'SECTION', 'MAIN']);

function hasOwnText(container: DocumentFragment | Element): boolean {
  return Array.from(container.childNodes).some((n) => n.nodeType === 3 && (n.nodeValue ?? '').trim() !== '');
}
