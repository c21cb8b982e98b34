/**
 * A CSV file of a reading service's export (Pocket, Instapaper, Raindrop, Readwise): a header line naming the
 * columns, then one entry a line (quoted where a field holds a comma, a quote or a line break; `""` inside quotes is
 * one `"`; a byte-order mark and CRLF line ends are fine; the columns in any order). Read with csv-parse, line by
 * line: a line that cannot be read (a broken quote, the wrong number of fields) is one problem naming its line, and
 * the other lines are read. Column names are compared in lower case. Pure.
 */
import { parse } from 'csv-parse/sync';

export interface CsvRow {
  /** The line the entry starts on (1 is the header). */
  line: number;
  /** A field by its column's name (lower case), trimmed; '' when the column is absent. */
  field(name: string): string;
}

export type CsvProblem =
  /** The header line lacks a column the export writes: nothing in the file is read. */
  | { kind: 'column'; column: string }
  /** A quotation mark opened and never closed (from this line to the end of the file), or one out of place. */
  | { kind: 'quote'; line: number; unclosed: boolean }
  /** A line with more or fewer fields than the header. */
  | { kind: 'fields'; line: number; found: number; expected: number };

export interface ExportCsv {
  rows: CsvRow[];
  problems: CsvProblem[];
}

/** The column names of the CSV's first line (lower case, trimmed), or null when the text has no line. */
export function csvHeader(text: string): string[] | null {
  const end = text.search(/\r?\n/);
  const first = (end === -1 ? text : text.slice(0, end)).replace(/^\uFEFF/, '');
  if (first.trim() === '') return null;
  return first.split(',').map((name) => name.trim().replace(/^"|"$/g, '').toLowerCase());
}

/** Whether a header names every one of these columns. */
export function hasColumns(header: readonly string[] | null, columns: readonly string[]): boolean {
  return header !== null && columns.every((column) => header.includes(column));
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

function parseLines(text: string, problems: CsvProblem[]): Parsed[] {
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
  return records;
}

/** The file's entries and its problems; `required`: the columns the export always writes (lower case). */
export function readExportCsv(text: string, required: readonly string[]): ExportCsv {
  const header = csvHeader(text);
  const missing = required.find((column) => !header?.includes(column));
  if (!header || missing !== undefined) return { rows: [], problems: [{ kind: 'column', column: missing ?? required[0] ?? '' }] };
  const problems: CsvProblem[] = [];
  const rows: CsvRow[] = [];
  for (const { record, line } of parseLines(text, problems).slice(1)) {
    if (record.length !== header.length) {
      problems.push({ kind: 'fields', line, found: record.length, expected: header.length });
      continue;
    }
    rows.push({ line, field: (name) => record[header.indexOf(name)]?.trim() ?? '' });
  }
  problems.sort((a, b) => ('line' in a ? a.line : 0) - ('line' in b ? b.line : 0));
  return { rows, problems };
}
