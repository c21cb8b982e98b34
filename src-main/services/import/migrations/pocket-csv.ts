/**
 * One `part_*.csv` of Pocket's export (2025): a header line `title,url,time_added,cursor,tags,status`, then one
 * saved item a line (quoted where a field holds a comma, a quote or a line break; tags `|`-separated; status
 * `unread` or `archive`). Read with csv-parse, line by line: a line that cannot be read (a broken quote, the wrong
 * number of fields) is one problem naming its line, and the other lines are read. Pure.
 */
import { parse } from 'csv-parse/sync';

/** The columns a Pocket CSV must name in its header line (tags and status may be absent: none, unread). */
export const POCKET_REQUIRED_COLUMNS = ['title', 'url', 'time_added'] as const;

export interface PocketRow {
  /** The line the item starts on (1 is the header). */
  line: number;
  title: string;
  url: string;
  /** Unix time in seconds, as written (`1728576752`). */
  timeAdded: string;
  tags: string[];
  status: string;
}

export type PocketCsvProblem =
  /** The header line lacks a column Pocket writes. */
  | { kind: 'column'; column: string }
  /** A quotation mark opened and never closed (from this line to the end of the file), or one out of place. */
  | { kind: 'quote'; line: number; unclosed: boolean }
  /** A line with more or fewer fields than the header. */
  | { kind: 'fields'; line: number; found: number; expected: number };

export interface PocketCsv {
  rows: PocketRow[];
  problems: PocketCsvProblem[];
}

/** The column names of the CSV's first line (lower case, trimmed), or null when the text has no line. */
export function csvHeader(text: string): string[] | null {
  const end = text.search(/\r?\n/);
  const first = (end === -1 ? text : text.slice(0, end)).replace(/^\uFEFF/, '');
  if (first.trim() === '') return null;
  return first.split(',').map((name) => name.trim().replace(/^"|"$/g, '').toLowerCase());
}

/** Whether a CSV's header names Pocket's columns (the export's content, whatever the file is called). */
export function isPocketHeader(header: readonly string[] | null): boolean {
  return header !== null && POCKET_REQUIRED_COLUMNS.every((column) => header.includes(column));
}

interface Parsed {
  record: string[];
  line: number;
}

function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
}

function errorLine(error: unknown): number {
  return typeof error === 'object' && error !== null && 'lines' in error && typeof error.lines === 'number' ? error.lines : 0;
}

export function readPocketCsv(text: string): PocketCsv {
  const problems: PocketCsvProblem[] = [];
  const header = csvHeader(text);
  const missing = POCKET_REQUIRED_COLUMNS.find((column) => !header?.includes(column));
  if (!header || missing) return { rows: [], problems: [{ kind: 'column', column: missing ?? POCKET_REQUIRED_COLUMNS[0] }] };
  const records: Parsed[] = [];
  // The line the next record starts on: one after where the last record (read or skipped) ended.
  let lastEnd = 0;
  const quoteLines = new Set<number>();
  parse(text, {
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_record: (record: string[], context) => {
      records.push({ record, line: lastEnd + 1 });
      lastEnd = context.lines;
      return null;
    },
    on_skip: (error) => {
      const unclosed = errorCode(error) === 'CSV_QUOTE_NOT_CLOSED';
      const line = unclosed ? lastEnd + 1 : errorLine(error) || lastEnd + 1;
      lastEnd = Math.max(lastEnd, errorLine(error));
      // csv-parse may report one broken line more than once (each stray quote in it).
      if (quoteLines.has(line)) return;
      quoteLines.add(line);
      problems.push({ kind: 'quote', line, unclosed });
    },
  });
  const column = (name: string): number => header.indexOf(name);
  const rows: PocketRow[] = [];
  for (const { record, line } of records.slice(1)) {
    if (record.length !== header.length) {
      problems.push({ kind: 'fields', line, found: record.length, expected: header.length });
      continue;
    }
    const field = (name: string): string => record[column(name)]?.trim() ?? '';
    rows.push({
      line,
      title: field('title'),
      url: field('url'),
      timeAdded: field('time_added'),
      tags: field('tags').split('|').map((tag) => tag.trim()).filter((tag) => tag !== ''),
      status: field('status').toLowerCase(),
    });
  }
  problems.sort((a, b) => ('line' in a ? a.line : 0) - ('line' in b ? b.line : 0));
  return { rows, problems };
}
