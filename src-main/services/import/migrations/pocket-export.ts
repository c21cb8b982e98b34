/**
 * Pocket's export zip (2025): `part_000000.csv`, `part_000001.csv`… at the root (10,000 saved items each: title,
 * url, time_added, cursor, tags, status) and `annotations/part_*.json` (the items' highlights). Recognised by its
 * content, whatever the zip is called: a CSV at its root whose header names Pocket's columns. Pocket exports no
 * text, so every item becomes a link-only entry (title, address, tags, added date, the Archive) with its highlights
 * waiting as orphans. A line or an item that cannot be read is one failure naming the file and the line, and the
 * rest goes on.
 */
import type { ImportFailure } from '../../../../src-shared/contract';
import { isWebAddress } from '../../../../src-shared/article/url-policy';
import type { ArchiveLimits } from '../../bundle/archive-limits';
import { totalSizeReason } from '../../bundle/archive-entries';
import type { EntryReader } from '../../bundle/entry-reader';
import type { ZipEntry } from '../../bundle/zip-directory';
import type { FailureReason } from '../reason';
import type { MigrationEntryUnit, MigrationExpansion } from './migration-entry';
import { csvProblemFailure, entryLabel, exportCsvLineInvalid } from './migration-failures';
import { type PocketAnnotations, readPocketAnnotations } from './pocket-annotations';
import { csvHeader } from './export-csv';
import { isPocketHeader, type PocketRow, readPocketCsv } from './pocket-csv';
import { unixOrDate } from './unix-time';

const SERVICE = 'Pocket';
const POCKET_COLUMNS = 'title,url,time_added,cursor,tags,status';
const ROOT_CSV = /^[^/]+\.csv$/i;
const PART_CSV = /^part_\d+\.csv$/i;
const ANNOTATIONS = /^annotations\/[^/]+\.json$/i;
const SNIFFED_BYTES = 4096;

function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function headerOf(path: string, entry: ZipEntry, reader: EntryReader): string[] | null {
  const bytes = reader.read(path, entry);
  return bytes ? csvHeader(new TextDecoder('utf-8').decode(bytes.subarray(0, SNIFFED_BYTES))) : null;
}

/** A Pocket export: a CSV at the zip's root whose header names Pocket's columns (or Pocket's part files beside its annotations). */
export function isPocketExport(files: ReadonlyMap<string, ZipEntry>, reader: EntryReader): boolean {
  const csvs = [...files.keys()].filter((path) => ROOT_CSV.test(path));
  if (csvs.length === 0) return false;
  if (csvs.some((path) => PART_CSV.test(path)) && [...files.keys()].some((path) => ANNOTATIONS.test(path))) return true;
  return csvs.some((path) => isPocketHeader(headerOf(path, files.get(path) as ZipEntry, reader)));
}

type LinkRow = Pick<PocketRow, 'title' | 'url' | 'timeAdded' | 'tags' | 'status'>;

function unitOf(row: LinkRow, file: string, entry: string, archiveName: string, annotations: PocketAnnotations): MigrationEntryUnit {
  const addedAt = unixOrDate(row.timeAdded);
  return {
    kind: 'migration-entry',
    service: SERVICE,
    archiveName,
    file,
    entry,
    key: `pocket:${row.url}`,
    html: null,
    htmlFile: file,
    fields: {
      title: row.title !== '' ? row.title : null,
      author: null,
      url: row.url,
      publishedAt: null,
      addedAt,
      // The export has no archiving date: the item was archived after it was added, the nearest date it gives.
      archivedAt: row.status === 'archive' ? (addedAt ?? new Date(0).toISOString()) : null,
      favouritedAt: null,
      language: null,
      tags: row.tags,
    },
    highlights: annotations.byUrl.get(row.url)?.highlights ?? [],
    notes: [],
  };
}

export function readPocketExport(
  files: ReadonlyMap<string, ZipEntry>,
  reader: EntryReader,
  limits: ArchiveLimits,
): MigrationExpansion<ImportFailure> & { tooLarge?: FailureReason } {
  const csvs = [...files.keys()].filter((path) => ROOT_CSV.test(path)).sort(byName);
  const annotationFiles = [...files.keys()].filter((path) => ANNOTATIONS.test(path)).sort(byName);
  const tooLarge = totalSizeReason([...csvs, ...annotationFiles].map((path) => files.get(path) as ZipEntry), limits);
  if (tooLarge) return { units: [], failures: [], tooLarge };
  const annotations: PocketAnnotations = { byUrl: new Map(), failures: [] };
  for (const file of annotationFiles) {
    const bytes = reader.read(file, files.get(file) as ZipEntry);
    if (bytes) readPocketAnnotations(bytes, file, reader.where(file), annotations);
  }
  const expansion: MigrationExpansion<ImportFailure> = { units: [], failures: [] };
  const decoder = new TextDecoder('utf-8');
  const listed = new Set<string>();
  for (const file of csvs) {
    const bytes = reader.read(file, files.get(file) as ZipEntry);
    if (!bytes) continue;
    const where = reader.where(file);
    const csv = readPocketCsv(decoder.decode(bytes));
    expansion.failures.push(...csv.problems.map((problem) => csvProblemFailure(where, file, problem, POCKET_COLUMNS, SERVICE)));
    for (const row of csv.rows) {
      if (!isWebAddress(row.url)) expansion.failures.push(exportCsvLineInvalid(where, file, row.line, 'url', SERVICE));
      else expansion.units.push(unitOf(row, file, entryLabel(row.title, row.line - 1), reader.archiveName, annotations));
      listed.add(row.url);
    }
  }
  // Highlights of an address no CSV line lists are never dropped: the item comes from its annotations file.
  for (const [url, { file, title, highlights }] of annotations.byUrl) {
    if (listed.has(url) || !isWebAddress(url) || highlights.length === 0) continue;
    const row: LinkRow = { title: title ?? '', url, timeAdded: highlights[0]?.createdAt ?? '', tags: [], status: 'unread' };
    expansion.units.push(unitOf(row, file, entryLabel(title, expansion.units.length), reader.archiveName, annotations));
  }
  expansion.failures.push(...annotations.failures);
  return expansion;
}
