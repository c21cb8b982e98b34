/** Why a file was not imported, in words a reader can act on. */
import type { ErrorCode } from '../../../src-shared/i18n';
import { formatSize } from './import-problem';
import { type FailureReason, reason } from './reason';

export type { FailureReason } from './reason';

export function unsupportedReason(fileName: string): FailureReason {
  const dot = fileName.lastIndexOf('.');
  const extension = dot > 0 ? fileName.slice(dot).toLowerCase() : '';
  return extension ? reason('unsupportedExtension', { extension }) : reason('unsupportedNoExtension');
}

export function tooLargeReason(size: number, limit: number): FailureReason {
  return reason('tooLarge', { size: formatSize(size), limit: formatSize(limit) });
}

/** A reason for a file-system error (missing file, no permission, …), never a stack trace. */
export function readErrorReason(error: unknown, what: 'file' | 'folder' = 'file'): FailureReason {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return reason('pathMissing');
    case 'EACCES':
    case 'EPERM':
      return reason(what === 'file' ? 'fileNotAllowed' : 'folderNotAllowed');
    case 'EISDIR':
      return reason('isFolder');
    case 'ELOOP':
      return reason('linkLoop');
    case 'EMFILE':
    case 'ENFILE':
      return reason('tooManyOpen');
    default:
      return code ? reason('readFailedCode', { code }) : reason('readFailed');
  }
}

/** What a format is called in "The file could not be read as …" (a message of its own in every language). */
export type FormatCode = Extract<ErrorCode, `format${string}`>;

/** An unexpected error while parsing: the format and the error's first line, for a report a reader can pass on. */
export function parseErrorReason(format: FormatCode, error: unknown): FailureReason {
  const detail = error instanceof Error ? (error.message.split('\n')[0] ?? '').slice(0, 200) : '';
  const params = { format: reason(format) };
  return detail ? reason('parseFailedDetail', { ...params, detail }) : reason('parseFailed', params);
}
