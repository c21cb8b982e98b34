/**
 * The members of a WACZ (a zip: webrecorder's Web Archive Collection Zipped, spec 1.1.1) read from disk without
 * reading the zip whole: its central directory from the file's last bytes (bundle/zip-end-record.ts with a base),
 * the archive's limits checked as for every zip (entries, paths, sizes, ratios: bundle/), then the byte range of
 * each WARC file under `archive/` (stored uncompressed in the zip, as the spec says, so its records can be read
 * again by byte) and the bytes of `pages/pages.jsonl`.
 */
import { open } from 'node:fs/promises';
import type { ImportFailure } from '../../../src-shared/contract';
import type { ArchiveLimits } from '../bundle/archive-limits';
import { listArchiveFiles, totalSizeReason } from '../bundle/archive-entries';
import { ArchiveProblem, insideArchive } from '../bundle/archive-problem';
import { entryLimitReason, extractEntry } from '../bundle/extract-entry';
import { type ZipEntry, zipDirectoryEntries } from '../bundle/zip-directory';
import { readZipEnd } from '../bundle/zip-end-record';
import { reason } from './reason';
import type { WarcSpan } from './warc-index';

export interface WaczContents {
  spans: WarcSpan[];
  /** pages/pages.jsonl, or null when the WACZ has none. */
  pages: Uint8Array | null;
  failures: ImportFailure[];
}

/** The end records and a zip comment fit in this many last bytes. */
const TAIL_BYTES = 0xffff + 22 + 20 + 56 + 1024;
const LOCAL_LENGTH = 30;
const LOCAL_SIGNATURE = 0x04034b50;
const PAGES_PATH = 'pages/pages.jsonl';

export function isWarcMemberName(path: string): boolean {
  return /^archive\/[^/]+\.warc(\.gz)?$/i.test(path);
}

type FileHandle = Awaited<ReturnType<typeof open>>;

async function readRange(handle: FileHandle, start: number, length: number): Promise<Uint8Array> {
  const bytes = new Uint8Array(length);
  const { bytesRead } = await handle.read(bytes, 0, length, start);
  return bytes.subarray(0, bytesRead);
}

async function directoryOf(handle: FileHandle, size: number, limits: ArchiveLimits): Promise<ZipEntry[]> {
  let base = Math.max(0, size - TAIL_BYTES);
  let bytes = await readRange(handle, base, size - base);
  const end = readZipEnd(bytes, base);
  if (end.directoryOffset < base) {
    base = end.directoryOffset;
    bytes = await readRange(handle, base, size - base);
  }
  return Array.from(zipDirectoryEntries(bytes, limits.maxEntries, base));
}

/** Where a member's data begins: after its local header (whose name and extra field may differ from the directory's). */
async function dataStart(handle: FileHandle, entry: ZipEntry, size: number): Promise<number> {
  const header = await readRange(handle, entry.localHeaderOffset, LOCAL_LENGTH);
  const data = new DataView(header.buffer, header.byteOffset, header.byteLength);
  if (header.length < LOCAL_LENGTH || data.getUint32(0, true) !== LOCAL_SIGNATURE) throw new ArchiveProblem('entryHeaderMissing');
  const start = entry.localHeaderOffset + LOCAL_LENGTH + data.getUint16(26, true) + data.getUint16(28, true);
  if (start + entry.compressedSize > size) throw new ArchiveProblem('entryCutOff');
  return start;
}

async function readSmallMember(handle: FileHandle, entry: ZipEntry, size: number): Promise<Uint8Array> {
  const start = await dataStart(handle, entry, size);
  const bytes = await readRange(handle, entry.localHeaderOffset, start - entry.localHeaderOffset + entry.compressedSize);
  return extractEntry(bytes, { ...entry, localHeaderOffset: 0 });
}

/** The WACZ's WARC files and pages list, and what cannot be read in it; throws an ArchiveProblem when nothing can be. */
export async function readWaczDirectory(filePath: string, archiveName: string, size: number, limits: ArchiveLimits): Promise<WaczContents> {
  const handle = await open(filePath, 'r');
  try {
    const failures: ImportFailure[] = [];
    const files = listArchiveFiles(await directoryOf(handle, size, limits), archiveName, failures);
    const tooLarge = totalSizeReason(files.values(), limits);
    if (tooLarge) throw new ArchiveProblem(tooLarge.code as 'archiveTooLargeUncompressed', tooLarge.params);
    const contents: WaczContents = { spans: [], pages: null, failures };
    // A WARC file is streamed, never held: the limit of one entry read into memory does not apply to it.
    const streamed = { ...limits, maxEntryBytes: limits.maxTotalBytes };
    for (const [path, entry] of files) {
      const where = insideArchive(archiveName, path);
      try {
        if (isWarcMemberName(path)) {
          const refused = entryLimitReason(entry, streamed) ?? (entry.method !== 0 ? reason('waczWarcCompressed', { file: path }) : null);
          if (refused) failures.push({ path: where, ...refused });
          else {
            const start = await dataStart(handle, entry, size);
            contents.spans.push({ filePath, archiveName, member: path, start, end: start + entry.compressedSize });
          }
        } else if (path === PAGES_PATH) {
          const refused = entryLimitReason(entry, limits);
          if (refused) failures.push({ path: where, ...refused });
          else contents.pages = await readSmallMember(handle, entry, size);
        }
      } catch (error) {
        if (!(error instanceof ArchiveProblem)) throw error;
        failures.push({ path: where, ...error.failure });
      }
    }
    contents.spans.sort((a, b) => (a.member < b.member ? -1 : a.member > b.member ? 1 : 0));
    return contents;
  } finally {
    await handle.close();
  }
}
