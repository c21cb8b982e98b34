/**
 * The article's text as highlights are anchored against — the one visible-text rule of src-shared/text, so it is
 * the text the library stores — and a map that turns offsets in that text into DOM ranges and back. DOM only.
 */
import { visibleText } from '../../../../../src-shared/text/visible-text';

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
  const runs: Run[] = [];
  const text = visibleText<Node>(root, (node, textStart, nodeStart, length) => {
    runs.push({ node: node as Text, textStart, nodeStart, length });
  });
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
