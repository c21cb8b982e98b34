/**
 * The CSV exports of Instapaper, Raindrop and Readwise Reader (samples in tests/fixtures/migrations), each told
 * apart by its header whatever the file is called: every line a link-only entry with its tags, states, folder
 * (a collection) and highlights waiting as orphans; a broken quote, a line without an address and a CSV of no
 * known service named in the report while the other lines go on.
 */
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { isArchivePath } from '../../../../../../src-main/services/import-job/expand-archive';
import { splitList } from '../../../../../../src-main/services/import/migrations/csv-service';
import { raindropHighlights } from '../../../../../../src-main/services/import/migrations/raindrop-csv';
import { importSample } from './fixture';
import { importExportBytes } from './run-export';

const quotes = (article: { annotations?: { highlights: { selectors: unknown[]; note: string | null }[] } } | undefined) =>
  article?.annotations?.highlights.map((h) => [(h.selectors[0] as { exact: string }).exact, h.note, h.selectors.length]) ?? [];

describe('Instapaper CSV', () => {
  it('imports each line: Archive and Starred as states, its own folders as collections, Selection as a waiting highlight', async () => {
    expect(await isArchivePath('/home/ann/Downloads/instapaper-export.csv')).toBe(true);
    const { articles, failures } = await importSample('instapaper-export.csv');
    expect(articles.map((a) => a.meta.title)).toEqual([
      'The Slow Reading Movement',
      'Tides, Moons and the Almanac',
      'Why readers write "in the margin"',
      'Rye bread for beginners',
    ]);
    const [slow, tides, margin, rye] = articles;
    expect(slow?.meta).toMatchObject({ linkOnly: true, tags: ['reading', 'slow web'], addedAt: '2024-04-02T07:05:31.000Z' });
    expect(slow?.meta.archivedAt).toBeUndefined();
    expect(quotes(slow)).toEqual([['Reading slowly is not reading less; it is reading once, properly.', null, 1]]);
    expect(tides?.meta).toMatchObject({ archivedAt: '2024-03-21T07:00:00.000Z' });
    expect(margin?.meta).toMatchObject({ favouritedAt: '2024-03-09T16:00:00.000Z', tags: ['notes'] });
    expect(rye?.meta.collectionNames).toEqual(['Cooking']);
    expect(slow?.meta.collectionNames).toBeUndefined();
    expect(failures).toEqual([expect.objectContaining({ code: 'exportCsvLineInvalid', params: { file: 'instapaper-export.csv', line: 6, field: 'url', service: 'Instapaper' } })]);
  });
});

describe('Raindrop CSV', () => {
  it('imports each line: folder as collection (Unsorted none), tags, favourite, note, highlights with their notes', async () => {
    const { articles, failures } = await importSample('raindrop-export.csv');
    expect(failures).toEqual([]);
    const [pilots, sourdough, ferries] = articles;
    expect(pilots?.meta).toMatchObject({
      title: 'Harbour Pilots & the Night Tide',
      linkOnly: true,
      tags: ['harbours', 'night'],
      collectionNames: ['Reading / Longform'],
      addedAt: '2024-04-05T10:11:12.000Z',
      favouritedAt: '2024-04-05T10:11:12.000Z',
    });
    expect(pilots?.annotations?.notes.map((n) => n.body)).toEqual(['Read before the trip']);
    expect(quotes(pilots)).toEqual([
      ['A pilot boards from a ladder that swings over black water.', 'The ladder scene', 1],
      ['Every harbour has its own tide table.', null, 1],
    ]);
    expect(sourdough?.meta.collectionNames).toBeUndefined();
    expect(sourdough?.meta.favouritedAt).toBeUndefined();
    expect(ferries?.meta.collectionNames).toEqual(['Travel']);
  });

  it('reads a highlight across lines, and a note across lines', () => {
    expect(raindropHighlights('Highlight:one\ntwo\nNote:a\nb\nHighlight:three', null)).toEqual([
      { quote: 'one\ntwo', note: 'a\nb', createdAt: null },
      { quote: 'three', note: null, createdAt: null },
    ]);
  });
});

describe('Readwise Reader documents CSV', () => {
  it('imports each document with its tags and saved date; Location archive is Archived', async () => {
    const { articles, failures } = await importSample('readwise-reader-documents.csv');
    expect(failures).toEqual([]);
    expect(articles.map((a) => [a.meta.title, a.meta.tags, a.meta.addedAt, a.meta.archivedAt ?? null])).toEqual([
      ['The Quiet Harbour', ['harbours', 'long reads'], '2024-03-01T09:30:00.000Z', null],
      ['Notes on Tram Maps', [], '2024-02-10T18:00:00.000Z', '2024-02-10T18:00:00.000Z'],
      ['A New Essay', ['essays'], '2024-04-20T07:05:00.000Z', null],
    ]);
  });

  it('splits the list fields as the services write them', () => {
    expect(splitList("['harbours', 'long reads']")).toEqual(['harbours', 'long reads']);
    expect(splitList('["reading","slow web"]')).toEqual(['reading', 'slow web']);
    expect(splitList('design, systems')).toEqual(['design', 'systems']);
    expect(splitList('[]')).toEqual([]);
  });
});

describe('CSV exports, bad input', () => {
  it('names a line with a broken quote and imports the others', async () => {
    const csv = ['URL,Title,Selection,Folder,Timestamp', 'https://a.example.org/,A,,Unread,1700000000', 'https://b.example.org/,"The "broken" one",,Unread,1700000001', 'https://c.example.org/,C,,Unread,1700000002'].join('\n');
    const { articles, failures } = await importExportBytes(strToU8(csv), 'export.csv');
    expect(articles.map((a) => a.meta.title)).toEqual(['A', 'C']);
    expect(failures).toEqual([expect.objectContaining({ path: 'export.csv', code: 'exportCsvBadQuote', params: { file: 'export.csv', line: 3, service: 'Instapaper' } })]);
  });

  it('names a quote never closed, keeping the lines before it', async () => {
    const csv = ['id,title,note,excerpt,url,folder,tags,created,cover,highlights,favorite', '1,A,,,https://a.example.org/,,,2024-01-01T00:00:00Z,,,false', '2,"B never closed,,,https://b.example.org/,,,2024-01-01T00:00:00Z,,,false'].join('\n');
    const { articles, failures } = await importExportBytes(strToU8(csv), 'raindrop.csv');
    expect(articles.map((a) => a.meta.title)).toEqual(['A']);
    expect(failures).toEqual([expect.objectContaining({ code: 'exportCsvQuoteNotClosed', params: { file: 'raindrop.csv', line: 3, service: 'Raindrop' } })]);
  });

  it('refuses a CSV whose columns are no service’s', async () => {
    const { articles, failures } = await importExportBytes(strToU8('name,price\nbread,3\n'), '/home/ann/shopping.csv');
    expect(articles).toEqual([]);
    expect(failures).toEqual([expect.objectContaining({ path: '/home/ann/shopping.csv', code: 'exportNotRecognised' })]);
  });
});
