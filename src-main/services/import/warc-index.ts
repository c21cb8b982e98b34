/**
 * The first reading of a WARC file, streamed record by record (warc-records.ts): where each page (a 200 HTML
 * response, warc-selection.ts) and each image is, by byte, and which images each page may show (warc-image-refs.ts).
 * Only that is kept: a 2 GB archive is never held, a page's HTML only while its image addresses are read. The first
 * capture of an address is the one taken. What cannot be read is a failure naming the record by address and byte;
 * the reading goes on after a record whose length lies, and stops where the file is cut off or damaged.
 */
import { open } from 'node:fs/promises';
import type { ImportFailure } from '../../../src-shared/contract';
import { tooLargeReason } from './failure-reasons';
import { reason } from './reason';
import { type RecordWhere, recordLabel, warcFailure } from './warc-failures';
import { imageAddresses } from './warc-image-refs';
import { fileRange, readWarcRecords, type WarcRecordInfo } from './warc-records';
import { charsetOf, recordRole, type RecordHeads } from './warc-selection';

/** A record's place: the byte range of its WARC file in the file read (a WACZ member's), and its byte there. */
export interface RecordPlace {
  start: number;
  end: number;
  offset: number;
}

export interface IndexedPage {
  uri: string;
  place: RecordPlace;
  member: string;
  /** WARC-Date: when the page was captured. */
  capturedAt: string | null;
  /** The record's declared length, for the progress. */
  size: number;
  /** The images it may show, by address (not yet checked against the archive's images). */
  imageUrls: string[];
}

export interface WarcIndex {
  pages: IndexedPage[];
  /** The archive's images by address: the first capture of each. */
  images: Map<string, RecordPlace>;
  failures: ImportFailure[];
}

export function emptyIndex(): WarcIndex {
  return { pages: [], images: new Map(), failures: [] };
}

/** One WARC file of the archive: the file, the byte range it fills, and how reports name it. */
export interface WarcSpan extends RecordWhere {
  filePath: string;
  start: number;
  end: number;
}

/** Bytes after the last record that are only line ends (a plain WARC ends its last record with two). */
const TRAILING_SLACK = 4;

function headsOf(info: WarcRecordInfo): RecordHeads {
  const { record } = info;
  const status = record.httpHeaders ? Number(record.httpHeaders.statusCode) : NaN;
  return {
    type: record.warcType ?? null,
    status: Number.isFinite(status) ? status : null,
    contentType: record.httpHeaders?.headers.get('content-type') ?? null,
    uri: record.warcTargetURI ?? null,
  };
}

function decodeForAddresses(content: Uint8Array, contentType: string | null): string {
  try {
    return new TextDecoder(charsetOf(contentType) ?? 'utf-8').decode(content);
  } catch {
    return new TextDecoder('utf-8').decode(content);
  }
}

/** What the reading knows of the record it read last, to undo it when the next one says its length lied. */
interface Last {
  uri: string | null;
  offset: number;
  length: number;
  took: 'page' | 'image' | null;
}

class SpanReader {
  private last: Last | null = null;
  private readonly seenPages = new Set<string>();

  constructor(
    private readonly span: WarcSpan,
    private readonly index: WarcIndex,
    private readonly maxPageBytes: number,
  ) {}

  private fail(uri: string | null, why: ReturnType<typeof reason>): void {
    this.index.failures.push(warcFailure(this.span, uri, why));
  }

  /** The record read last did not end where its length said: it is dropped, and named. */
  lengthLied(): void {
    const last = this.last;
    if (!last) return;
    if (last.took === 'page') {
      this.index.pages.pop();
      if (last.uri) this.seenPages.delete(last.uri);
    }
    if (last.took === 'image' && last.uri) this.index.images.delete(last.uri);
    this.fail(last.uri, reason('warcLengthLies', { entry: recordLabel(last.uri), offset: this.span.start + last.offset, length: last.length }));
    this.last = null;
  }

  private cut(uri: string | null, offset: number, length: number): void {
    this.fail(uri, reason('warcRecordCut', { entry: recordLabel(uri), offset: this.span.start + offset, length }));
  }

  async take(info: WarcRecordInfo): Promise<void> {
    const heads = headsOf(info);
    const { record } = info;
    const length = record.warcContentLength;
    const place = { start: this.span.start, end: this.span.end, offset: info.offset };
    const last: Last = { uri: heads.uri, offset: info.offset, length, took: null };
    const role = recordRole(heads);
    if (role === 'page' && heads.uri && !this.seenPages.has(heads.uri)) {
      if (length > this.maxPageBytes) {
        await record.skipFully();
        this.fail(heads.uri, tooLargeReason(length, this.maxPageBytes));
      } else {
        const content = await record.readFully(true);
        if (info.cut()) return this.cut(heads.uri, info.offset, length);
        this.seenPages.add(heads.uri);
        this.index.pages.push({
          uri: heads.uri,
          place,
          member: this.span.member,
          capturedAt: record.warcDate ?? null,
          size: length,
          imageUrls: imageAddresses(decodeForAddresses(content, heads.contentType), heads.uri),
        });
        last.took = 'page';
      }
    } else {
      await record.skipFully();
      if (info.cut()) return this.cut(heads.uri, info.offset, length);
      if (role === 'image' && heads.uri && !this.index.images.has(heads.uri)) {
        this.index.images.set(heads.uri, place);
        last.took = 'image';
      }
    }
    this.last = last;
  }
}

/** How a reading from one byte ended: at the span's end, or at bytes that are no record (where, in the file). */
type Stop = { kind: 'end' } | { kind: 'damaged'; at: number } | { kind: 'done' };

async function indexFrom(span: WarcSpan, from: number, reader: SpanReader, index: WarcIndex, first: boolean, signal?: AbortSignal): Promise<Stop> {
  const reading = readWarcRecords(fileRange(span.filePath, from, span.end));
  const base = from - span.start;
  let records = 0;
  let lastGood = 0;
  try {
    for await (const info of reading.records) {
      if (signal?.aborted) return { kind: 'done' };
      if (info.previousLied) reader.lengthLied();
      if (!(info.record.warcHeaders.protocol ?? '').startsWith('WARC/')) {
        if (first && records === 0) {
          index.failures.push(warcFailure(span, null, reason('warcNotWarc')));
          return { kind: 'done' };
        }
        return { kind: 'damaged', at: from + info.offset };
      }
      records += 1;
      lastGood = info.offset;
      await reader.take({ ...info, offset: base + info.offset });
    }
    if (reading.lastLied()) reader.lengthLied();
  } catch (error) {
    const detail = error instanceof Error ? (error.message.split('\n')[0] ?? '').slice(0, 200) : String(error);
    index.failures.push(warcFailure(span, null, reason('warcUnreadable', { offset: from + lastGood, detail })));
    return { kind: 'done' };
  }
  if (first && records === 0) {
    index.failures.push(warcFailure(span, null, reason('warcNotWarc')));
    return { kind: 'done' };
  }
  if (span.end - from - reading.endOffset() > TRAILING_SLACK) return { kind: 'damaged', at: from + reading.endOffset() };
  return { kind: 'end' };
}

/** After damage, how many times the reading looks for the next record before it gives up on the file. */
const MAX_RESYNCS = 100;
const SEARCH_CHUNK = 1024 * 1024;
/** Candidates tried per search (each is a parse attempt). */
const MAX_CANDIDATES = 2000;
const GZIP_MAGIC = [0x1f, 0x8b, 0x08];
const WARC_LINE = [...new TextEncoder().encode('WARC/1.')];

async function isRecordAt(span: WarcSpan, at: number): Promise<boolean> {
  const stream = fileRange(span.filePath, at, span.end) as AsyncIterable<Uint8Array> & { destroy?: () => void };
  try {
    const { records } = readWarcRecords(stream);
    const first = await records.next();
    return !first.done && (first.value.record.warcHeaders.protocol ?? '').startsWith('WARC/');
  } catch {
    return false;
  } finally {
    stream.destroy?.();
  }
}

function matchesAt(bytes: Uint8Array, at: number, pattern: readonly number[]): boolean {
  return pattern.every((byte, index) => bytes[at + index] === byte);
}

/** The byte where the next whole record begins after `from` (a gzip member, or a `WARC/` line), or null. */
async function nextRecordStart(span: WarcSpan, from: number, gzipped: boolean): Promise<number | null> {
  const pattern = gzipped ? GZIP_MAGIC : WARC_LINE;
  let tried = 0;
  for (let start = from; start < span.end; start += SEARCH_CHUNK) {
    const chunk = new Uint8Array(Math.min(SEARCH_CHUNK + pattern.length, span.end - start));
    const handle = await open(span.filePath, 'r');
    try {
      await handle.read(chunk, 0, chunk.length, start);
    } finally {
      await handle.close();
    }
    for (let at = 0; at < Math.min(SEARCH_CHUNK, chunk.length); at += 1) {
      if (!matchesAt(chunk, at, pattern) || (!gzipped && at > 0 && chunk[at - 1] !== 10)) continue;
      if (await isRecordAt(span, start + at)) return start + at;
      tried += 1;
      if (tried >= MAX_CANDIDATES) return null;
    }
  }
  return null;
}

async function isGzipped(span: WarcSpan): Promise<boolean> {
  const head = new Uint8Array(2);
  const handle = await open(span.filePath, 'r');
  try {
    await handle.read(head, 0, 2, span.start);
  } finally {
    await handle.close();
  }
  return head[0] === 0x1f && head[1] === 0x8b;
}

/**
 * Reads one WARC file (or a WACZ's member) into the index. Where it meets bytes that are no record (after a record
 * whose length lies, or damage), it looks for the next record (the next gzip member that begins with one, or the next
 * `WARC/` line) and goes on from there; with none, the report says where the archive is cut off or damaged.
 */
export async function indexWarcSpan(span: WarcSpan, index: WarcIndex, maxPageBytes: number, signal?: AbortSignal): Promise<void> {
  const reader = new SpanReader(span, index, maxPageBytes);
  const gzipped = await isGzipped(span);
  let from = span.start;
  for (let pass = 0; pass <= MAX_RESYNCS; pass += 1) {
    const stop = await indexFrom(span, from, reader, index, pass === 0, signal);
    if (stop.kind !== 'damaged' || signal?.aborted) return;
    const next = await nextRecordStart(span, Math.max(stop.at, from + 1), gzipped);
    if (next === null) {
      index.failures.push(warcFailure(span, null, reason('warcDamagedAfter', { offset: stop.at })));
      return;
    }
    from = next;
  }
}
