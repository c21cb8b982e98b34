/**
 * The headers a zip writer puts around its entries (PKWARE APPNOTE.TXT): the local file header before each entry's
 * data (4.3.7), its central directory header (4.3.12) and the end records (4.3.14–4.3.16). Each entry is whole in
 * memory when written, so its CRC-32 and sizes go into the local header and no data descriptor follows. ZIP64 is
 * used only where the 16- and 32-bit fields cannot hold a value: a local header offset past 4 GiB gets a ZIP64
 * extra field (4.5.3), and more than 65,535 entries or a directory past 4 GiB get the ZIP64 end record and locator
 * before the classic end record, whose overflowed fields then hold 0xFFFF / 0xFFFFFFFF.
 */
import { OVERFLOW_32, ZIP64_EXTRA_ID } from './zip64-extra';

export interface WrittenEntry {
  name: Uint8Array;
  /** 0 stored, 8 deflate. */
  method: 0 | 8;
  crc32: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
  dosTime: number;
  dosDate: number;
}

const UTF8_NAMES = 0x0800;
const VERSION = 20;
const VERSION_ZIP64 = 45;
const OVERFLOW_16 = 0xffff;

/** The MS-DOS time and date of a moment, in local time as zip tools show it (years 1980–2107). */
export function dosDateTime(date: Date): { dosTime: number; dosDate: number } {
  const year = Math.min(Math.max(date.getFullYear(), 1980), 2107);
  return {
    dosTime: (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1),
    dosDate: ((year - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  };
}

/** An entry's data must fit the local header's 32-bit sizes: entries are at most the archive limits' 64 MB. */
export function checkEntrySize(size: number): void {
  if (size >= OVERFLOW_32) throw new Error('A single file of 4 GB or more cannot be written into a bundle.');
}

/** Flags to the name's length: the same fields, in the same order, in the local and the central header. */
function writeEntryFields(header: Buffer, entry: WrittenEntry, at: number): void {
  header.writeUInt16LE(UTF8_NAMES, at);
  header.writeUInt16LE(entry.method, at + 2);
  header.writeUInt16LE(entry.dosTime, at + 4);
  header.writeUInt16LE(entry.dosDate, at + 6);
  header.writeUInt32LE(entry.crc32 >>> 0, at + 8);
  header.writeUInt32LE(entry.compressedSize, at + 12);
  header.writeUInt32LE(entry.size, at + 16);
  header.writeUInt16LE(entry.name.length, at + 20);
}

export function localHeader(entry: WrittenEntry): Buffer {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(VERSION, 4);
  writeEntryFields(header, entry, 6);
  return Buffer.concat([header, entry.name]);
}

export function centralHeader(entry: WrittenEntry): Buffer {
  const farOffset = entry.localHeaderOffset >= OVERFLOW_32;
  const extra = Buffer.alloc(farOffset ? 12 : 0);
  if (farOffset) {
    extra.writeUInt16LE(ZIP64_EXTRA_ID, 0);
    extra.writeUInt16LE(8, 2);
    extra.writeBigUInt64LE(BigInt(entry.localHeaderOffset), 4);
  }
  const header = Buffer.alloc(46);
  header.writeUInt32LE(0x02014b50, 0);
  header.writeUInt16LE(farOffset ? VERSION_ZIP64 : VERSION, 4);
  header.writeUInt16LE(farOffset ? VERSION_ZIP64 : VERSION, 6);
  writeEntryFields(header, entry, 8);
  header.writeUInt16LE(extra.length, 30);
  header.writeUInt32LE(farOffset ? OVERFLOW_32 : entry.localHeaderOffset, 42);
  return Buffer.concat([header, entry.name, extra]);
}

/** The end records for a directory of `count` entries, `size` bytes long, written at `offset`. */
export function endRecords(count: number, offset: number, size: number): Buffer {
  const zip64 = count >= OVERFLOW_16 || offset >= OVERFLOW_32 || size >= OVERFLOW_32;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(count, OVERFLOW_16), 8);
  end.writeUInt16LE(Math.min(count, OVERFLOW_16), 10);
  end.writeUInt32LE(Math.min(size, OVERFLOW_32), 12);
  end.writeUInt32LE(Math.min(offset, OVERFLOW_32), 16);
  if (!zip64) return end;
  const record = Buffer.alloc(56);
  record.writeUInt32LE(0x06064b50, 0);
  record.writeBigUInt64LE(BigInt(56 - 12), 4);
  record.writeUInt16LE(VERSION_ZIP64, 12);
  record.writeUInt16LE(VERSION_ZIP64, 14);
  record.writeBigUInt64LE(BigInt(count), 24);
  record.writeBigUInt64LE(BigInt(count), 32);
  record.writeBigUInt64LE(BigInt(size), 40);
  record.writeBigUInt64LE(BigInt(offset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(offset + size), 8);
  locator.writeUInt32LE(1, 16);
  return Buffer.concat([record, locator, end]);
}
