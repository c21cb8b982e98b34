/// <reference lib="dom" />
/**
 * Walks of a DOM tree that stop as soon as they know their answer, or collect without matching selectors, for
 * Readability's hot questions ("is there any text here?", "every <p> under this node"). On linkedom, where
 * `textContent` joins every text node under an element and `querySelectorAll` runs css-select on every element,
 * these cost what the questions cost in a browser's native DOM.
 *
 * linkedom keeps a subtree as one linked list in document order (each node's `next`, an element's `end` marker
 * after its last descendant, attributes in the list right after their element): its own querySelectorAll and
 * textContent walk that list, and so do these, through the two symbols it keys them by (found on the node, by
 * their names). On a DOM without them (another implementation, another linkedom), the same walks go through
 * firstChild / nextSibling / parentNode, with the same answers.
 */

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;
const DOCUMENT_NODE = 9;
/** A character String#trim keeps (`\s` is exactly the white space and line terminators it removes). */
const NOT_BLANK = /\S/;

interface Chain {
  next: symbol;
  end: symbol;
}

interface Linked extends Node {
  [link: symbol]: Linked;
}

let known: Chain | null = null;

/** linkedom's `next` and `end` symbols, when `node` is a linkedom element or document. */
function chainOf(node: Node): Chain | null {
  if (known && (node as Linked)[known.end] !== undefined) return known;
  const symbols = Object.getOwnPropertySymbols(node);
  const next = symbols.find((symbol) => symbol.description === 'next');
  const end = symbols.find((symbol) => symbol.description === 'end');
  if (!next || !end || (node as Linked)[end] === undefined) return null;
  known = { next, end };
  return known;
}

/** Calls `visit` for each node after `root` in document order, up to its end; `visit` says whether to skip the node's subtree. */
function walkChain(root: Linked, links: Chain, visit: (node: Linked) => boolean | 'stop'): void {
  const end = root[links.end];
  for (let node = root[links.next]; node !== undefined && node !== end; ) {
    const answer = visit(node);
    if (answer === 'stop') return;
    const last = answer && node.nodeType === ELEMENT_NODE ? node[links.end] : node;
    node = last?.[links.next];
  }
}

/** The node after `node` in document order within `top`, skipping `node`'s subtree when `skipChildren`. */
function following(node: Node, top: Node, skipChildren: boolean): Node | null {
  if (!skipChildren && node.firstChild) return node.firstChild;
  for (let at: Node | null = node; at && at !== top; at = at.parentNode) {
    if (at.nextSibling) return at.nextSibling;
  }
  return null;
}

/** The same order as walkChain, through the public DOM (a document's children one by one). */
function walkTree(root: Node, visit: (node: Node) => boolean | 'stop'): void {
  const tops = root.nodeType === DOCUMENT_NODE ? [...root.childNodes] : [root];
  for (const top of tops) {
    for (let node: Node | null = top === root ? following(top, top, false) : top; node; ) {
      const answer = visit(node);
      if (answer === 'stop') return;
      node = following(node, top, answer);
    }
  }
}

function walk(root: Node, visit: (node: Node) => boolean | 'stop'): void {
  const links = chainOf(root);
  if (links) walkChain(root as Linked, links, visit);
  else walkTree(root, visit);
}

/**
 * True when the text under `root` has a character that is not white space: `root.textContent.trim() !== ''`
 * (text and CDATA nodes count, comments do not), found at the first such character.
 */
export function hasText(root: Node): boolean {
  let found = false;
  walk(root, (node) => {
    if ((node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) && NOT_BLANK.test(node.nodeValue ?? '')) found = true;
    return found ? 'stop' : false;
  });
  return found;
}

/**
 * The elements under `root` (not `root` itself) named one of `names` (lower case), in document order: what
 * `root.querySelectorAll(names.join(','))` returns for plain tag names, in an HTML document. Like linkedom's
 * querySelectorAll, the content of a <template> is not searched (the template itself can match).
 */
export function elementsNamed(root: Node, names: ReadonlySet<string>): Element[] {
  const found: Element[] = [];
  walk(root, (node) => {
    if (node.nodeType !== ELEMENT_NODE) return false;
    const name = (node as Element).localName;
    if (names.has(/[A-Z]/.test(name) ? name.toLowerCase() : name)) found.push(node as Element);
    return name === 'template';
  });
  return found;
}

/** `[name~="token" i]`: the attribute's value, split at white space, has `token` (ASCII case ignored). */
export function hasToken(element: Element, name: string, token: string): boolean {
  const value = element.getAttribute(name);
  return value !== null && new RegExp(`(?:^|\\s)${token}(?:$|\\s)`, 'i').test(value);
}

/**
 * The elements under `root` that have one of the attributes `names`, in document order (template content not
 * searched): the only elements a selector like `[rel~="author" i], [itemprop]` can match.
 */
export function elementsWithAttribute(root: Node, names: readonly string[]): Element[] {
  const found: Element[] = [];
  walk(root, (node) => {
    if (node.nodeType !== ELEMENT_NODE) return false;
    const element = node as Element;
    if (names.some((name) => element.hasAttribute(name))) found.push(element);
    return element.localName === 'template';
  });
  return found;
}
