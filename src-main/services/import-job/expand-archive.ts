/**
 * Archives found among the paths of an import: an Offprint bundle (`.offprint`) becomes one unit per article,
 * a plain zip one unit per member file (services/bundle reads them, checking every limit before inflating), a
 * migration export (Omnivore's zip, a `.json` or `.csv` export, a browser's bookmarks file) one unit per entry, a
 * web archive (`.warc`, `.warc.gz`, `.wacz`) one unit per page, streamed from disk (import/web-archive-file.ts).
 * What cannot be read in the archive comes back as failures, named inside the archive.
 */
import type { ImportFailure } from '../../../src-shared/contract';
import {
  type ArchiveContents,
  type ArchiveLimits,
  DEFAULT_ARCHIVE_LIMITS,
  isArchiveName,
  readArchive,
  readArchiveFile,
} from '../bundle';
import { expandWebArchive, isWebArchiveName } from '../import/web-archive-file';
import { expandMigrationBytes, expandMigrationFile, isMigrationBytes, isMigrationPath } from '../import/migrations/migration-file';
import type { ImportUnit } from './import-unit';

export interface Expansion {
  units: ImportUnit[];
  failures: ImportFailure[];
}

/** Whether the file at this path holds many articles (an archive or an export: a bookmarks file is sniffed). */
export async function isArchivePath(filePath: string): Promise<boolean> {
  return isArchiveName(filePath) || isWebArchiveName(filePath) || (await isMigrationPath(filePath));
}

/** The same for a file already in memory. */
export function isArchiveBytes(name: string, bytes: Uint8Array): boolean {
  return isArchiveName(name) || isMigrationBytes(name, bytes);
}

/** The units inside the archive at this path, and what could not be read in it. */
export async function expandArchive(filePath: string, limits: ArchiveLimits = DEFAULT_ARCHIVE_LIMITS, signal?: AbortSignal): Promise<Expansion> {
  if (isWebArchiveName(filePath)) return expandWebArchive(filePath, limits, filePath, signal);
  if (!isArchiveName(filePath)) return expandMigrationFile(filePath);
  return toExpansion(await readArchiveFile(filePath, limits));
}

/** The same for an archive already in memory (dropped without a path). */
export function expandArchiveBytes(bytes: Uint8Array, name: string, limits: ArchiveLimits = DEFAULT_ARCHIVE_LIMITS): Expansion {
  if (!isArchiveName(name)) return expandMigrationBytes(bytes, name);
  return toExpansion(readArchive(bytes, name, limits));
}

function toExpansion(contents: ArchiveContents): Expansion {
  const units: ImportUnit[] =
    contents.kind === 'bundle' ? contents.articles : contents.kind === 'zip' ? contents.members : contents.kind === 'migration' ? contents.entries : [];
  return { units, failures: contents.failures };
}
