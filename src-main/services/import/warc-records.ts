/**
 * The records of a WARC file (ISO 28500; webrecorder's warcio reads them, gzip per record included), read from a
 * stream one at a time, never the whole file. Each record says where it begins (the byte of its gzip member, or of
 * its `WARC/` line), so it can be read again alone later (readWarcRecordAt). What warcio only warns about is kept as
 * a problem of the record: a record whose Content-Length lies (the next record does not begin where it says), one cut
 * off before its declared end, and bytes after the last record that are no record (a file cut off or damaged).
 */
import { createReadStream } from 'node:fs';
import { type LimitReader, WARCParser, type StatusAndHeaders, type WARCRecord } from 'warcio';

/** What went wrong with one record: its length lies, or the file ends inside it. */
export type WarcRecordProblem = 'length' | 'cut';

export interface WarcRecordInfo {
  /** Where the record begins in the stream read (add the stream's start for the file's byte). */
  offset: number;
  record: WARCRecord;
  /** Whether the record before this one did not end where its Content-Length said. */
  previousLied: boolean;
  /** After the content was read or skipped: whether the stream ended before the record's declared length. */
  cut(): boolean;
}

const NEWLINES = new Set([10, 13]);
const decoder = new TextDecoder();

/**
 * warcio's parser, with its check of where a record ends kept instead of printed (`console.warn` in warcio): the
 * same steps as WARCParser.readToNextRecord (warcio 2.4.11, src/lib/warcparser.ts), which skip the record's rest and
 * the blank lines after it.
 */
class CheckedWarcParser extends WARCParser {
  /** Set when the record just finished did not end where its Content-Length said. */
  lengthLied = false;
  /** The reader of the current record's content (warcio's LimitReader): what it has left when read says it was cut. */
  private limit: LimitReader | null = null;

  override _initRecordReader(warcHeaders: StatusAndHeaders): LimitReader {
    this.limit = super._initRecordReader(warcHeaders);
    return this.limit;
  }

  /** Whether the current record's content ended before its declared length (read or skipped first). */
  currentCut(): boolean {
    return this.limit !== null && this.limit.limit > 0;
  }

  override async readToNextRecord(): Promise<Uint8Array> {
    this.lengthLied = false;
    if (!this._record) return new Uint8Array();
    await this._record.skipFully();
    const reader = this._reader;
    if (reader.compressed) this._offset = reader.getRawOffset();
    const nextline = await reader.readlineRaw();
    if (nextline) {
      if (nextline.byteLength === 10 && decoder.decode(nextline).startsWith('WARC/')) return nextline;
      if (nextline.some((byte) => !NEWLINES.has(byte))) this.lengthLied = true;
    }
    if (reader.compressed) {
      await reader.skipSize(2);
      return new Uint8Array();
    }
    let line = await reader.readlineRaw();
    while (line && line.byteLength === 2) line = await reader.readlineRaw();
    this._offset = reader.getRawOffset() - (line ? line.length : 0);
    return line ?? new Uint8Array();
  }

  /** Whether the stream holds bytes after the last record that no record took (raw bytes, compressed or not). */
  get rawOffset(): number {
    return this._reader.getRawOffset();
  }
}

export interface WarcReading {
  /** Every record in order; read or skip each one's content before asking for the next. */
  records: AsyncGenerator<WarcRecordInfo, void, undefined>;
  /** After the records: where the reading stopped (raw bytes), to compare with the stream's length. */
  endOffset(): number;
  /** After the records: whether the last one did not end where its Content-Length said. */
  lastLied(): boolean;
}

/** Reads the records of a stream of WARC bytes (plain or gzipped per record, as warcio detects). */
export function readWarcRecords(stream: AsyncIterable<Uint8Array>): WarcReading {
  const parser = new CheckedWarcParser(stream);
  async function* records(): AsyncGenerator<WarcRecordInfo, void, undefined> {
    for (;;) {
      const record = await parser.parse();
      if (!record) return;
      yield { offset: parser.offset, record, previousLied: parser.lengthLied, cut: () => parser.currentCut() };
    }
  }
  return { records: records(), endOffset: () => parser.rawOffset, lastLied: () => parser.lengthLied };
}

/** A byte range of a file as a stream (a WACZ member's WARC is a range of the zip). */
export function fileRange(path: string, start: number, end?: number): AsyncIterable<Uint8Array> {
  return createReadStream(path, { start, ...(end !== undefined ? { end: end - 1 } : {}), highWaterMark: 256 * 1024 });
}

/** The one record beginning at this byte of the file, its content read whole (at most `maxBytes`), or null. */
export async function readWarcRecordAt(
  path: string,
  start: number,
  end: number | undefined,
  maxBytes: number,
): Promise<{ record: WARCRecord; content: Uint8Array } | null> {
  const stream = createReadStream(path, { start, ...(end !== undefined ? { end: end - 1 } : {}), highWaterMark: 64 * 1024 });
  try {
    const parser = new CheckedWarcParser(stream);
    const record = await parser.parse();
    if (!record || record.warcContentLength > maxBytes) return null;
    const content = await record.readFully(true);
    return parser.currentCut() ? null : { record, content };
  } finally {
    stream.destroy();
  }
}
