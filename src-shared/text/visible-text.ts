/**
 * THE rule for the text a reader sees in an article body, used everywhere a body becomes plain text: the text the
 * library stores (search, Related Articles, exports) and the text highlights are anchored against are built by
 * this one walk, so they are the same string.
 *
 * The body's text nodes in document order; white space collapsed as HTML shows it (kept inside <pre>); "\n\n"
 * between blocks (table cells, captions and fieldsets included) and "\n" for a line break; no white space at the
 * start or end of a block; nothing of scripts, styles, templates, `aria-hidden` elements or what Offprint itself
 * put into the body (`data-offprint-inserted`, e.g. the placeholder of an image that is not in the library). It is
 * built from element names only, never from styles, so zoom, theme and window width cannot change it.
 *
 * Written against a minimal DOM interface that the browser's DOM, jsdom and linkedom all satisfy.
 */

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** The little of a DOM node this rule reads. */
export interface VisibleNode {
  readonly nodeType: number;
  readonly firstChild: VisibleNode | null;
  readonly nextSibling: VisibleNode | null;
  /** Elements only. */
  readonly tagName?: string;
  getAttribute?(name: string): string | null;
  /** Text nodes: their characters. */
  readonly nodeValue: string | null;
}

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'LEGEND',
  'LI', 'MAIN', 'MENU', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH',
  'THEAD', 'TR', 'UL',
]);
/** Never part of the text a reader sees. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
/** The attribute on elements Offprint adds to a body for display: they are not the article's text. */
export const INSERTED_ATTRIBUTE = 'data-offprint-inserted';
const SPACE = /[ \t\n\r\f]/;

/** Called for each run of characters taken one to one from a text node: text[textStart, +length) = node[nodeStart, …). */
export type RunListener<N> = (node: N, textStart: number, nodeStart: number, length: number) => void;

/** Builds the visible text of a walk; `onRun` (optional) learns where each character came from. */
class VisibleTextBuilder<N extends VisibleNode> {
  text = '';
  /** A break ("\n\n" or "\n") waiting for the next visible character; never written at the start or end. */
  private pendingBreak = '';
  private pendingSpace = false;
  private runNode: N | null = null;
  private runTextStart = 0;
  private runNodeStart = 0;
  private runLength = 0;

  constructor(private readonly onRun?: RunListener<N>) {}

  block(): void {
    this.pendingSpace = false;
    if (this.text !== '') this.pendingBreak = '\n\n';
  }

  lineBreak(): void {
    this.pendingSpace = false;
    if (this.text !== '' && this.pendingBreak === '') this.pendingBreak = '\n';
  }

  textNode(node: N, preformatted: boolean): void {
    const data = node.nodeValue ?? '';
    for (let i = 0; i < data.length; i++) {
      const ch = data[i]!;
      if (!preformatted && SPACE.test(ch)) {
        if (this.text !== '' && this.pendingBreak === '') this.pendingSpace = true;
        continue;
      }
      this.flushPending();
      this.put(node, i, ch);
    }
  }

  finish(): string {
    this.endRun();
    return this.text;
  }

  private flushPending(): void {
    if (this.pendingBreak !== '') {
      this.text += this.pendingBreak;
      this.pendingBreak = '';
    } else if (this.pendingSpace) {
      this.text += ' ';
    }
    this.pendingSpace = false;
  }

  private put(node: N, nodeOffset: number, ch: string): void {
    const textStart = this.text.length;
    const continues =
      this.runNode === node &&
      this.runNodeStart + this.runLength === nodeOffset &&
      this.runTextStart + this.runLength === textStart;
    if (continues) this.runLength += 1;
    else {
      this.endRun();
      this.runNode = node;
      this.runTextStart = textStart;
      this.runNodeStart = nodeOffset;
      this.runLength = 1;
    }
    this.text += ch;
  }

  private endRun(): void {
    if (this.runNode && this.runLength > 0) this.onRun?.(this.runNode, this.runTextStart, this.runNodeStart, this.runLength);
    this.runNode = null;
    this.runLength = 0;
  }
}

function walk<N extends VisibleNode>(node: N, builder: VisibleTextBuilder<N>, preformatted: boolean): void {
  for (let child = node.firstChild as N | null; child; child = child.nextSibling as N | null) {
    if (child.nodeType === TEXT_NODE) {
      builder.textNode(child, preformatted);
    } else if (child.nodeType === ELEMENT_NODE) {
      const tag = (child.tagName ?? '').toUpperCase();
      if (SKIPPED.has(tag)) continue;
      if (child.getAttribute && (child.getAttribute('aria-hidden') === 'true' || child.getAttribute(INSERTED_ATTRIBUTE) !== null)) {
        continue;
      }
      if (tag === 'BR') {
        builder.lineBreak();
        continue;
      }
      const block = BLOCKS.has(tag);
      if (block) builder.block();
      walk(child, builder, preformatted || tag === 'PRE');
      if (block) builder.block();
    }
  }
}

/** The visible text under `root` (root itself excluded), reporting each character run to `onRun`. */
export function visibleText<N extends VisibleNode>(root: N, onRun?: RunListener<N>): string {
  const builder = new VisibleTextBuilder<N>(onRun);
  walk(root, builder, false);
  return builder.finish();
}
