/** Why a file was not imported, in words a reader can act on. */
import { formatSize } from './import-problem';

export function unsupportedReason(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  const kind = dot > 0 ? `“${fileName.slice(dot).toLowerCase()}” files` : 'files without an extension';
  return `Offprint cannot import ${kind}. It imports saved pages (.txt), Markdown (.md, .markdown), web pages (.html, .htm, .mhtml, .mht, .webarchive) and EPUB books (.epub).`;
}

export function tooLargeReason(size: number, limit: number): string {
  return `The file is too large to import (${formatSize(size)}; the limit is ${formatSize(limit)} per file).`;
}

/** A reason for a file-system error (missing file, no permission, …), never a stack trace. */
export function readErrorReason(error: unknown, what: 'file' | 'folder' = 'file'): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'No file or folder exists at this path (it may have been moved or deleted).';
    case 'EACCES':
    case 'EPERM':
      return what === 'file'
        ? 'Offprint is not allowed to read this file. Check its permissions.'
        : 'Offprint is not allowed to open this folder. Check its permissions.';
    case 'EISDIR':
      return 'This is a folder, not a file.';
    case 'ELOOP':
      return 'This path is a link that points back to itself.';
    case 'EMFILE':
    case 'ENFILE':
      return 'Too many files are open at once. Import fewer files at a time.';
    default:
      return `The file could not be read${code ? ` (${code})` : ''}.`;
  }
}

/** An unexpected error while parsing: the format and the error's first line, for a report a reader can pass on. */
export function parseErrorReason(formatLabel: string, error: unknown): string {
  const message = error instanceof Error ? (error.message.split('\n')[0] ?? '').slice(0, 200) : '';
  return `The file could not be read as ${formatLabel}${message ? `: ${message}` : ''}.`;
}
