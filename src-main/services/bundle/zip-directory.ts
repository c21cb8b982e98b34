/**
 * The table of contents of a zip: its End of Central Directory record and the central directory's entries, read
 * without inflating anything. Only what Offprint needs is kept; anything it cannot read safely (archives split over
 * several disks, a directory that points outside the file or holds more entries than its end record says) makes
 * the whole archive unreadable, with a reason. ZIP64 archives are read: their end records in zip-end-record.ts,
 * an entry's 64-bit sizes in zip64-extra.ts. Format: PKWARE's APPNOTE.TXT, sections 4.3.12 (central directory),
 * 4.3.14–4.3.16 (end records), 4.5.3 (ZIP64 extra field).
 */
import { ArchiveProblem } from './archive-problem';
import { readZipEnd } from './zip-end-record';
import { withZip64Sizes } from './zip64-extra';

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

const CENTRAL_SIGNATURE = 0x02014b50;
const CENTRAL_LENGTH = 46;
const UNIX = 3;
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
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
  return Array.from(zipDirectoryEntries(bytes, maxEntries));
}

/**
 * The central directory's entries one at a time, for a reader that yields to the event loop between them (a backup
 * of 100,000 articles has 200,000 entries: read in one go, main would answer nothing for a third of a second). The
 * end record is read, and the entry count checked, before the first entry; a directory that does not add up
 * throws when it is reached, so a reader must not act on the entries before it has read them all. `bytes` may be
 * the file from byte `base` on, when that holds the whole directory (readZipEnd).
 */
export function* zipDirectoryEntries(bytes: Uint8Array, maxEntries: number, base = 0): Generator<ZipEntry, void, undefined> {
  const { count, directoryOffset, directorySize } = readZipEnd(bytes, base);
  if (count > maxEntries) {
    throw new ArchiveProblem('archiveTooManyEntries', { entries: count, limit: maxEntries });
  }
  const data = view(bytes);
  const directoryEnd = directoryOffset + directorySize - base;
  let at = directoryOffset - base;
  if (at < 0) throw new ArchiveProblem('archiveDirectoryCutOff');
  for (let index = 0; index < count; index += 1) {
    if (at + CENTRAL_LENGTH > directoryEnd || data.getUint32(at, true) !== CENTRAL_SIGNATURE) {
      throw new ArchiveProblem('archiveEntryRecordUnreadable');
    }
    const nameLength = data.getUint16(at + 28, true);
    const extraLength = data.getUint16(at + 30, true);
    const commentLength = data.getUint16(at + 32, true);
    const extraStart = at + CENTRAL_LENGTH + nameLength;
    const next = extraStart + extraLength + commentLength;
    if (next > directoryEnd) throw new ArchiveProblem('archiveDirectoryCutOff');
    const sizes = withZip64Sizes(
      { compressedSize: data.getUint32(at + 20, true), size: data.getUint32(at + 24, true), localHeaderOffset: data.getUint32(at + 42, true) },
      data,
      extraStart,
      extraStart + extraLength,
    );
    yield {
      rawName: decodeName(bytes.subarray(at + CENTRAL_LENGTH, extraStart)),
      method: data.getUint16(at + 10, true),
      encrypted: (data.getUint16(at + 8, true) & 1) === 1,
      symlink: data.getUint8(at + 5) === UNIX && ((data.getUint32(at + 38, true) >>> 16) & S_IFMT) === S_IFLNK,
      crc32: data.getUint32(at + 16, true),
      ...sizes,
    };
    at = next;
  }
  // An end record whose count was cut to 16 bits (a writer without ZIP64) leaves entries unread: refuse it.
  if (at !== directoryEnd) {
    throw new ArchiveProblem('archiveDirectoryOverfull');
  }
}
