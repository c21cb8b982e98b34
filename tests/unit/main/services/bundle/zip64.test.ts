/**
 * ZIP64 (issue 12: backups of 100,000 articles): an archive of more than 65,535 entries is written with the ZIP64
 * end records and read back whole; entry offsets past 4 GiB go through the ZIP64 extra field; a ZIP64 archive made
 * by Info-ZIP's zip reads as the bundle it is; an archive whose 16-bit count was cut off is refused, not read partly;
 * an ordinary import still refuses that many entries.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { archiveLimits, BACKUP_ARCHIVE_LIMITS, readArchive } from '../../../../../src-main/services/bundle';
import { ArchiveProblem } from '../../../../../src-main/services/bundle/archive-problem';
import { extractEntry } from '../../../../../src-main/services/bundle/extract-entry';
import { readZipDirectory } from '../../../../../src-main/services/bundle/zip-directory';
import { readZipEnd } from '../../../../../src-main/services/bundle/zip-end-record';
import { ZipFileWriter, type ZipFileInput } from '../../../../../src-main/services/bundle/zip-file-writer';
import { centralHeader, endRecords } from '../../../../../src-main/services/bundle/zip-records';

const ENTRIES = 70_000;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

async function writeZip(files: ZipFileInput[]): Promise<Uint8Array> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const writer = new ZipFileWriter(stream, new Date('2026-12-02T12:00:00Z'));
  for (let i = 0; i < files.length; i += 1000) await writer.add(files.slice(i, i + 1000));
  await writer.finish(async () => undefined);
  stream.end();
  return new Uint8Array(Buffer.concat(chunks));
}

const tinyFiles = (): ZipFileInput[] =>
  Array.from({ length: ENTRIES }, (_, i) => ({ path: `n/${i}.md`, bytes: encoder.encode(`note ${i}`), compress: i % 1000 === 0 }));

describe('ZIP64', () => {
  it('writes more than 65,535 entries with the ZIP64 end records, and reads every one back', async () => {
    const bytes = await writeZip(tinyFiles());
    expect(readZipEnd(bytes)).toMatchObject({ zip64: true, count: ENTRIES });
    const entries = readZipDirectory(bytes, BACKUP_ARCHIVE_LIMITS.maxEntries);
    expect(entries).toHaveLength(ENTRIES);
    expect(entries[ENTRIES - 1]?.rawName).toBe(`n/${ENTRIES - 1}.md`);
    for (const index of [0, 1, 65_535, 65_536, ENTRIES - 1]) {
      expect(decoder.decode(extractEntry(bytes, entries[index]!))).toBe(`note ${index}`);
    }
  });

  it('keeps the ordinary import limit: a zip from elsewhere with 70,000 entries is refused before its directory is read', async () => {
    const bytes = await writeZip(tinyFiles());
    const contents = readArchive(bytes, 'Many.zip', archiveLimits());
    expect(contents.failures).toMatchObject([{ path: 'Many.zip', reason: 'The archive has too many entries (70,000; the limit is 50,000).', code: 'archiveTooManyEntries' }]);
  });

  it('writes a small archive without ZIP64', async () => {
    const bytes = await writeZip([{ path: 'a.md', bytes: encoder.encode('A'), compress: true }]);
    expect(readZipEnd(bytes).zip64).toBe(false);
    expect(readZipDirectory(bytes, 10).map((entry) => entry.rawName)).toEqual(['a.md']);
  });

  it('puts a local header offset past 4 GiB in the ZIP64 extra field, and reads it from there', () => {
    const far = 2 ** 32 + 12_345;
    const header = centralHeader({
      name: encoder.encode('articles/a1/body.md'), method: 8, crc32: 1, compressedSize: 10, size: 20, localHeaderOffset: far, dosTime: 0, dosDate: 33,
    });
    const bytes = new Uint8Array(Buffer.concat([header, endRecords(1, 0, header.length)]));
    expect(readZipDirectory(bytes, 10)).toEqual([
      expect.objectContaining({ rawName: 'articles/a1/body.md', localHeaderOffset: far, size: 20, compressedSize: 10 }),
    ]);
    expect(new DataView(header.buffer, header.byteOffset).getUint32(42, true)).toBe(0xffffffff);
  });

  it('reads a ZIP64 bundle made by Info-ZIP zip 3.0 (-fz) as the bundle it is', () => {
    const bytes = new Uint8Array(readFileSync(join(process.cwd(), 'tests/fixtures/zip64/zip64-by-info-zip.offprint')));
    expect(readZipEnd(bytes).zip64).toBe(true);
    const contents = readArchive(bytes, 'zip64-by-info-zip.offprint');
    expect(contents.failures).toEqual([]);
    expect(contents.kind === 'bundle' && contents.manifest.title).toBe('Made for ZIP64');
    const articles = contents.kind === 'bundle' ? contents.articles : [];
    expect(articles.map((unit) => unit.folder)).toEqual(['articles/zip64-a1', 'articles/zip64-a2']);
    const first = articles[0]?.files.find((file) => file.path === 'article.json');
    expect(JSON.parse(decoder.decode(first?.bytes))).toMatchObject({ title: 'Rivers read through ZIP64' });
    expect(articles[0]?.files.find((file) => file.path === 'assets/square.png')?.bytes.length).toBe(6206);
  });

  it('refuses an archive whose end record lost its count past 65,535 (a writer without ZIP64), instead of reading part of it', () => {
    const files: Zippable = {};
    for (let i = 0; i < 65_540; i += 1) files[`n/${i}.md`] = [encoder.encode('x'), { level: 0 }];
    const bytes = zipSync(files);
    expect(() => readZipDirectory(bytes, BACKUP_ARCHIVE_LIMITS.maxEntries)).toThrow(ArchiveProblem);
    expect(() => readZipDirectory(bytes, BACKUP_ARCHIVE_LIMITS.maxEntries)).toThrow('holds more than its end record says');
  });

  it('refuses a ZIP64 locator that points at no ZIP64 end record', async () => {
    const bytes = await writeZip(tinyFiles().slice(0, 65_535));
    const broken = bytes.slice();
    const locator = broken.length - 22 - 20;
    new DataView(broken.buffer).setUint32(locator + 8, 0, true);
    expect(() => readZipDirectory(broken, BACKUP_ARCHIVE_LIMITS.maxEntries)).toThrow('ZIP64 end record is missing or unreadable');
    expect(readZipDirectory(bytes, BACKUP_ARCHIVE_LIMITS.maxEntries)).toHaveLength(65_535);
  });
});
