/**
 * The table of contents of a zip: its End of Central Directory record and the central directory's entries, read
 * without inflating anything. Only what Offprint needs is kept; anything it cannot read safely (ZIP64, archives
 * split over several disks, a directory that points outside the file) makes the whole archive unreadable, with a
 * reason. Format: PKWARE's APPNOTE.TXT, sections 4.3.7 (local header), 4.3.12 (central directory), 4.3.16 (EOCD).
 */
import { ArchiveProblem } from './archive-problem';

export interface ZipEntry {
  /** The name as stored (decoded as UTF-8, or as Latin-1 when it is not valid UTF-8). */
  rawName: string;
  /** 0 stored, 8 deflate; anything else cannot be read. */
  method: number;
  encrypted: boolean;
  symlink: boolean;
  crc32: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const EOCD_LENGTH = 22;
const CENTRAL_LENGTH = 46;
const MAX_COMMENT = 0xffff;
const UNIX = 3;
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function findEndRecord(bytes: Uint8Array, data: DataView): number {
  const last = bytes.length - EOCD_LENGTH;
  for (let at = last; at >= 0 && at >= last - MAX_COMMENT; at -= 1) {
    if (data.getUint32(at, true) === EOCD_SIGNATURE && at + EOCD_LENGTH + data.getUint16(at + 20, true) <= bytes.length) {
      return at;
    }
  }
  throw new ArchiveProblem('It is not a zip archive, or it is damaged (its table of contents is missing).');
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('latin1');

function decodeName(raw: Uint8Array): string {
  try {
    return utf8.decode(raw);
  } catch {
    return latin1.decode(raw);
  }
}

/** Reads the central directory; throws an ArchiveProblem when the archive cannot be read at all. */
export function readZipDirectory(bytes: Uint8Array, maxEntries: number): ZipEntry[] {
  if (bytes.length < EOCD_LENGTH) throw new ArchiveProblem('It is not a zip archive (the file is too short).');
  const data = view(bytes);
  const end = findEndRecord(bytes, data);
  const count = data.getUint16(end + 10, true);
  const directorySize = data.getUint32(end + 12, true);
  const directoryOffset = data.getUint32(end + 16, true);
  if (data.getUint16(end + 4, true) !== 0 || data.getUint16(end + 6, true) !== 0 || data.getUint16(end + 8, true) !== count) {
    throw new ArchiveProblem('The archive is split over several files, which Offprint cannot read.');
  }
  const zip64 = end >= 20 && data.getUint32(end - 20, true) === ZIP64_LOCATOR_SIGNATURE;
  if (zip64 || count === 0xffff || directoryOffset === 0xffffffff) {
    throw new ArchiveProblem('The archive uses ZIP64 (over 4 GB or 65,535 entries), which Offprint cannot read.');
  }
  if (count > maxEntries) {
    throw new ArchiveProblem(`The archive has too many entries (${count}; the limit is ${maxEntries}).`);
  }
  if (directoryOffset + directorySize > end) throw new ArchiveProblem('The archive is damaged (its table of contents is cut off).');
  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  for (let index = 0; index < count; index += 1) {
    if (at + CENTRAL_LENGTH > end || data.getUint32(at, true) !== CENTRAL_SIGNATURE) {
      throw new ArchiveProblem('The archive is damaged (an entry of its table of contents is unreadable).');
    }
    const nameLength = data.getUint16(at + 28, true);
    const extraLength = data.getUint16(at + 30, true);
    const commentLength = data.getUint16(at + 32, true);
    const next = at + CENTRAL_LENGTH + nameLength + extraLength + commentLength;
    if (next > end) throw new ArchiveProblem('The archive is damaged (its table of contents is cut off).');
    const entry: ZipEntry = {
      rawName: decodeName(bytes.subarray(at + CENTRAL_LENGTH, at + CENTRAL_LENGTH + nameLength)),
      method: data.getUint16(at + 10, true),
      encrypted: (data.getUint16(at + 8, true) & 1) === 1,
      symlink: data.getUint8(at + 5) === UNIX && ((data.getUint32(at + 38, true) >>> 16) & S_IFMT) === S_IFLNK,
      crc32: data.getUint32(at + 16, true),
      compressedSize: data.getUint32(at + 20, true),
      size: data.getUint32(at + 24, true),
      localHeaderOffset: data.getUint32(at + 42, true),
    };
    if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff || entry.localHeaderOffset === 0xffffffff) {
      throw new ArchiveProblem('The archive uses ZIP64 (over 4 GB or 65,535 entries), which Offprint cannot read.');
    }
    entries.push(entry);
    at = next;
  }
  return entries;
}
