/**
 * Web archives for the tests, written with webrecorder's warcio (WARCRecord.create and WARCSerializer: the writer
 * behind its `warcio` command and browsertrix's archives), gzip per record or plain, and WACZ zips around them (stored
 * members, as the WACZ spec asks, with pages/pages.jsonl). A record's Content-Length can be made to lie, to test
 * damaged archives.
 */
import { zipSync } from 'fflate';
import { WARCRecord, WARCSerializer } from 'warcio';
import { crc32, deflateSync, gzipSync } from 'node:zlib';

export interface WarcEntry {
  type?: 'response' | 'request' | 'revisit' | 'metadata' | 'warcinfo' | 'resource';
  url: string;
  /** WARC-Date (ISO 8601, seconds). */
  date: string;
  status?: number;
  contentType?: string;
  body: Uint8Array | string;
  /** Added to the record's Content-Length: a record whose length lies. */
  lengthLie?: number;
}

const encoder = new TextEncoder();

async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

const STATUS_TEXT: Record<number, string> = { 200: 'OK', 301: 'Moved Permanently', 404: 'Not Found' };

export async function warcRecordBytes(entry: WarcEntry, gzip: boolean): Promise<Uint8Array> {
  const type = entry.type ?? 'response';
  const body = typeof entry.body === 'string' ? encoder.encode(entry.body) : entry.body;
  const status = entry.status ?? 200;
  const http = type === 'response' || type === 'request' || type === 'revisit';
  const record = WARCRecord.create(
    {
      url: entry.url,
      date: entry.date,
      type,
      ...(http
        ? {
            httpHeaders: { 'Content-Type': entry.contentType ?? 'text/html; charset=utf-8' },
            statusline: type === 'request' ? `GET ${new URL(entry.url).pathname} HTTP/1.1` : `HTTP/1.1 ${status} ${STATUS_TEXT[status] ?? 'Status'}`,
          }
        : { warcHeaders: { 'Content-Type': entry.contentType ?? 'application/warc-fields' } }),
      ...(type === 'revisit' ? { refersToUrl: entry.url, refersToDate: entry.date, warcHeaders: { 'WARC-Profile': 'http://netpreserve.org/warc/1.1/revisit/identical-payload-digest' } } : {}),
    },
    once(body),
  );
  if (!entry.lengthLie) return WARCSerializer.serialize(record, { gzip });
  const plain = Buffer.from(await WARCSerializer.serialize(record, { gzip: false })).toString('latin1');
  const lying = plain.replace(/\r\nContent-Length: (\d+)\r\n/, (_whole, length: string) => `\r\nContent-Length: ${Number(length) + (entry.lengthLie ?? 0)}\r\n`);
  const bytes = Buffer.from(lying, 'latin1');
  return new Uint8Array(gzip ? gzipSync(bytes) : bytes);
}

export async function makeWarc(entries: readonly WarcEntry[], options: { gzip: boolean }): Promise<Uint8Array> {
  const parts = [await warcRecordBytes({ type: 'warcinfo', url: '', date: entries[0]?.date ?? '2024-01-01T00:00:00Z', body: 'software: warcio.js\r\nformat: WARC File Format 1.1\r\n' }, options.gzip)];
  for (const entry of entries) parts.push(await warcRecordBytes(entry, options.gzip));
  return new Uint8Array(Buffer.concat(parts));
}

export interface ListedPageLine {
  url: string;
  title?: string;
  ts: string;
}

/** A WACZ: its WARC files under archive/ (stored), pages/pages.jsonl, and datapackage.json. */
export function makeWacz(warcs: Record<string, Uint8Array>, pages: readonly ListedPageLine[] | null): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const [name, bytes] of Object.entries(warcs)) files[`archive/${name}`] = bytes;
  if (pages) {
    const lines = [JSON.stringify({ format: 'json-pages-1.0', id: 'pages', title: 'All Pages' }), ...pages.map((page, index) => JSON.stringify({ id: `p${index}`, ...page }))];
    files['pages/pages.jsonl'] = encoder.encode(`${lines.join('\n')}\n`);
  }
  files['datapackage.json'] = encoder.encode(JSON.stringify({ profile: 'data-package', wacz_version: '1.1.1', resources: [] }));
  return zipSync(files, { level: 0 });
}

function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** A real PNG of one colour (`rgb`), `size` pixels square, for images held in an archive. */
export function makePng(size: number, rgb: [number, number, number]): Uint8Array {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: size }, () => rgb).flat())]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: size }, () => row)));
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new Uint8Array(Buffer.concat([signature, pngChunk('IHDR', header), pngChunk('IDAT', pixels), pngChunk('IEND', Buffer.alloc(0))]));
}
