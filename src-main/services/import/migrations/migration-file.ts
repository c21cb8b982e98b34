/**
 * A migration export that is one file (wallabag's `.json`), read from disk or from dropped bytes into its entries.
 * The file's size is checked before it is read; a file that cannot be read is one failure with the reason.
 */
import { readFile, stat } from 'node:fs/promises';
import type { ImportFailure } from '../../../../src-shared/contract';
import { readErrorReason, tooLargeReason } from '../failure-reasons';
import type { MigrationExpansion } from './migration-entry';
import { readWallabagExport } from './wallabag-export';

/** The largest export file read (it is parsed whole; wallabag exports carry every article's HTML). */
export const MAX_EXPORT_FILE_BYTES = 512 * 1024 * 1024;

/** Whether a file is read as a migration export: a `.json` file (its content then says which, if any). */
export function isMigrationFileName(name: string): boolean {
  return name.toLowerCase().endsWith('.json');
}

function failed(path: string, failure: Omit<ImportFailure, 'path'>): MigrationExpansion<ImportFailure> {
  return { units: [], failures: [{ path, ...failure }] };
}

export function expandMigrationBytes(bytes: Uint8Array, path: string, maxBytes = MAX_EXPORT_FILE_BYTES): MigrationExpansion<ImportFailure> {
  if (bytes.length > maxBytes) return failed(path, tooLargeReason(bytes.length, maxBytes));
  return readWallabagExport(bytes, path);
}

export async function expandMigrationFile(path: string, maxBytes = MAX_EXPORT_FILE_BYTES): Promise<MigrationExpansion<ImportFailure>> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return failed(path, readErrorReason({ code: info.isDirectory() ? 'EISDIR' : 'EINVAL' }));
    if (info.size > maxBytes) return failed(path, tooLargeReason(info.size, maxBytes));
    return expandMigrationBytes(new Uint8Array(await readFile(path)), path, maxBytes);
  } catch (error) {
    return failed(path, readErrorReason(error));
  }
}
