/**
 * A CSV export that is one file (Instapaper's, Raindrop's, Readwise Reader's documents, Readwise's highlights), told apart by the columns its first
 * line names, whatever the file is called. Each service's reader turns a line into an entry; the file's problems (a
 * broken quote, a line of the wrong number of fields, a line without an http(s) address) are failures naming the
 * file and the line, and the other lines go on.
 */
import type { ImportFailure } from '../../../../src-shared/contract';
import { isWebAddress } from '../../../../src-shared/article/url-policy';
import { csvHeader, hasColumns, readExportCsv } from './export-csv';
import type { CsvService } from './csv-service';
import { INSTAPAPER_CSV } from './instapaper-csv';
import type { MigrationExpansion } from './migration-entry';
import { csvProblemFailure, exportCsvLineInvalid, exportNotRecognised } from './migration-failures';
import { RAINDROP_CSV } from './raindrop-csv';
import { READWISE_CSV } from './readwise-csv';
import { isReadwiseHighlightsCsv, readReadwiseHighlights } from './readwise-highlights-csv';

const SERVICES: readonly CsvService[] = [INSTAPAPER_CSV, RAINDROP_CSV, READWISE_CSV];

/** The service whose columns the CSV's first line names, or null. */
export function csvServiceOf(text: string): CsvService | null {
  const header = csvHeader(text.slice(0, 4096));
  return SERVICES.find((service) => hasColumns(header, service.required)) ?? null;
}

export function readCsvExport(text: string, path: string): MigrationExpansion<ImportFailure> {
  // Readwise's highlights: one line a highlight, grouped by book (readwise-highlights-csv.ts).
  if (isReadwiseHighlightsCsv(text)) return readReadwiseHighlights(text, path);
  const service = csvServiceOf(text);
  if (!service) return { units: [], failures: [exportNotRecognised(path)] };
  const where = { path, file: path.replace(/^.*[/\\]/, '') };
  const csv = readExportCsv(text, service.required);
  const expansion: MigrationExpansion<ImportFailure> = {
    units: [],
    failures: csv.problems.map((problem) => csvProblemFailure(path, where.file, problem, service.header, service.service)),
  };
  for (const row of csv.rows) {
    if (!isWebAddress(row.field('url'))) expansion.failures.push(exportCsvLineInvalid(path, where.file, row.line, 'url', service.service));
    else expansion.units.push(service.entry(row, where));
  }
  return expansion;
}
