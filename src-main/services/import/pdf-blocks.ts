/**
 * Lines into Markdown: headings from font sizes larger than the body's (the size most of the text is set in; the
 * largest heading size is `#`, the next `##`, any smaller `###`), the other lines joined into paragraphs. A
 * paragraph ends where the gap to the next line is larger than the body's line spacing, where a line stops short
 * of the column's right edge, or where the next line is indented. A word hyphenated at a line's end is joined
 * ("recog-" + "nise"). Pure.
 */
import { escapeMarkdownText } from '../../../src-shared/notes-export/markdown-export';
import type { PdfLine } from './pdf-layout';

const HEADING_RATIO = 1.15;
const MAX_HEADING_LENGTH = 200;
const PARAGRAPH_GAP = 1.4;
const SHORT_LINE = 0.85;

type Block = { kind: 'heading'; size: number; text: string } | { kind: 'paragraph'; text: string };

const round = (size: number): number => Math.round(size * 2) / 2;

/** The size most characters are set in. */
export function bodySize(lines: readonly PdfLine[]): number {
  const chars = new Map<number, number>();
  for (const line of lines) chars.set(round(line.size), (chars.get(round(line.size)) ?? 0) + line.text.length);
  return [...chars].reduce((best, entry) => (entry[1] > best[1] ? entry : best), [0, -1])[0];
}

/**
 * Two lines as one text: a hyphen at the end of the first dropped when it splits a word (the next line goes on in
 * lower case), kept without a space when it is the word's own ("non-" + "English", "10-" + "12").
 */
export function joinLines(first: string, second: string): string {
  if (/\p{L}-$/u.test(first) && /^\p{Ll}/u.test(second)) return first.slice(0, -1) + second;
  if (/[\p{L}\p{N}]-$/u.test(first)) return first + second;
  return `${first} ${second}`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

const sameColumn = (a: PdfLine, b: PdfLine): boolean => a.page === b.page && a.column === b.column;

/** The left and right edges of each page's column, from its body lines. */
function columnEdges(lines: readonly PdfLine[]): Map<string, { left: number; right: number }> {
  const edges = new Map<string, { left: number; right: number }>();
  for (const line of lines) {
    const id = `${line.page}/${line.column}`;
    const edge = edges.get(id);
    edges.set(id, edge ? { left: Math.min(edge.left, line.x), right: Math.max(edge.right, line.right) } : { left: line.x, right: line.right });
  }
  return edges;
}

function paragraphStarts(previous: PdfLine, line: PdfLine, step: number, edges: ReturnType<typeof columnEdges>): boolean {
  const before = edges.get(`${previous.page}/${previous.column}`);
  const here = edges.get(`${line.page}/${line.column}`);
  if (before && previous.right - before.left < (before.right - before.left) * SHORT_LINE) return true;
  if (here && line.x - here.left > line.size) return true;
  return sameColumn(previous, line) && line.top - previous.top > step * PARAGRAPH_GAP;
}

function blocksOf(lines: readonly PdfLine[], body: number): Block[] {
  const bodyLines = lines.filter((line) => round(line.size) <= body * HEADING_RATIO || line.text.length > MAX_HEADING_LENGTH);
  const steps = bodyLines.slice(1).flatMap((line, i) => {
    const previous = bodyLines[i] as PdfLine;
    return sameColumn(previous, line) && line.top > previous.top ? [line.top - previous.top] : [];
  });
  const step = median(steps) || body * 1.2;
  const edges = columnEdges(bodyLines);
  const blocks: Block[] = [];
  let previous: PdfLine | null = null;
  for (const line of lines) {
    const last = blocks[blocks.length - 1];
    const heading = !bodyLines.includes(line);
    if (heading) {
      const continues = last?.kind === 'heading' && last.size === round(line.size) && previous !== null && sameColumn(previous, line);
      if (continues) last.text = `${last.text} ${line.text}`;
      else blocks.push({ kind: 'heading', size: round(line.size), text: line.text });
    } else if (last?.kind === 'paragraph' && previous && !paragraphStarts(previous, line, step, edges)) {
      last.text = joinLines(last.text, line.text);
    } else {
      blocks.push({ kind: 'paragraph', text: line.text });
    }
    previous = line;
  }
  return blocks;
}

/** The lines, in reading order, as Markdown. */
export function linesToMarkdown(lines: readonly PdfLine[]): string {
  const body = bodySize(lines);
  const blocks = blocksOf(lines, body);
  const sizes = [...new Set(blocks.flatMap((b) => (b.kind === 'heading' ? [b.size] : [])))].sort((a, b) => b - a);
  return blocks
    .map((block) => {
      const text = escapeMarkdownText(block.text);
      if (block.kind === 'paragraph') return text;
      return `${'#'.repeat(Math.min(3, sizes.indexOf(block.size) + 1))} ${text}`;
    })
    .join('\n\n');
}
