/**
 * Archives found among the paths of an import: an Offprint bundle (`.offprint`) becomes one unit per article,
 * a plain zip one unit per member file (services/bundle reads them, checking every limit before inflating), a
 * migration export (Omnivore's zip, wallabag's `.json`) one unit per entry.
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
import { expandMigrationBytes, expandMigrationFile, isMigrationFileName } from '../import/migrations/migration-file';
import type { ImportUnit } from './import-unit';

export interface Expansion {
  units: ImportUnit[];
  failures: ImportFailure[];
}

export function isArchivePath(filePath: string): boolean {
  return isArchiveName(filePath) || isMigrationFileName(filePath);
}

/** The units inside the archive at this path, and what could not be read in it. */
export async function expandArchive(filePath: string, limits: ArchiveLimits = DEFAULT_ARCHIVE_LIMITS): Promise<Expansion> {
  if (isMigrationFileName(filePath)) return expandMigrationFile(filePath);
  return toExpansion(await readArchiveFile(filePath, limits));
}

/** The same for an archive already in memory (dropped without a path). */
export function expandArchiveBytes(bytes: Uint8Array, name: string, limits: ArchiveLimits = DEFAULT_ARCHIVE_LIMITS): Expansion {
  if (isMigrationFileName(name)) return expandMigrationBytes(bytes, name);
  return toExpansion(readArchive(bytes, name, limits));
}

function toExpansion(contents: ArchiveContents): Expansion {
  const units: ImportUnit[] =
    contents.kind === 'bundle' ? contents.articles : contents.kind === 'zip' ? contents.members : contents.kind === 'migration' ? contents.entries : [];
  return { units, failures: contents.failures };
}
