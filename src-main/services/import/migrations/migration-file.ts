/**
 * A migration export that is one file, read from disk or from dropped bytes into its entries: a `.json` file
 * (wallabag's, Karakeep's or Hypothesis's export), a `.csv` file (Instapaper's, Raindrop's, Readwise Reader's) or
 * a browser's bookmarks file (an `.html` file that begins `<!DOCTYPE NETSCAPE-Bookmark-file-1>`; any other `.html`
 * file is a web page). Which export it is comes from its content, not its name. The file's size is checked before
 * it is read; a file that cannot be read is one failure with the reason.
 */
import { open, readFile, stat } from 'node:fs/promises';
import type { ImportFailure } from '../../../../src-shared/contract';
import { parseJsonBytes } from '../../bundle/json-file';
import { readErrorReason, tooLargeReason } from '../failure-reasons';
import { readBookmarksExport } from './bookmarks-export';
import { readCsvExport } from './csv-export-file';
import { isHypothesisExport, readHypothesisExport } from './hypothesis-export';
import { isKarakeepExport, readKarakeepExport } from './karakeep-export';
import type { MigrationExpansion } from './migration-entry';
import { exportFileNotJson, exportNotRecognised } from './migration-failures';
import { isNetscapeBookmarks } from './netscape-bookmarks';
import { isWallabagExport, readWallabagExport } from './wallabag-export';

/** The largest export file read (it is parsed whole; wallabag exports carry every article's HTML). */
export const MAX_EXPORT_FILE_BYTES = 512 * 1024 * 1024;

/** The bytes of an `.html` file read to tell a bookmarks file from a web page. */
const SNIFFED_BYTES = 1024;

/** Whether a file is read as a migration export by its name alone: a `.json` or `.csv` file (its content then says which). */
export function isMigrationFileName(name: string): boolean {
  return /\.(json|csv)$/i.test(name);
}

function isHtmlName(name: string): boolean {
  return /\.html?$/i.test(name);
}

/** Whether these bytes (the file's first ones are enough) are a migration export: by name, or a bookmarks file. */
export function isMigrationBytes(name: string, bytes: Uint8Array): boolean {
  if (isMigrationFileName(name)) return true;
  return isHtmlName(name) && isNetscapeBookmarks(new TextDecoder('utf-8').decode(bytes.subarray(0, SNIFFED_BYTES)));
}

/** The same for a file on disk (an `.html` file's first bytes are read; one that cannot be read is a web page). */
export async function isMigrationPath(path: string): Promise<boolean> {
  if (isMigrationFileName(path)) return true;
  if (!isHtmlName(path)) return false;
  try {
    const handle = await open(path, 'r');
    try {
      const head = new Uint8Array(SNIFFED_BYTES);
      const { bytesRead } = await handle.read(head, 0, SNIFFED_BYTES, 0);
      return isMigrationBytes(path, head.subarray(0, bytesRead));
    } finally {
      await handle.close();
    }
  } catch {
    return false;
  }
}

function failed(path: string, failure: Omit<ImportFailure, 'path'>): MigrationExpansion<ImportFailure> {
  return { units: [], failures: [{ path, ...failure }] };
}

function readJsonExport(bytes: Uint8Array, path: string): MigrationExpansion<ImportFailure> {
  const parsed = parseJsonBytes(bytes);
  const file = path.replace(/^.*[/\\]/, '');
  if (!parsed.ok) return failed(path, exportFileNotJson(path, file, 'wallabag'));
  if (isWallabagExport(parsed.value)) return readWallabagExport(parsed.value, path);
  if (isKarakeepExport(parsed.value)) return readKarakeepExport(parsed.value, path);
  if (isHypothesisExport(parsed.value)) return readHypothesisExport(parsed.value, path);
  return failed(path, exportNotRecognised(path));
}

export function expandMigrationBytes(bytes: Uint8Array, path: string, maxBytes = MAX_EXPORT_FILE_BYTES): MigrationExpansion<ImportFailure> {
  if (bytes.length > maxBytes) return failed(path, tooLargeReason(bytes.length, maxBytes));
  if (/\.csv$/i.test(path)) return readCsvExport(new TextDecoder('utf-8').decode(bytes), path);
  if (isHtmlName(path)) return readBookmarksExport(new TextDecoder('utf-8').decode(bytes), path);
  return readJsonExport(bytes, path);
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
