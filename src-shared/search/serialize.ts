/**
 * The stored form of an index: one Uint8Array (IndexedDB keeps it as is). Layout: "OFPX", the format version, the
 * tokenizer version and the header's length (u32 little-endian each); the header in JSON (options, and per
 * segment its sizes, ids and versions); then each segment's arrays, every one starting on a multiple of 4 bytes.
 * Reading makes views on the given bytes, no copies.
 */
import { FIELD_COUNT } from './fields';
import type { Segment } from './segment';
import { TOKENIZER_VERSION } from './tokenize';

export const INDEX_FORMAT_VERSION = 3; // 2: the keywords field (eight fields a document); 3: packed positions
const MAGIC = 0x5846504f; // "OFPX" read as a little-endian u32

export class IndexFormatError extends Error {
  override name = 'IndexFormatError';
}

interface SegmentHeader {
  docIds: string[];
  versions: (string | null)[];
  terms: number;
  termTextBytes: number;
  postings: number;
  positions: number;
}

interface Header {
  options: unknown;
  segments: SegmentHeader[];
}

const pad4 = (n: number): number => (n + 3) & ~3;

export function writeIndex(segments: readonly Segment[], options: unknown): Uint8Array {
  const encoder = new TextEncoder();
  const texts = segments.map((seg) => encoder.encode(seg.termText));
  const header: Header = {
    options,
    segments: segments.map((seg, s) => ({
      docIds: seg.docIds,
      versions: seg.versions,
      terms: seg.termStart.length - 1,
      termTextBytes: texts[s]?.length ?? 0,
      postings: seg.postings.length,
      positions: seg.positions.length,
    })),
  };
  const headerBytes = encoder.encode(JSON.stringify(header));
  const parts: Uint8Array[] = [];
  const u32 = new Uint32Array([MAGIC, INDEX_FORMAT_VERSION, TOKENIZER_VERSION, headerBytes.length]);
  parts.push(new Uint8Array(u32.buffer), headerBytes);
  const bytesOf = (a: Uint32Array | Uint8Array): Uint8Array => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  segments.forEach((seg, s) => {
    for (const a of [seg.fieldLens, seg.termStart, seg.df, seg.postStart, seg.posStart]) parts.push(bytesOf(a));
    parts.push(seg.deleted, texts[s] ?? new Uint8Array(0), seg.postings, seg.positions);
  });
  let size = 0;
  for (const p of parts) size = pad4(size + p.length);
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at = pad4(at + p.length);
  }
  return out;
}

export interface ReadIndex {
  segments: Segment[];
  options: unknown;
}

export function readIndex(input: Uint8Array): ReadIndex {
  try {
    return read(input);
  } catch (e) {
    if (e instanceof IndexFormatError) throw e;
    throw new IndexFormatError(`The stored search index cannot be read (${String(e)}); rebuild it.`);
  }
}

function read(input: Uint8Array): ReadIndex {
  const bytes = input.byteOffset % 4 === 0 ? input : input.slice();
  const fail = (why: string): never => {
    throw new IndexFormatError(`The stored search index cannot be read (${why}); rebuild it.`);
  };
  if (bytes.length < 16) fail('too short');
  const head = new Uint32Array(bytes.buffer, bytes.byteOffset, 4);
  if (head[0] !== MAGIC) fail('not a search index');
  if (head[1] !== INDEX_FORMAT_VERSION) fail(`format ${head[1]}, expected ${INDEX_FORMAT_VERSION}`);
  if (head[2] !== TOKENIZER_VERSION) fail(`tokenizer ${head[2]}, expected ${TOKENIZER_VERSION}`);
  const headerLength = head[3] ?? 0;
  if (16 + headerLength > bytes.length) fail('truncated header');
  let header: Header;
  try {
    header = JSON.parse(new TextDecoder().decode(bytes.subarray(16, 16 + headerLength))) as Header;
  } catch {
    return fail('damaged header');
  }
  if (!Array.isArray(header.segments)) fail('damaged header');
  let at = pad4(16 + headerLength);
  const take = (length: number): number => {
    const from = at;
    at = pad4(at + length);
    if (at > pad4(bytes.length)) fail('truncated');
    return bytes.byteOffset + from;
  };
  const u32s = (n: number): Uint32Array => new Uint32Array(bytes.buffer, take(n * 4), n);
  const u8s = (n: number): Uint8Array => new Uint8Array(bytes.buffer, take(n), n);
  const decoder = new TextDecoder();
  const segments = header.segments.map((h): Segment => {
    const n = h.docIds.length;
    if (h.versions.length !== n) fail('damaged header');
    const fieldLens = u32s(n * FIELD_COUNT);
    const termStart = u32s(h.terms + 1);
    const df = u32s(h.terms);
    const postStart = u32s(h.terms + 1);
    const posStart = u32s(h.terms + 1);
    const deleted = u8s(n).slice(); // a copy: removals must not write into the caller's bytes
    const termText = decoder.decode(u8s(h.termTextBytes));
    const postings = u8s(h.postings);
    const positions = u8s(h.positions);
    if (termStart[h.terms] !== termText.length) fail('damaged terms');
    if (postStart[h.terms] !== postings.length || posStart[h.terms] !== positions.length) fail('damaged postings');
    let deletedCount = 0;
    for (const d of deleted) deletedCount += d ? 1 : 0;
    return {
      docIds: h.docIds,
      versions: h.versions,
      fieldLens,
      deleted,
      deletedCount,
      termText,
      termStart,
      df,
      postStart,
      posStart,
      postings,
      positions,
      idMap: null,
    };
  });
  return { segments, options: header.options };
}
