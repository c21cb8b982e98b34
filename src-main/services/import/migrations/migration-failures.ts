/**
 * Why an export, or one entry of it, could not be imported: the code and values of the `errors` messages the
 * interface shows in its own language, and the same sentence in English (from the English messages, reason.ts).
 * Each names the file and the entry.
 */
import type { ImportFailure } from '../../../../src-shared/contract';
import { isolate } from '../../../../src-shared/i18n/isolate';
import { reason } from '../reason';
import type { CsvProblem } from './export-csv';
import type { MigrationService } from './migration-entry';

export function exportNotRecognised(path: string): ImportFailure {
  return { path, ...reason('exportNotRecognised') };
}

export function exportFileNotJson(path: string, file: string, service: MigrationService): ImportFailure {
  return { path, ...reason('exportFileNotJson', { file, service }) };
}

export function exportFileNotList(path: string, file: string, service: MigrationService): ImportFailure {
  return { path, ...reason('exportFileNotList', { file, service }) };
}

/** How a report names an entry: its title (isolated, it may run right to left), else its place in the file. */
export function entryLabel(title: unknown, index: number): string {
  return typeof title === 'string' && title.trim() !== '' ? isolate(title.trim().slice(0, 120)) : `#${index + 1}`;
}

export function exportEntryInvalid(path: string, file: string, entry: string, field: string, service: MigrationService): ImportFailure {
  return { path, ...reason('exportEntryInvalid', { entry, file, field, service }) };
}

export function exportContentMissing(path: string, file: string, entry: string, service: MigrationService): ImportFailure {
  return { path, ...reason('exportContentMissing', { entry, file, service }) };
}

export function exportEntryNoText(path: string, entry: string, service: MigrationService): ImportFailure {
  return { path, ...reason('exportEntryNoText', { entry, service }) };
}

/** A CSV export whose header line lacks one of the service's columns (`columns`: the header it writes): nothing in it is read. */
export function exportCsvColumnMissing(path: string, file: string, column: string, columns: string, service: MigrationService): ImportFailure {
  return { path, ...reason('exportCsvColumnMissing', { file, column, columns, service }) };
}

/** A line of a CSV export with a quotation mark out of place, or one never closed (the file's end is then unread). */
export function exportCsvBadQuote(path: string, file: string, line: number, unclosed: boolean, service: MigrationService): ImportFailure {
  return { path, ...reason(unclosed ? 'exportCsvQuoteNotClosed' : 'exportCsvBadQuote', { file, line, service }) };
}

export function exportCsvFieldCount(path: string, file: string, line: number, found: number, expected: number): ImportFailure {
  return { path, ...reason('exportCsvFieldCount', { file, line, found, expected }) };
}

/** A line of a CSV export whose field is missing or not in the export's format (a `url` that is no web address). */
export function exportCsvLineInvalid(path: string, file: string, line: number, field: string, service: MigrationService): ImportFailure {
  return { path, ...reason('exportCsvLineInvalid', { file, line, field, service }) };
}

/** A problem of a CSV export's file as the failure the report shows (`columns`: the header the service writes). */
export function csvProblemFailure(where: string, file: string, problem: CsvProblem, columns: string, service: MigrationService): ImportFailure {
  switch (problem.kind) {
    case 'column':
      return exportCsvColumnMissing(where, file, problem.column, columns, service);
    case 'quote':
      return exportCsvBadQuote(where, file, problem.line, problem.unclosed, service);
    case 'fields':
      return exportCsvFieldCount(where, file, problem.line, problem.found, problem.expected);
  }
}
