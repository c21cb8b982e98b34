/**
 * A page saved as text, read into an article: metadata from the header (title, labels, dates, by-line), the
 * page's chrome dropped (comment prompts, zoom/share/print links, navigation trails, "Related Articles" and all that
 * follows), and the paragraphs kept. Plain text without such a header gets its title from a short first line.
 * Pure: never throws, whatever the text.
 */
import { isChromeLine, isRelatedHeading } from './text-page-chrome';
import { type LabelFields, parseLabelLine } from './text-page-labels';

export interface TextPage extends LabelFields {
  title: string | null;
  paragraphs: string[];
}

/** Only this many non-blank lines at the top are searched for the title and metadata. */
const HEADER_LINES = 20;
const MAX_TITLE_WIDTH = 150;
/** Lines wider than this are whole paragraphs: nobody hard-wraps text this wide. */
const UNWRAPPED_LINE_WIDTH = 200;
/** Lines that each end a sentence and some of which are this wide are paragraphs of their own. */
const SENTENCE_LINE_WIDTH = 60;
const ENDS_SENTENCE = /[.!?。！？…:："”’»」』)）]$/u;

/** Display width: Chinese, Japanese and Korean characters count double. */
function width(line: string): number {
  const wide = line.match(/[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60]/g);
  return line.length + (wide?.length ?? 0);
}

function cleanLines(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n?|\n|\u2028|\u2029/)
    .map((line) => line.replace(/[\u00A0\u2007\u202F]/g, ' ').replaceAll('\u0000', '').trim());
}

function merge(into: LabelFields, fields: LabelFields): void {
  for (const [key, value] of Object.entries(fields) as [keyof LabelFields, never][]) {
    if (into[key] === undefined || (into[key] === null && value !== null)) into[key] = value;
  }
}

interface Header {
  fields: LabelFields;
  title: string | null;
  /** Lines read as the title that a later `Title:` label showed to be text. */
  returned: string[];
  bodyStart: number;
}

function readHeader(lines: string[]): Header {
  const header: Header = { fields: {}, title: null, returned: [], bodyStart: lines.length };
  let seen = 0;
  for (const [index, line] of lines.entries()) {
    if (line === '') continue;
    if (seen++ >= HEADER_LINES) return { ...header, bodyStart: index };
    if (isRelatedHeading(line) && header.title !== null) return { ...header, bodyStart: index };
    if (isChromeLine(line) || isRelatedHeading(line)) continue;
    const labels = parseLabelLine(line, header.title !== null);
    if (labels) {
      if (labels.fields.title && !header.fields.title) {
        if (header.title !== null) header.returned.push(header.title);
        header.title = labels.fields.title;
      }
      merge(header.fields, labels.fields);
      continue;
    }
    if (header.title === null && width(line) <= MAX_TITLE_WIDTH) {
      header.title = line;
      continue;
    }
    return { ...header, bodyStart: index };
  }
  return header;
}

/**
 * Whether a block's lines are paragraphs of their own (pages saved with one paragraph per line and no blank lines)
 * rather than one paragraph hard-wrapped over several lines: they are, when a line is wider than anyone wraps, or
 * when every line ends a sentence and some are long.
 */
function linesAreParagraphs(block: string[]): boolean {
  if (block.length < 2) return false;
  const leading = block.slice(0, -1);
  if (leading.some((line) => width(line) > UNWRAPPED_LINE_WIDTH)) return true;
  return leading.every((line) => ENDS_SENTENCE.test(line)) && block.some((line) => width(line) > SENTENCE_LINE_WIDTH);
}

function toParagraphs(blocks: string[][]): string[] {
  return blocks.flatMap((block) => (linesAreParagraphs(block) ? block : [block.join('\n')]));
}

/** Whether article prose (a wide line, or one that ends a sentence) follows this line. */
function proseFollows(lines: string[], index: number): boolean {
  return lines
    .slice(index + 1)
    .some((line) => line !== '' && !isChromeLine(line) && (width(line) > SENTENCE_LINE_WIDTH || ENDS_SENTENCE.test(line)));
}

function readBody(lines: string[], start: number): string[][] {
  const blocks: string[][] = [];
  let block: string[] = [];
  const close = (): void => {
    if (block.length > 0) blocks.push(block);
    block = [];
  };
  for (const [index, line] of lines.entries()) {
    if (index < start) continue;
    // "Related Articles" ends the article; above any text, it ends it only when no prose follows (a list of links).
    if (isRelatedHeading(line) && (blocks.length > 0 || block.length > 0 || !proseFollows(lines, index))) break;
    if (line === '' || isChromeLine(line) || isRelatedHeading(line)) close();
    else block.push(line);
  }
  close();
  return blocks;
}

/** Metadata lines at the very end ("(Editor: Li Wei)", "（责任编辑：王五）") leave the body; their values fill gaps. */
function takeTrailingLabels(paragraphs: string[], fields: LabelFields): void {
  while (paragraphs.length > 1) {
    const last = paragraphs[paragraphs.length - 1] ?? '';
    const labels = last.includes('\n') ? null : parseLabelLine(last, false);
    if (!labels?.explicit) return;
    merge(fields, labels.fields);
    paragraphs.pop();
  }
}

export function parseTextPage(text: string): TextPage {
  const lines = cleanLines(text);
  const header = readHeader(lines);
  const fields = header.fields;
  const paragraphs = toParagraphs(readBody(lines, header.bodyStart));
  if (header.returned.length > 0) paragraphs.unshift(...header.returned);
  takeTrailingLabels(paragraphs, fields);
  if (paragraphs.length === 0 && header.title !== null && !fields.title) paragraphs.push(header.title);
  return { ...fields, title: header.title, paragraphs };
}
