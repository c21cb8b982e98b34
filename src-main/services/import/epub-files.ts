/**
 * The files of an EPUB (a zip, EPUB Open Container Format 3.3 §4), read with the bundle reader's zip code and
 * limits: the central directory first, unsafe paths refused, the declared sizes added up against the total limit
 * before anything is inflated, each entry inflated on demand within its own limits. A file that cannot be read is
 * an ImportProblem naming the entry.
 */
import type { CodedReason } from '../../../src-shared/contract';
import { DEFAULT_ARCHIVE_LIMITS, type ArchiveLimits } from '../bundle/archive-limits';
import { listArchiveFiles, totalSizeReason } from '../bundle/archive-entries';
import { ArchiveProblem } from '../bundle/archive-problem';
import { EntryReader } from '../bundle/entry-reader';
import { readZipDirectory, type ZipEntry } from '../bundle/zip-directory';
import { ImportProblem } from './import-problem';

export class EpubFiles {
  private constructor(
    private readonly files: Map<string, ZipEntry>,
    private readonly reader: EntryReader,
  ) {}

  static open(bytes: Uint8Array, fileName: string, limits: ArchiveLimits = DEFAULT_ARCHIVE_LIMITS): EpubFiles {
    let entries: ZipEntry[];
    try {
      entries = readZipDirectory(bytes, limits.maxEntries);
    } catch (error) {
      if (error instanceof ArchiveProblem) throw new ImportProblem('epubCannotOpen', { cause: error.failure });
      throw error;
    }
    const reader = new EntryReader(bytes, fileName, limits);
    const files = listArchiveFiles(entries, fileName, reader.failures);
    const tooLarge = totalSizeReason(files.values(), limits);
    if (tooLarge) throw new ImportProblem('epubTooLarge', tooLarge.params);
    return new EpubFiles(files, reader);
  }

  has(path: string): boolean {
    return this.files.has(path);
  }

  /** The entry's bytes, or null when the book has no such file. Throws when the file is there but unreadable. */
  bytes(path: string): Uint8Array | null {
    const entry = this.files.get(path);
    if (!entry) return null;
    const bytes = this.reader.read(path, entry);
    if (!bytes) {
      const failure = this.reader.failures[this.reader.failures.length - 1];
      const cause: CodedReason = failure?.code ? { code: failure.code, ...(failure.params ? { params: failure.params } : {}) } : { code: 'readFailed' };
      throw new ImportProblem('epubFileUnreadable', { path, cause });
    }
    return bytes;
  }

  /** The entry's bytes when it can be read within `maxBytes`, else null (an image too large is left out, not fatal). */
  optionalBytes(path: string, maxBytes: number): Uint8Array | null {
    const entry = this.files.get(path);
    if (!entry || entry.size > maxBytes) return null;
    return this.reader.read(path, entry);
  }

  /** The entry as UTF-8 text (EPUB requires UTF-8 or UTF-16; a BOM decides), or null when it is missing. */
  text(path: string): string | null {
    const bytes = this.bytes(path);
    if (!bytes) return null;
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
    return new TextDecoder('utf-8').decode(bytes);
  }
}
