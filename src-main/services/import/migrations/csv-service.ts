/** What reading one service's CSV export takes: its columns, and how a line becomes an entry. */
import type { CsvRow } from './export-csv';
import { type LinkEntryParts, linkEntryUnit } from './link-entry';
import type { MigrationEntryUnit, MigrationService } from './migration-entry';
import { entryLabel } from './migration-failures';

/** Where an entry came from: the export file's report path and its name. */
export interface CsvFile {
  path: string;
  file: string;
}

export interface CsvService {
  service: MigrationService;
  /** The header the service writes, as it writes it (named in a report when a column is missing). */
  header: string;
  /** The columns (lower case) that tell its CSV apart, and that every file of it names. */
  required: readonly string[];
  /** The entry of a line whose `url` is an http(s) address (checked first). */
  entry(row: CsvRow, where: CsvFile): MigrationEntryUnit;
}

/** A list field split at commas (`"design, systems"`), Python's and JSON's brackets and quotes taken off. */
export function splitList(value: string): string[] {
  const inner = value.trim().replace(/^\[(.*)\]$/s, '$1');
  return inner
    .split(',')
    .map((item) => item.trim().replace(/^(["'])(.*)\1$/s, '$2').trim())
    .filter((item) => item !== '');
}

/**
 * The link-only entry of a line, with its `title` and `url` and what `parts` add: named in reports by its title
 * (else its line), its highlights' ids seeded by `key`.
 */
export function csvLinkEntry(
  service: MigrationService,
  row: CsvRow,
  where: CsvFile,
  key: string,
  parts: Pick<LinkEntryParts, 'highlights' | 'notes'> & { fields: Omit<LinkEntryParts['fields'], 'url'> },
): MigrationEntryUnit {
  const title = row.field('title');
  const fields = { title: title || null, url: row.field('url'), ...parts.fields };
  return linkEntryUnit({ service, archiveName: where.path, file: '', htmlFile: where.file, entry: entryLabel(title, row.line - 1), key, ...parts, fields });
}
