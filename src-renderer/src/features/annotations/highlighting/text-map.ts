/**
 * The article's text as highlights are anchored against: the text nodes of the body in document order, white
 * space collapsed as HTML shows it (kept inside <pre>), "\n\n" between blocks and "\n" for a line break, with no
 * white space at the start or end of a block. It is built from element names, never from styles, so the same body
 * always gives the same text, whatever the zoom, theme or window width. The map turns offsets in that text into
 * DOM ranges and back. DOM only, no React.
 */

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL',
  'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);
/** Never part of the text a reader sees. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
const SPACE = /[ \t\n\r\f]/;

/** Characters [textStart, textStart + length) of the text are characters [nodeStart, …) of node, one to one. */
interface Run {
  node: Text;
  textStart: number;
  nodeStart: number;
  length: number;
}

export interface TextMap {
  readonly text: string;
  /** A DOM range over text[start, end), or null when the offsets are outside the text. */
  toRange(start: number, end: number): Range | null;
  /** The text offsets a DOM range covers, or null when it holds none of the mapped text. */
  fromRange(range: Range): { start: number; end: number } | null;
  /** The text offset of a DOM boundary point (the first mapped character at or after it). */
  offsetAt(container: Node, offset: number): number;
}

class Builder {
  text = '';
  runs: Run[] = [];
  /** A break ("\n\n" or "\n") waiting for the next visible character; never written at the start or end. */
  private pendingBreak = '';
  private pendingSpace = false;

  block(): void {
    this.pendingSpace = false;
    if (this.text !== '') this.pendingBreak = '\n\n';
  }

  lineBreak(): void {
    this.pendingSpace = false;
    if (this.text !== '' && this.pendingBreak === '') this.pendingBreak = '\n';
  }

  textNode(node: Text, preformatted: boolean): void {
    const data = node.data;
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

  private flushPending(): void {
    if (this.pendingBreak !== '') {
      this.text += this.pendingBreak;
      this.pendingBreak = '';
    } else if (this.pendingSpace) {
      this.text += ' ';
    }
    this.pendingSpace = false;
  }

  private put(node: Text, nodeOffset: number, ch: string): void {
    const last = this.runs[this.runs.length - 1];
    const textStart = this.text.length;
    if (last && last.node === node && last.nodeStart + last.length === nodeOffset && last.textStart + last.length === textStart) {
      last.length += 1;
    } else {
      this.runs.push({ node, textStart, nodeStart: nodeOffset, length: 1 });
    }
    this.text += ch;
  }
}

function walk(node: Node, builder: Builder, preformatted: boolean): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === Node.TEXT_NODE) {
      builder.textNode(child as Text, preformatted);
    } else if (child.nodeType === Node.ELEMENT_NODE) {
      const element = child as Element;
      const tag = element.tagName.toUpperCase();
      if (SKIPPED.has(tag) || element.getAttribute('aria-hidden') === 'true') continue;
      if (tag === 'BR') {
        builder.lineBreak();
        continue;
      }
      const block = BLOCKS.has(tag);
      if (block) builder.block();
      walk(element, builder, preformatted || tag === 'PRE');
      if (block) builder.block();
    }
  }
}

/** The index of the last run starting at or before text offset `offset` (-1 when none), by binary search. */
function runIndexAt(runs: readonly Run[], offset: number): number {
  let lo = 0;
  let hi = runs.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (runs[mid]!.textStart <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

export function buildTextMap(root: Element): TextMap {
  const builder = new Builder();
  walk(root, builder, false);
  const { text, runs } = builder;
  const byNode = new Map<Text, Run[]>();
  for (const run of runs) {
    const list = byNode.get(run.node);
    if (list) list.push(run);
    else byNode.set(run.node, [run]);
  }
  const doc = root.ownerDocument;

  /** The text offset of a boundary point: the first mapped character at or after it. */
  function offsetOf(container: Node, offset: number): number {
    if (container.nodeType === Node.TEXT_NODE) {
      const own = byNode.get(container as Text);
      if (own) {
        for (const run of own) {
          if (offset < run.nodeStart) return run.textStart;
          if (offset < run.nodeStart + run.length) return run.textStart + (offset - run.nodeStart);
        }
        const last = own[own.length - 1]!;
        return last.textStart + last.length;
      }
    }
    // Any other boundary: the first run whose node comes after the point.
    const point = doc.createRange();
    point.setStart(container, offset);
    let lo = 0;
    let hi = runs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const run = runs[mid]!;
      if (point.comparePoint(run.node, run.nodeStart) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo < runs.length ? runs[lo]!.textStart : text.length;
  }

  return {
    text,
    toRange(start, end) {
      if (!(start >= 0 && end <= text.length && start < end)) return null;
      let firstIndex = runIndexAt(runs, start);
      const last = runs[runIndexAt(runs, end - 1)];
      if (firstIndex < 0 || !last) return null;
      // A start on an inserted space or break begins at the next mapped character.
      if (start >= runs[firstIndex]!.textStart + runs[firstIndex]!.length) firstIndex += 1;
      const first = runs[firstIndex]!;
      const range = doc.createRange();
      range.setStart(first.node, first.nodeStart + Math.max(0, start - first.textStart));
      const endInRun = Math.min(end - last.textStart, last.length);
      range.setEnd(last.node, last.nodeStart + endInRun);
      return range;
    },
    fromRange(range) {
      if (!root.contains(range.commonAncestorContainer) && range.commonAncestorContainer !== root) {
        // Clip a range reaching outside the body to the body.
        const clipped = doc.createRange();
        clipped.selectNodeContents(root);
        if (range.compareBoundaryPoints(Range.START_TO_START, clipped) > 0) clipped.setStart(range.startContainer, range.startOffset);
        if (range.compareBoundaryPoints(Range.END_TO_END, clipped) < 0) clipped.setEnd(range.endContainer, range.endOffset);
        range = clipped;
      }
      let start = offsetOf(range.startContainer, range.startOffset);
      let end = offsetOf(range.endContainer, range.endOffset);
      // No white space at the edges of a highlight.
      while (start < end && /\s/.test(text[start]!)) start++;
      while (end > start && /\s/.test(text[end - 1]!)) end--;
      return start < end ? { start, end } : null;
    },
    offsetAt: offsetOf,
  };
}
