/**
 * Everything an import of one path would produce, in this thread: a file, a folder (recursively), a plain zip
 * (member by member), an Offprint bundle (article by article), an export (entry by entry) or a web archive (page by
 * page), each becoming an article or a failure. The bundle
 * tool (src-main/cli/) inspects, validates and packs with it: the same parsing code as the app's import.
 */
import type { ImportFailure } from '../../../src-shared/contract';
import { collectFiles } from '../import/collect-files';
import { importFileAtPath, type ImportLimits, type ImportOutcome } from '../import/import-file';
import { DEFAULT_MAX_FILE_BYTES } from '../import/import-sources';
import { DEFAULT_ARCHIVE_LIMITS, type ArchiveLimits } from './archive-limits';
import type { ArchiveContents } from './archive-units';
import { bundleArticleToParsed } from './bundle-article';
import type { BundleManifest } from './manifest';
import { isArchiveName, readArchiveFile } from './read-archive';
import { importZipMember } from './zip-member';
import { migrationEntryToParsed } from '../import/migrations/migration-article';
import { expandMigrationFile, isMigrationPath } from '../import/migrations/migration-file';
import { warcPageToParsed } from '../import/warc-page-article';
import { expandWebArchive, isWebArchiveName } from '../import/web-archive-file';

export interface PathReading {
  /** Articles and failures, in path order. */
  outcomes: ImportOutcome[];
  /** The manifests of the bundles read, by archive path. */
  bundles: { path: string; manifest: BundleManifest }[];
}

export interface ReadPathOptions {
  archiveLimits?: ArchiveLimits;
  importLimits?: ImportLimits;
}

function failed(failure: ImportFailure): ImportOutcome {
  return { path: failure.path, failure };
}

async function archiveOutcomes(contents: ArchiveContents, limits: ImportLimits): Promise<ImportOutcome[]> {
  const outcomes = contents.failures.map(failed);
  if (contents.kind === 'bundle') for (const unit of contents.articles) outcomes.push(bundleArticleToParsed(unit));
  if (contents.kind === 'zip') for (const unit of contents.members) outcomes.push(await importZipMember(unit, limits));
  if (contents.kind === 'migration') for (const unit of contents.entries) outcomes.push(await migrationEntryToParsed(unit));
  return outcomes;
}

export async function readPath(given: string, options: ReadPathOptions = {}): Promise<PathReading> {
  const importLimits = options.importLimits ?? { maxFileBytes: DEFAULT_MAX_FILE_BYTES };
  const { files, failures } = await collectFiles([given]);
  const reading: PathReading = { outcomes: failures.map(failed), bundles: [] };
  for (const file of files.sort()) {
    if (isWebArchiveName(file)) {
      const { units, failures: unread } = await expandWebArchive(file, options.archiveLimits ?? DEFAULT_ARCHIVE_LIMITS);
      reading.outcomes.push(...unread.map(failed));
      for (const unit of units) reading.outcomes.push(await warcPageToParsed(unit));
      continue;
    }
    if (await isMigrationPath(file)) {
      const { units, failures: unread } = await expandMigrationFile(file);
      reading.outcomes.push(...unread.map(failed));
      for (const unit of units) reading.outcomes.push(await migrationEntryToParsed(unit));
      continue;
    }
    if (!isArchiveName(file)) {
      reading.outcomes.push(await importFileAtPath(file, importLimits));
      continue;
    }
    const contents = await readArchiveFile(file, options.archiveLimits ?? DEFAULT_ARCHIVE_LIMITS);
    if (contents.kind === 'bundle') reading.bundles.push({ path: file, manifest: contents.manifest });
    reading.outcomes.push(...(await archiveOutcomes(contents, importLimits)));
  }
  return reading;
}
