/**
 * readArchive(bytes, archiveName, limits): an Offprint bundle's articles, or a plain zip's members, or the one
 * reason nothing can be read. An archive is a bundle when its name ends in `.offprint` or when its root holds a
 * manifest.json that says `"format": "offprint-bundle"`; a zip with Omnivore's metadata files is an Omnivore export,
 * one with a CSV of Pocket's columns at its root a Pocket export (each read into its entries, import/migrations);
 * any other zip is read as a plain zip.
 * Nothing is written to disk; every limit is checked before inflating (see archive-limits.ts).
 */
import { readFile, stat } from 'node:fs/promises';
import { ArchiveProblem } from './archive-problem';
import { DEFAULT_ARCHIVE_LIMITS, type ArchiveLimits } from './archive-limits';
import { listArchiveFiles } from './archive-entries';
import type { ArchiveContents } from './archive-units';
import { EntryReader } from './entry-reader';
import { parseJsonBytes } from './json-file';
import { BUNDLE_EXTENSION, claimsToBeBundle, MANIFEST_PATH } from './manifest';
import { readBundle } from './read-bundle';
import { readZipMembers } from './read-zip-members';
import { isOmnivoreExport, readOmnivoreExport } from '../import/migrations/omnivore-export';
import { isPocketExport, readPocketExport } from '../import/migrations/pocket-export';
import { readZipDirectory, type ZipEntry } from './zip-directory';
import { readErrorReason } from '../import/failure-reasons';
import { formatSize } from '../import/import-problem';
import { type FailureReason, reason } from '../import/reason';

export const ARCHIVE_EXTENSIONS: readonly string[] = ['.zip', BUNDLE_EXTENSION];

/** Whether a file name is read with readArchive (`.zip`, `.offprint`). */
export function isArchiveName(name: string): boolean {
  const lower = name.toLowerCase();
  return ARCHIVE_EXTENSIONS.some((extension) => lower.endsWith(extension));
}

function unreadable(archiveName: string, why: FailureReason): ArchiveContents {
  return { kind: 'unreadable', archiveName, failures: [{ path: archiveName, ...why }] };
}

function archiveTooLarge(size: number, limits: ArchiveLimits): FailureReason {
  return reason('archiveTooLarge', { size: formatSize(size), limit: formatSize(limits.maxArchiveBytes) });
}

const MAX_SNIFFED_MANIFEST = 1024 * 1024;

function looksLikeBundle(archiveName: string, files: Map<string, ZipEntry>, reader: EntryReader): boolean {
  if (archiveName.toLowerCase().endsWith(BUNDLE_EXTENSION)) return true;
  const manifest = files.get(MANIFEST_PATH);
  if (!manifest || manifest.size > MAX_SNIFFED_MANIFEST) return false;
  const bytes = reader.read(MANIFEST_PATH, manifest);
  const json = bytes ? parseJsonBytes(bytes) : null;
  return json?.ok === true && claimsToBeBundle(json.value);
}

export function readArchive(
  bytes: Uint8Array,
  archiveName: string,
  limits: ArchiveLimits = DEFAULT_ARCHIVE_LIMITS,
): ArchiveContents {
  if (bytes.length > limits.maxArchiveBytes) {
    return unreadable(archiveName, archiveTooLarge(bytes.length, limits));
  }
  let entries: ZipEntry[];
  try {
    entries = readZipDirectory(bytes, limits.maxEntries);
  } catch (error) {
    if (error instanceof ArchiveProblem) return unreadable(archiveName, error.failure);
    throw error;
  }
  const reader = new EntryReader(bytes, archiveName, limits);
  const files = listArchiveFiles(entries, archiveName, reader.failures);
  if (looksLikeBundle(archiveName, files, reader)) return readBundle(files, reader, limits);
  const migration = isOmnivoreExport(files)
    ? readOmnivoreExport(files, reader, limits)
    : isPocketExport(files, reader)
      ? readPocketExport(files, reader, limits)
      : null;
  if (migration) {
    if (migration.tooLarge) return unreadable(archiveName, migration.tooLarge);
    return { kind: 'migration', archiveName, entries: migration.units, failures: [...reader.failures, ...migration.failures] };
  }
  return readZipMembers(files, reader, limits);
}

/** Reads the archive at this path (its size checked first), then readArchive. `archiveName` defaults to the path. */
export async function readArchiveFile(
  filePath: string,
  limits: ArchiveLimits = DEFAULT_ARCHIVE_LIMITS,
  archiveName: string = filePath,
): Promise<ArchiveContents> {
  let bytes: Uint8Array;
  try {
    const info = await stat(filePath);
    if (!info.isFile()) return unreadable(archiveName, readErrorReason({ code: info.isDirectory() ? 'EISDIR' : 'EINVAL' }));
    if (info.size > limits.maxArchiveBytes) {
      return unreadable(archiveName, archiveTooLarge(info.size, limits));
    }
    bytes = new Uint8Array(await readFile(filePath));
  } catch (error) {
    return unreadable(archiveName, readErrorReason(error));
  }
  return readArchive(bytes, archiveName, limits);
}
