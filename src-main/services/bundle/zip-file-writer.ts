/**
 * Writes a zip into a Node stream, file after file, ZIP64 where the archive needs it (zip-records.ts). Files are
 * deflated in Node's zlib thread pool (never on the main thread's event loop), several at once, and written in the
 * order given; only the central directory's small records stay in memory until `finish`.
 */
import { promisify } from 'node:util';
import { crc32, deflateRaw } from 'node:zlib';
import type { Writable } from 'node:stream';
import { centralHeader, checkEntrySize, dosDateTime, endRecords, localHeader, type WrittenEntry } from './zip-records';

export interface ZipFileInput {
  path: string;
  bytes: Uint8Array;
  /** False for data that is already compressed: stored as it is. */
  compress: boolean;
}

const deflate = promisify(deflateRaw);
const encoder = new TextEncoder();
/** The central directory is handed to the stream in pieces of about this size. */
const DIRECTORY_PIECE = 1024 * 1024;

export class ZipFileWriter {
  private offset = 0;
  private readonly entries: WrittenEntry[] = [];
  private readonly time: { dosTime: number; dosDate: number };

  constructor(
    private readonly stream: Writable,
    modified: Date,
  ) {
    this.time = dosDateTime(modified);
  }

  get entryCount(): number {
    return this.entries.length;
  }

  /** Compresses the files and writes them, in order. Wait for the stream to drain between calls. */
  async add(files: readonly ZipFileInput[]): Promise<void> {
    const prepared = await Promise.all(files.map(async (file) => {
      checkEntrySize(file.bytes.length);
      const data = file.compress ? await deflate(file.bytes, { level: 6 }) : file.bytes;
      return { file, data };
    }));
    for (const { file, data } of prepared) {
      const entry: WrittenEntry = {
        name: encoder.encode(file.path),
        method: file.compress ? 8 : 0,
        crc32: crc32(file.bytes) >>> 0,
        compressedSize: data.length,
        size: file.bytes.length,
        localHeaderOffset: this.offset,
        ...this.time,
      };
      checkEntrySize(entry.compressedSize);
      this.write(localHeader(entry));
      this.write(data);
      this.entries.push(entry);
    }
  }

  /** Writes the central directory and the end records; `drained` is awaited between pieces. */
  async finish(drained: () => Promise<void>): Promise<void> {
    const directoryOffset = this.offset;
    let piece: Buffer[] = [];
    let pieceBytes = 0;
    for (const entry of this.entries) {
      const header = centralHeader(entry);
      piece.push(header);
      pieceBytes += header.length;
      if (pieceBytes < DIRECTORY_PIECE) continue;
      this.write(Buffer.concat(piece));
      piece = [];
      pieceBytes = 0;
      await drained();
    }
    this.write(Buffer.concat(piece));
    this.write(endRecords(this.entries.length, directoryOffset, this.offset - directoryOffset));
    await drained();
  }

  private write(bytes: Uint8Array): void {
    if (bytes.length === 0 || this.stream.destroyed) return;
    this.stream.write(bytes);
    this.offset += bytes.length;
  }
}
