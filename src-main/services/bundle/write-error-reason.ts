/** Why a file could not be written, in words a reader can act on (never a stack trace), as a coded reason. */
import { reason, type FailureReason } from '../import/reason';

export function writeErrorReason(error: unknown): FailureReason {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return reason('writeFolderMissing');
    case 'EACCES':
    case 'EPERM':
      return reason('writeNotAllowed');
    case 'EROFS':
      return reason('writeReadOnly');
    case 'ENOSPC':
    case 'EDQUOT':
      return reason('writeDiskFull');
    case 'EISDIR':
      return reason('writeIsFolder');
    default:
      return code ? reason('writeFailedCode', { code }) : reason('writeFailed');
  }
}
