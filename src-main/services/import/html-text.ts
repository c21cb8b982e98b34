/**
 * The plain text of HTML content as a reader sees it: blocks (paragraphs, headings, list items, quotes) separated by
 * blank lines, `<br>` as a line break, so words of neighbouring blocks never run together.
 */
import { normaliseText } from './text-stats';

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'SUMMARY', 'TABLE', 'TR', 'UL', 'CAPTION',
]);
const CELLS = new Set(['TD', 'TH']);
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

export function htmlText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node, preformatted: boolean): void => {
    if (node.nodeType === TEXT_NODE) {
      const data = node.nodeValue ?? '';
      parts.push(preformatted ? data : data.replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const tag = (node as Element).tagName;
    if (tag === 'BR') return void parts.push('\n');
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE') return;
    const block = BLOCKS.has(tag);
    if (block) parts.push('\n\n');
    for (const child of node.childNodes) walk(child, preformatted || tag === 'PRE');
    if (block) parts.push('\n\n');
    else if (CELLS.has(tag)) parts.push('  ');
  };
  walk(root, false);
  return normaliseText(parts.join(''));
}
