/**
 * Where a zip's central directory is and how many entries it holds: the End of Central Directory record
 * (APPNOTE.TXT 4.3.16), and when the archive is ZIP64 the ZIP64 End of Central Directory locator and record that
 * come before it (4.3.14, 4.3.15), whose 64-bit counts and offsets replace the 16- and 32-bit ones. An archive
 * split over several disks, or whose records point outside the file, cannot be read and says why.
 */
import { ArchiveProblem } from './archive-problem';

export interface ZipEnd {
  /** Where the end records start: the central directory must end here. */
  recordsStart: number;
  count: number;
  directoryOffset: number;
  directorySize: number;
  zip64: boolean;
}

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_END_SIGNATURE = 0x06064b50;
const EOCD_LENGTH = 22;
const ZIP64_LOCATOR_LENGTH = 20;
const ZIP64_END_LENGTH = 56;
const MAX_COMMENT = 0xffff;


function findEndRecord(bytes: Uint8Array, data: DataView): number {
  const last = bytes.length - EOCD_LENGTH;
  for (let at = last; at >= 0 && at >= last - MAX_COMMENT; at -= 1) {
    if (data.getUint32(at, true) === EOCD_SIGNATURE && at + EOCD_LENGTH + data.getUint16(at + 20, true) <= bytes.length) {
      return at;
    }
  }
  throw new ArchiveProblem('notZip');
}

/** A 64-bit field as a number; values past 2^53 cannot describe a file Offprint can hold. */
export function readUint64(data: DataView, at: number): number {
  const value = data.getBigUint64(at, true);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new ArchiveProblem('archiveZip64TooLarge');
  return Number(value);
}

function readZip64End(data: DataView, locator: number, base: number): ZipEnd {
  if (data.getUint32(locator + 4, true) !== 0 || data.getUint32(locator + 16, true) !== 1) throw new ArchiveProblem('archiveSplit');
  const at = readUint64(data, locator + 8) - base;
  if (at < 0 || at + ZIP64_END_LENGTH > locator || data.getUint32(at, true) !== ZIP64_END_SIGNATURE) throw new ArchiveProblem('archiveZip64Damaged');
  const count = readUint64(data, at + 32);
  if (data.getUint32(at + 16, true) !== 0 || data.getUint32(at + 20, true) !== 0 || readUint64(data, at + 24) !== count) {
    throw new ArchiveProblem('archiveSplit');
  }
  return { recordsStart: at + base, count, directorySize: readUint64(data, at + 40), directoryOffset: readUint64(data, at + 48), zip64: true };
}

/**
 * The end records of a zip. `bytes` is the file from byte `base` to its end (the whole file by default: a WACZ of
 * 2 GB is read from its last bytes, import/wacz-directory.ts); every offset returned is the file's.
 */
export function readZipEnd(bytes: Uint8Array, base = 0): ZipEnd {
  if (bytes.length < EOCD_LENGTH) throw new ArchiveProblem('zipTooShort');
  const data = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndRecord(bytes, data);
  const locator = end - ZIP64_LOCATOR_LENGTH;
  const zip64 = locator >= 0 && data.getUint32(locator, true) === ZIP64_LOCATOR_SIGNATURE;
  const found = zip64
    ? readZip64End(data, locator, base)
    : {
        recordsStart: end + base,
        count: data.getUint16(end + 10, true),
        directorySize: data.getUint32(end + 12, true),
        directoryOffset: data.getUint32(end + 16, true),
        zip64: false,
      };
  const disk = data.getUint16(end + 4, true);
  const directoryDisk = data.getUint16(end + 6, true);
  const onDisk = data.getUint16(end + 8, true);
  // In a ZIP64 archive these may hold 0xFFFF ("see the ZIP64 record"); otherwise they must say one disk.
  const oneDisk = (value: number, expected: number) => value === expected || (zip64 && value === 0xffff);
  if (!oneDisk(disk, 0) || !oneDisk(directoryDisk, 0) || !oneDisk(onDisk, data.getUint16(end + 10, true))) throw new ArchiveProblem('archiveSplit');
  if (!zip64 && (found.directoryOffset === 0xffffffff || found.directorySize === 0xffffffff)) throw new ArchiveProblem('archiveZip64Damaged');
  if (found.directoryOffset + found.directorySize > found.recordsStart) {
    throw new ArchiveProblem('archiveDirectoryCutOff');
  }
  return found;
}
