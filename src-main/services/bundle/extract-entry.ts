/**
 * One entry's bytes, inflated within the limits. The declared sizes are checked first (entry size, compression
 * ratio); inflating then stops as soon as the output passes the declared size, so an entry that lies about its size
 * costs at most that size in memory. The CRC-32 is checked, so a damaged entry is named instead of imported.
 */
import { crc32, inflateRawSync } from 'node:zlib';
import type { ArchiveLimits } from './archive-limits';
import { ArchiveProblem } from './archive-problem';
import type { ZipEntry } from './zip-directory';
import { formatSize } from '../import/import-problem';
import { type FailureReason, reason } from '../import/reason';

const LOCAL_SIGNATURE = 0x04034b50;
const LOCAL_LENGTH = 30;

/** Why this entry may not be inflated at all (checked from the directory alone), or null. */
export function entryLimitReason(entry: ZipEntry, limits: ArchiveLimits): FailureReason | null {
  if (entry.symlink) return reason('entrySymlink');
  if (entry.encrypted) return reason('entryEncrypted');
  if (entry.method !== 0 && entry.method !== 8) {
    return reason('entryMethod', { method: entry.method });
  }
  if (entry.size > limits.maxEntryBytes) {
    return reason('entryTooLarge', { size: formatSize(entry.size), limit: formatSize(limits.maxEntryBytes) });
  }
  if (entry.size > limits.ratioAppliesAboveBytes && entry.size > entry.compressedSize * limits.maxCompressionRatio) {
    const limit = limits.maxCompressionRatio;
    if (entry.compressedSize === 0) return reason('entryZipBombEmpty', { limit });
    return reason('entryZipBomb', { ratio: Math.round(entry.size / entry.compressedSize), limit });
  }
  if (entry.method === 0 && entry.size !== entry.compressedSize) return reason('entrySizesDisagree');
  return null;
}

function dataStart(bytes: Uint8Array, entry: ZipEntry): number {
  const data = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + LOCAL_LENGTH > bytes.length || data.getUint32(at, true) !== LOCAL_SIGNATURE) {
    throw new ArchiveProblem('entryHeaderMissing');
  }
  const start = at + LOCAL_LENGTH + data.getUint16(at + 26, true) + data.getUint16(at + 28, true);
  if (start + entry.compressedSize > bytes.length) throw new ArchiveProblem('entryCutOff');
  return start;
}

/** The entry's bytes; throws an ArchiveProblem with the reason when it cannot be read. Check the limits first. */
export function extractEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const start = dataStart(bytes, entry);
  const compressed = bytes.subarray(start, start + entry.compressedSize);
  let output: Uint8Array;
  if (entry.method === 0) {
    output = compressed.slice();
  } else if (entry.size === 0) {
    output = new Uint8Array(0);
  } else {
    try {
      output = new Uint8Array(inflateRawSync(compressed, { maxOutputLength: entry.size }));
    } catch (error) {
      const tooLarge = (error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE';
      throw new ArchiveProblem(tooLarge ? 'entryOverflow' : 'entryInflateFailed');
    }
  }
  if (output.length !== entry.size) throw new ArchiveProblem('entryShort');
  if (crc32(output) >>> 0 !== entry.crc32 >>> 0) throw new ArchiveProblem('entryChecksum');
  return output;
}
