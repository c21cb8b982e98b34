/**
 * The limits that protect the user: entry count, entry and total size (checked before inflating), compression
 * ratio, sizes that lie (inflating stops), zip slip, and damaged or hostile archives: each named with its reason.
 */
import { createDeflateRaw } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { archiveLimits, readArchive } from '../../../../../src-main/services/bundle';
import { buildZip, type RawEntry } from './support/zip-builder';

const ZIP = 'Articles.zip';
const note = (name: string, text = 'A short note about rivers.'): RawEntry => ({ name, data: text });

function memberPaths(bytes: Uint8Array, limits = archiveLimits()): string[] {
  const contents = readArchive(bytes, ZIP, limits);
  return contents.kind === 'zip' ? contents.members.map((m) => m.path) : [];
}

/** Deflated zeros, made a megabyte at a time (the test itself never holds the inflated size). */
async function deflatedZeros(megabytes: number): Promise<Uint8Array> {
  const deflate = createDeflateRaw({ level: 9 });
  const chunks: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => chunks.push(chunk));
  const zeros = Buffer.alloc(1024 * 1024);
  for (let i = 0; i < megabytes; i += 1) deflate.write(zeros);
  await new Promise((resolve) => deflate.end(resolve));
  return new Uint8Array(Buffer.concat(chunks));
}

describe('archive limits', () => {
  it('refuses an archive with more entries than the limit, before reading any', () => {
    const zip = buildZip(Array.from({ length: 6 }, (_, i) => note(`n${i}.md`)));
    expect(readArchive(zip, ZIP, archiveLimits({ maxEntries: 5 }))).toMatchObject({
      kind: 'unreadable',
      archiveName: ZIP,
      failures: [{ path: ZIP, reason: 'The archive has too many entries (6; the limit is 5).' }],
    });
    expect(memberPaths(zip, archiveLimits({ maxEntries: 6 }))).toHaveLength(6);
  });

  it('names an entry that declares more than the per-entry limit, and reads the others', () => {
    const zip = buildZip([note('small.md'), note('big.md', 'x'.repeat(3000))]);
    const contents = readArchive(zip, ZIP, archiveLimits({ maxEntryBytes: 2048 }));
    expect(contents.failures).toMatchObject([
      { path: `${ZIP} › big.md`, reason: 'The entry is too large (3 KB; the limit is 2 KB per entry).' },
    ]);
    expect(memberPaths(zip, archiveLimits({ maxEntryBytes: 2048 }))).toEqual(['small.md']);
  });

  it('refuses an archive whose declared sizes add up to more than the total limit, before inflating', () => {
    const zip = buildZip([note('a.md', 'a'.repeat(600)), note('b.md', 'b'.repeat(600))]);
    const contents = readArchive(zip, ZIP, archiveLimits({ maxTotalBytes: 1000 }));
    expect(contents.kind).toBe('unreadable');
    expect(contents.failures[0]?.reason).toMatch(/too large once uncompressed \(1 KB; the limit is 1000 bytes\)/);
  });

  it('refuses an entry over 1 MB that expands more than 100 times', async () => {
    const payload = await deflatedZeros(2);
    const zip = buildZip([{ name: 'bomb.md', payload, declaredSize: 2 * 1024 * 1024, crc: 0 }, note('ok.md')]);
    const contents = readArchive(zip, ZIP);
    expect(contents.failures).toMatchObject([{ path: `${ZIP} › bomb.md`, reason: expect.stringMatching(/^The entry expands \d[\d,]* times \(the limit is 100 times\): it looks like a zip bomb\.$/) }]);
    expect(memberPaths(zip)).toEqual(['ok.md']);
  });

  it('stops inflating an entry that holds more than it declares: a 256 MB bomb costs no memory', async () => {
    const payload = await deflatedZeros(256);
    const zip = buildZip([{ name: 'liar.md', payload, declaredSize: 4096, crc: 0 }]);
    const before = process.memoryUsage().rss;
    const contents = readArchive(zip, ZIP);
    const grown = process.memoryUsage().rss - before;
    expect(contents.failures).toMatchObject([
      { path: `${ZIP} › liar.md`, reason: 'The entry holds more than the size it declares: it looks like a zip bomb, so Offprint stopped reading it.' },
    ]);
    expect(grown).toBeLessThan(64 * 1024 * 1024);
  });

  it('refuses an archive file over the size limit', () => {
    const zip = buildZip([note('a.md')]);
    const contents = readArchive(zip, ZIP, archiveLimits({ maxArchiveBytes: 10 }));
    expect(contents.failures).toMatchObject([{ path: ZIP, reason: expect.stringMatching(/^The archive is too large \(\d+ bytes; the limit is 10 bytes\)\.$/) }]);
  });
});

describe('zip slip and hostile entries', () => {
  it.each([
    ['../evil.md', 'leaves its folder'],
    ['notes/../../evil.md', 'leaves its folder'],
    ['..\\..\\evil.md', 'leaves its folder'],
    ['notes\\..\\..\\evil.md', 'leaves its folder'],
    ['/etc/evil.md', 'is absolute'],
    ['\\\\server\\share\\evil.md', 'is absolute'],
    ['C:/Windows/evil.md', 'starts with a drive letter'],
    ['c:evil.md', 'starts with a drive letter'],
    ['evil\u0000.md', 'contains control characters'],
  ])('refuses the entry %j (%s) and reads the rest', (name, why) => {
    const contents = readArchive(buildZip([{ name, data: 'Evil text.' }, note('good.md')]), ZIP);
    expect(contents.failures).toHaveLength(1);
    expect(contents.failures[0]?.path.startsWith(`${ZIP} › `)).toBe(true);
    expect(contents.failures[0]?.reason).toBe(`The entry's path ${why}${why === 'leaves its folder' ? ' (“..”)' : ''}, so Offprint refuses it.`);
    expect(contents.kind === 'zip' && contents.members.map((m) => m.path)).toEqual(['good.md']);
  });

  it('accepts backslash separators from Windows tools as folders', () => {
    expect(memberPaths(buildZip([note('essays\\one.md')]))).toEqual(['essays/one.md']);
  });

  it('names symbolic links, encrypted entries and unknown compression methods', () => {
    const contents = readArchive(
      buildZip([
        { name: 'link.md', data: '/etc/passwd', method: 0, symlink: true },
        { name: 'secret.md', data: 'x', flags: 1 },
        { name: 'bzip.md', data: 'x', method: 12, payload: new Uint8Array([1, 2, 3]) },
        note('fine.md'),
      ]),
      ZIP,
    );
    expect(contents.failures).toMatchObject([
      { path: `${ZIP} › bzip.md`, reason: expect.stringContaining('method 12') },
      { path: `${ZIP} › link.md`, reason: 'The entry is a symbolic link, which Offprint does not follow.' },
      { path: `${ZIP} › secret.md`, reason: 'The entry is encrypted (password-protected), which Offprint cannot read.' },
    ]);
  });

  it('names an entry whose checksum does not match, or whose data is cut off', () => {
    const zip = buildZip([{ name: 'bad-crc.md', data: 'Text.', crc: 1234 }, { name: 'garbage.md', data: 'abc', payload: new Uint8Array([0xff, 0xff, 0xff]) }]);
    expect(readArchive(zip, ZIP).failures).toMatchObject([
      { path: `${ZIP} › bad-crc.md`, reason: 'The entry is damaged (its checksum does not match).' },
      { path: `${ZIP} › garbage.md`, reason: 'The entry is damaged (its compressed data cannot be read).' },
    ]);
  });

  it('names an entry that appears twice', () => {
    const contents = readArchive(buildZip([note('a.md', 'First.'), note('A.md', 'Second.')]), ZIP);
    expect(contents.failures).toMatchObject([{ path: `${ZIP} › A.md`, reason: expect.stringContaining('two entries with this name') }]);
  });
});

describe('unreadable archives: one clear failure', () => {
  const cases: [string, Uint8Array, RegExp][] = [
    ['random bytes', new Uint8Array(Array.from({ length: 500 }, (_, i) => (i * 37) % 251)), /^It is not a zip archive, or it is damaged/],
    ['a tiny file', new Uint8Array([1, 2, 3]), /^It is not a zip archive \(the file is too short\)\.$/],
    ['an empty file', new Uint8Array(0), /^It is not a zip archive/],
    ['a zip cut in half', buildZip([note('a.md'), note('b.md')]).slice(0, 120), /^It is not a zip archive, or it is damaged/],
  ];
  it.each(cases)('%s', (_label, bytes, reason) => {
    const contents = readArchive(bytes, ZIP);
    expect(contents.kind).toBe('unreadable');
    expect(contents.failures).toMatchObject([{ path: ZIP, reason: expect.stringMatching(reason) }]);
  });

  it('a table of contents that points past the end', () => {
    const zip = buildZip([note('a.md')]);
    const broken = zip.slice();
    new DataView(broken.buffer).setUint32(broken.length - 6, 999_999, true);
    expect(readArchive(broken, ZIP).failures).toMatchObject([{ path: ZIP, reason: 'The archive is damaged (its table of contents is cut off).' }]);
  });
});
