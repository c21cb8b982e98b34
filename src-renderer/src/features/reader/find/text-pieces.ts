/**
 * The DOM side of find: the text nodes under the given roots as pieces (find-matches.ts), and a match turned
 * back into a DOM Range over them. Reads the DOM only: React owns it and the matches are painted with the CSS
 * Custom Highlight API, never by wrapping text in elements.
 */
import { joinPieces, pieceOffset, type Haystack, type MatchRange } from './find-matches';

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY',
  'TABLE', 'TD', 'TH', 'TR', 'UL', 'BR', 'IMG',
]);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

export interface TextIndex extends Haystack {
  nodes: Text[];
}

function blockOf(node: Node, root: Node): Node {
  let el: Node | null = node.parentNode;
  while (el && el !== root && !(el instanceof Element && BLOCKS.has(el.tagName))) el = el.parentNode;
  return el ?? root;
}

/** The text of `roots`, in document order; text in a hidden element (a closed <details>…) is left out. */
export function indexText(roots: readonly Element[]): TextIndex {
  const nodes: Text[] = [];
  const pieces: { text: string; newBlock: boolean }[] = [];
  for (const root of roots) {
    let lastBlock: Node | null = null;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => {
        const parent = node.parentElement;
        if (!parent || SKIPPED.has(parent.tagName) || !node.nodeValue) return NodeFilter.FILTER_REJECT;
        return parent.closest('[hidden], details:not([open]) > :not(summary)')
          ? NodeFilter.FILTER_REJECT
          : NodeFilter.FILTER_ACCEPT;
      },
    });
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const block = blockOf(node, root);
      nodes.push(node as Text);
      pieces.push({ text: node.nodeValue ?? '', newBlock: block !== lastBlock });
      lastBlock = block;
    }
  }
  return { ...joinPieces(pieces), nodes };
}

export function matchRange(index: TextIndex, match: MatchRange): Range | null {
  const start = pieceOffset(index.starts, match.start);
  const end = pieceOffset(index.starts, match.end, true);
  const startNode = index.nodes[start.piece];
  const endNode = index.nodes[end.piece];
  if (!startNode || !endNode) return null;
  const range = document.createRange();
  range.setStart(startNode, Math.min(start.offset, startNode.length));
  range.setEnd(endNode, Math.min(end.offset, endNode.length));
  return range;
}
