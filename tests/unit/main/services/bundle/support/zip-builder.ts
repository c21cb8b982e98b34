/**
 * Builds zip archives byte by byte for tests, including the hostile ones no ordinary tool would write: sizes that
 * lie, unsafe names, symbolic links, encrypted or unknown-method entries, wrong checksums.
 */
import { crc32, deflateRawSync } from 'node:zlib';

export interface RawEntry {
  name: string;
  data?: Uint8Array | string;
  /** 0 stored, 8 deflate (default: 8). */
  method?: number;
  /** Overrides of what the directory declares. */
  declaredSize?: number;
  declaredCompressedSize?: number;
  crc?: number;
  flags?: number;
  symlink?: boolean;
  /** The compressed bytes as written (default: the data compressed with `method`). */
  payload?: Uint8Array;
}

const encoder = new TextEncoder();

function bytesOf(data: Uint8Array | string | undefined): Uint8Array {
  return typeof data === 'string' ? encoder.encode(data) : (data ?? new Uint8Array(0));
}

export function buildZip(entries: readonly RawEntry[], options: { comment?: string } = {}): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const data = bytesOf(entry.data);
    const method = entry.method ?? 8;
    const payload = entry.payload ?? (method === 8 ? deflateRawSync(data) : data);
    const name = Buffer.from(entry.name, 'utf8');
    const crc = entry.crc ?? crc32(data);
    const size = entry.declaredSize ?? data.length;
    const compressedSize = entry.declaredCompressedSize ?? payload.length;
    const flags = (entry.flags ?? 0) | 0x800;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(compressedSize, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, Buffer.from(payload));
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(entry.symlink ? 0x0314 : 0x0014, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(compressedSize, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(entry.symlink ? (0o120777 << 16) >>> 0 : 0, 38);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + payload.length;
  }
  const directory = Buffer.concat(centrals);
  const comment = Buffer.from(options.comment ?? '', 'utf8');
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(comment.length, 20);
  return new Uint8Array(Buffer.concat([...locals, directory, end, comment]));
}

/** A manifest.json entry for a bundle of `articleCount` articles. */
export function manifestEntry(articleCount: number, extra: Record<string, unknown> = {}): RawEntry {
  const manifest = {
    format: 'offprint-bundle',
    version: 1,
    title: 'Test bundle',
    creator: 'tests',
    created: '2024-05-01T09:30:00Z',
    articleCount,
    ...extra,
  };
  return { name: 'manifest.json', data: JSON.stringify(manifest) };
}

/** The entries of one article folder. */
export function articleEntries(
  id: string,
  meta: Record<string, unknown> = {},
  body: { file?: string; content?: string } = {},
): RawEntry[] {
  return [
    { name: `articles/${id}/article.json`, data: JSON.stringify({ id, title: `Article ${id}`, ...meta }) },
    { name: `articles/${id}/${body.file ?? 'body.md'}`, data: body.content ?? `Some words about article ${id}.\n\nA second paragraph.` },
  ];
}
