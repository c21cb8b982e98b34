/**
 * A unit of import work: plain, serialisable data that any thread can run (the worker pool sends it to a worker
 * thread as is). One unit becomes one article or one failure, never anything in between.
 */
import type { FailureReason } from '../import/reason';
import type { ImportFailure, ParsedArticle } from '../../../src-shared/contract';
import type { BundleArticleUnit, ZipMemberUnit } from '../bundle';
import { insideArchive } from '../bundle/archive-problem';
import type { ImportLimits } from '../import/import-file';
import { migrationEntryPath } from '../import/migrations/migration-article';
import type { MigrationEntryUnit } from '../import/migrations/migration-entry';
import type { DownloadedPageUnit, DownloadLinkUnit } from '../fetch-article/download-unit';
import { warcPagePath } from '../import/warc-page-article';
import type { WarcPageUnit } from '../import/warc-page-unit';

export type ImportUnit =
  /** A file on disk: read and parsed there (its images are read from its folder); its size when it was found. */
  | { kind: 'file'; path: string; size?: number }
  /** A file already in memory (a dropped file without a path): it has no folder, so no local images. */
  | { kind: 'bytes'; name: string; bytes: Uint8Array }
  /** One article folder of an Offprint bundle, its files read (services/bundle). */
  | BundleArticleUnit
  /** One file of a plain zip, with the images beside it (services/bundle). */
  | ZipMemberUnit
  /** One entry of a migration export (Omnivore, wallabag), its HTML and highlights read (import/migrations). */
  | MigrationEntryUnit
  /** One page of a web archive (WARC, WACZ): where its record and its images' records lie (import/warc-*). */
  | WarcPageUnit
  /** A link-only entry's address to download (fetch-article/), and then the page it gave, to parse. */
  | DownloadLinkUnit
  | DownloadedPageUnit;

export type UnitOutcome = { article: ParsedArticle } | { failure: ImportFailure };

export type UnitLimits = ImportLimits;

/** The path a report shows for this unit. */
export function unitPath(unit: ImportUnit): string {
  switch (unit.kind) {
    case 'file':
      return unit.path;
    case 'bytes':
      return unit.name;
    case 'bundle-article':
      return insideArchive(unit.archiveName, unit.folder);
    case 'zip-member':
      return insideArchive(unit.archiveName, unit.path);
    case 'migration-entry':
      return migrationEntryPath(unit);
    case 'warc-page':
      return warcPagePath(unit);
    case 'download-link':
    case 'downloaded-page':
      return unit.url;
  }
}

/** What a unit costs besides its bytes (opening, parsing, storing a file): a folder of tiny files is not instant. */
export const UNIT_OVERHEAD_BYTES = 4096;

/** How much work a unit is, in bytes (its size, plus the overhead of a file): the time left is estimated from it. */
export function unitBytes(unit: ImportUnit): number {
  switch (unit.kind) {
    case 'file':
      return UNIT_OVERHEAD_BYTES + (unit.size ?? 0);
    case 'bytes':
    case 'zip-member':
      return UNIT_OVERHEAD_BYTES + unit.bytes.byteLength;
    case 'bundle-article':
      return unit.files.reduce((sum, file) => sum + file.bytes.byteLength, UNIT_OVERHEAD_BYTES);
    case 'migration-entry':
      return UNIT_OVERHEAD_BYTES + (unit.html?.byteLength ?? 0);
    case 'downloaded-page':
      return UNIT_OVERHEAD_BYTES + unit.bytes.byteLength;
    case 'warc-page':
      return UNIT_OVERHEAD_BYTES + unit.size;
    default:
      return UNIT_OVERHEAD_BYTES;
  }
}

/** The failure of a unit, with a reason. */
export function unitFailure(unit: ImportUnit, why: FailureReason): UnitOutcome {
  return { failure: { path: unitPath(unit), ...why } };
}

/** Where units run (unit-runner.ts picks one): a pool of worker threads, or this thread. */
export interface UnitRunner {
  /** Runs the unit for the job `tag`; resolves to null when the job's work was cancelled first. */
  run(unit: ImportUnit, tag: string): Promise<UnitOutcome | null>;
  /** Drops the job's queued units and stops its running ones at once. */
  cancel(tag: string): void;
  /** Stops everything (the app quits, a test ends). */
  close(): void;
}
