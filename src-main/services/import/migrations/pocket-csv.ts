/**
 * One `part_*.csv` of Pocket's export (2025): a header line `title,url,time_added,cursor,tags,status`, then one
 * saved item a line (tags `|`-separated; status `unread` or `archive`), read by export-csv.ts. Pure.
 */
import { type CsvProblem, hasColumns, readExportCsv } from './export-csv';

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

export type PocketCsvProblem = CsvProblem;

export interface PocketCsv {
  rows: PocketRow[];
  problems: PocketCsvProblem[];
}

/** Whether a CSV's header names Pocket's columns (the export's content, whatever the file is called). */
export function isPocketHeader(header: readonly string[] | null): boolean {
  return hasColumns(header, POCKET_REQUIRED_COLUMNS);
}

export function readPocketCsv(text: string): PocketCsv {
  const { rows, problems } = readExportCsv(text, POCKET_REQUIRED_COLUMNS);
  return {
    problems,
    rows: rows.map((row) => ({
      line: row.line,
      title: row.field('title'),
      url: row.field('url'),
      timeAdded: row.field('time_added'),
      tags: row.field('tags').split('|').map((tag) => tag.trim()).filter((tag) => tag !== ''),
      status: row.field('status').toLowerCase(),
    })),
  };
}
