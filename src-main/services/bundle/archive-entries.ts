/**
 * The files of an archive by their checked path: folders are dropped, unsafe paths (zip slip) and names that appear
 * twice become failures, and the sizes the archive declares are added up against the total limit before anything
 * is inflated.
 */
import type { ImportFailure } from '../../../src-shared/contract';
import type { ArchiveLimits } from './archive-limits';
import { insideArchive } from './archive-problem';
import { checkEntryPath, printableName } from './entry-path';
import { formatSize } from '../import/import-problem';
import { type FailureReason, reason, withoutOk } from '../import/reason';
import type { ZipEntry } from './zip-directory';

export function listArchiveFiles(
  entries: readonly ZipEntry[],
  archiveName: string,
  failures: ImportFailure[],
): Map<string, ZipEntry> {
  const files = new Map<string, ZipEntry>();
  const folded = new Set<string>();
  for (const entry of entries) {
    const checked = checkEntryPath(entry.rawName);
    if (!checked.ok) {
      failures.push({ path: insideArchive(archiveName, printableName(entry.rawName)), ...withoutOk(checked) });
      continue;
    }
    if (checked.folder) continue;
    const key = checked.path.normalize('NFC').toLowerCase();
    if (folded.has(key)) {
      failures.push({ path: insideArchive(archiveName, checked.path), ...reason('archiveDuplicateEntry') });
      continue;
    }
    folded.add(key);
    files.set(checked.path, entry);
  }
  return files;
}

/** Why these entries may not be read at all, together, or null. */
export function totalSizeReason(entries: Iterable<ZipEntry>, limits: ArchiveLimits): FailureReason | null {
  let total = 0;
  for (const entry of entries) total += entry.size;
  if (total <= limits.maxTotalBytes) return null;
  return reason('archiveTooLargeUncompressed', { size: formatSize(total), limit: formatSize(limits.maxTotalBytes) });
}
