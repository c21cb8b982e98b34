/** Why a bundle could not be written, in words a reader can act on (never a stack trace). */
export function writeErrorReason(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'The folder does not exist (it may have been moved or deleted).';
    case 'EACCES':
    case 'EPERM':
      return 'Offprint is not allowed to write there. Choose another folder.';
    case 'EROFS':
      return 'That disk is read-only. Choose another folder.';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'The disk is full.';
    case 'EISDIR':
      return 'That is a folder, not a file name.';
    default:
      return `The file could not be written${code ? ` (${code})` : ''}.`;
  }
}
