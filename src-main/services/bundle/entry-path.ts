/**
 * Zip slip: an entry's name must be a plain relative path that stays inside the archive. Backslashes count as
 * separators (Windows tools write them), and then no part may be `..`; absolute paths (`/etc/x`, `\\server\x`),
 * drive letters (`C:x`), control characters and empty names are refused. Offprint never writes entries to disk,
 * but the same rule keeps every path it reports and resolves (images of a zipped article) inside the archive.
 */
import type { ReasonParams } from '../../../src-shared/contract';
import type { ErrorCode } from '../../../src-shared/i18n';
import { type FailureReason, reason } from '../import/reason';

export type EntryPath = { ok: true; path: string; folder: boolean } | ({ ok: false } & FailureReason);

// eslint-disable-next-line no-control-regex -- control characters are what this refuses
const CONTROL = /[\u0000-\u001f\u007f]/;
const MAX_PATH_LENGTH = 1024;

export function checkEntryPath(rawName: string): EntryPath {
  const unsafe = (code: ErrorCode, params?: ReasonParams): EntryPath => ({ ok: false, ...reason(code, params) });
  if (rawName.length === 0) return unsafe('entryPathEmpty');
  if (rawName.length > MAX_PATH_LENGTH) return unsafe('entryPathTooLong', { limit: MAX_PATH_LENGTH });
  if (CONTROL.test(rawName)) return unsafe('entryPathControl');
  const slashed = rawName.replace(/\\/g, '/');
  if (slashed.startsWith('/')) return unsafe('entryPathAbsolute');
  if (/^[a-z]:/i.test(slashed)) return unsafe('entryPathDrive');
  const parts = slashed.split('/');
  if (parts.includes('..')) return unsafe('entryPathParent');
  const kept = parts.filter((part) => part !== '' && part !== '.');
  if (kept.length === 0) return unsafe('entryPathNoFile');
  return { ok: true, path: kept.join('/'), folder: slashed.endsWith('/') };
}

/** The name printed in a report for an entry whose path was refused: control characters made visible. */
export function printableName(rawName: string): string {
  return JSON.stringify(rawName.slice(0, 200)).slice(1, -1);
}
