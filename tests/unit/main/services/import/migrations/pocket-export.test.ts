/**
 * Pocket's export zip (2025), the sample in tests/fixtures/formats/pocket-export.zip and zips built here: recognised
 * by its content, every saved item a link-only entry with its tags, added date and Archive, its highlights orphans
 * with their quotes; a broken line or a file of the wrong shape named, and the rest imported.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readArchive } from '../../../../../../src-main/services/bundle';
import { importExportBytes } from './run-export';

const SAMPLE = new Uint8Array(readFileSync(join(__dirname, '../../../../../fixtures/formats/pocket-export.zip')));
const HEADER = 'title,url,time_added,cursor,tags,status';

function exportZip(files: Record<string, string>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])));
}

describe('Pocket export zip', () => {
  it('is recognised by its content, whatever the zip and its CSV are called', () => {
    expect(readArchive(SAMPLE, 'pocket.zip').kind).toBe('migration');
    const renamed = exportZip({ 'saves.csv': `${HEADER}\nA,https://example.org/a,1700000000,1,,unread\n` });
    expect(readArchive(renamed, 'anything.zip').kind).toBe('migration');
    // A CSV of other columns (Instapaper's) in a plain zip is not a Pocket export.
    const other = exportZip({ 'export.csv': 'URL,Title,Selection,Folder,Timestamp\nhttps://example.org,A,,Unread,1700000000\n' });
    expect(readArchive(other, 'other.zip').kind).toBe('zip');
  });

  it('imports every saved item of the sample as a link-only entry: title, address, tags, added date, the Archive', async () => {
    const { articles, failures } = await importExportBytes(SAMPLE, 'pocket.zip');
    expect(failures).toEqual([]);
    expect(articles.map((a) => a.meta.title)).toEqual([
      'The Slow Reading Movement',
      "Tides, Moons and the Harbour Master's Almanac",
      'Why "read later" became "read never"',
      'Über Straßenbahnen in Zürich',
      'https://notes.example.com/untitled-page',
      'Lighthouses, a field guide',
      'An Index of Small Ferries',
    ]);
    for (const article of articles) {
      expect(article.meta.linkOnly).toBe(true);
      expect(article.body).toEqual({ format: 'text', content: '' });
      expect(article.text).toBe('');
      expect(article.meta.wordCount).toBe(0);
    }
    const [slow, tides, , tram] = articles;
    expect(slow?.meta).toMatchObject({
      url: 'https://read.example.org/essays/slow-reading',
      tags: ['reading', 'slow web'],
      addedAt: '2024-04-02T07:15:31.000Z',
      originalName: 'part_000000.csv',
    });
    expect(slow?.meta.archivedAt).toBeUndefined();
    expect(tides?.meta).toMatchObject({ url: 'https://quay.example.org/almanac?issue=4', archivedAt: '2024-03-21T07:00:00.000Z' });
    expect(tram?.meta.tags).toEqual(['verkehr', 'Öffentlicher Verkehr']);
    // Each entry its own content hash (its address's): two link-only entries are never the same empty text.
    expect(new Set(articles.map((a) => a.meta.contentHash)).size).toBe(articles.length);
  });

  it('keeps the highlights as orphans with their quotes and dates, never dropped', async () => {
    const { articles } = await importExportBytes(SAMPLE, 'pocket.zip');
    const slow = articles.find((a) => a.meta.title === 'The Slow Reading Movement');
    expect(slow?.annotations?.highlights.map((h) => [h.selectors, h.createdAt])).toEqual([
      [
        [{ type: 'TextQuoteSelector', exact: 'Reading slowly is not reading less; it is reading once, properly.', prefix: '', suffix: '' }],
        '2024-04-03T09:12:00.000Z',
      ],
      [[{ type: 'TextQuoteSelector', exact: 'the margin is where the reader answers back', prefix: '', suffix: '' }], '2024-04-03T09:16:51.000Z'],
    ]);
    const guide = articles.find((a) => a.meta.title === 'Lighthouses, a field guide');
    expect(guide?.annotations?.highlights).toHaveLength(1);
    // The same export imported twice gives the same ids: the second import merges.
    const again = await importExportBytes(SAMPLE, 'pocket.zip');
    expect(again.articles.flatMap((a) => a.annotations?.highlights.map((h) => h.id) ?? [])).toEqual(
      articles.flatMap((a) => a.annotations?.highlights.map((h) => h.id) ?? []),
    );
  });

  it('makes an entry of highlights whose address no CSV line lists', async () => {
    const zip = exportZip({
      'part_000000.csv': `${HEADER}\nA,https://example.org/a,1700000000,1,,unread\n`,
      'annotations/part_000000.json': JSON.stringify([
        { url: 'https://example.org/gone', title: 'Gone from the list', highlights: [{ quote: 'words kept', created_at: 1700000100 }] },
      ]),
    });
    const { articles, failures } = await importExportBytes(zip, 'pocket.zip');
    expect(failures).toEqual([]);
    expect(articles.map((a) => [a.meta.title, a.meta.linkOnly, a.annotations?.highlights.length ?? 0])).toEqual([
      ['A', true, 0],
      ['Gone from the list', true, 1],
    ]);
  });

  it('names a broken line (file and line), a line without a web address, and a file of the wrong columns; the rest is imported', async () => {
    const zip = exportZip({
      'part_000000.csv': [
        HEADER,
        'One,https://example.org/1,1700000000,1,,unread',
        '"Two "broken" quote",https://example.org/2,1700000000,2,,unread',
        'Three,javascript:alert(1),1700000000,3,,unread',
        'Four,https://example.org/4,1700000000,4,,archive',
      ].join('\n'),
      'part_000001.csv': 'name,link\nX,https://example.org/x\n',
      'annotations/part_000000.json': '{"not": "a list"}',
    });
    const { articles, failures } = await importExportBytes(zip, 'pocket.zip');
    expect(articles.map((a) => a.meta.title)).toEqual(['One', 'Four']);
    expect(failures.map((f) => [f.path, f.code, f.reason])).toEqual([
      [
        'pocket.zip › part_000000.csv',
        'exportCsvBadQuote',
        'Line 3 of part_000000.csv cannot be read: a quotation mark in it is out of place. The other lines of the Pocket export are imported.',
      ],
      [
        'pocket.zip › part_000000.csv',
        'exportCsvLineInvalid',
        'Line 4 of part_000000.csv cannot be read: its “url” is missing or not in the Pocket export’s format.',
      ],
      [
        'pocket.zip › part_000001.csv',
        'exportCsvColumnMissing',
        'part_000001.csv is not in the format of a Pocket export: its first line names no “title” column (a Pocket export’s first line is title,url,time_added,cursor,tags,status). Nothing in this file was imported.',
      ],
      [
        'pocket.zip › annotations/part_000000.json',
        'exportFileNotList',
        'annotations/part_000000.json is not in the format of a Pocket export: it should be a list of entries.',
      ],
    ]);
  });

  it('names annotations of the wrong shape, and JSON that cannot be read', async () => {
    const zip = exportZip({
      'part_000000.csv': `${HEADER}\nA,https://example.org/a,1700000000,1,,unread\n`,
      'annotations/part_000000.json': JSON.stringify([{ title: 'No address', highlights: [] }, { url: 'https://example.org/a', highlights: 'none' }]),
      'annotations/part_000001.json': '[{"url": ',
    });
    const { articles, failures } = await importExportBytes(zip, 'pocket.zip');
    expect(articles).toHaveLength(1);
    expect(failures.map((f) => [f.code, f.params])).toEqual([
      ['exportEntryInvalid', { entry: '\u2068No address\u2069', file: 'annotations/part_000000.json', field: 'url', service: 'Pocket' }],
      ['exportEntryInvalid', { entry: '#2', file: 'annotations/part_000000.json', field: 'highlights', service: 'Pocket' }],
      ['exportFileNotJson', { file: 'annotations/part_000001.json', service: 'Pocket' }],
    ]);
  });
});
