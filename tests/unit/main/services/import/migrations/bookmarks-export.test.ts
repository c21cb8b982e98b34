/**
 * A browser's bookmarks file (Chrome's, Firefox's, Safari's samples in tests/fixtures/migrations): recognised by
 * its doctype whatever it is called, each bookmark a link-only entry with its title, address, tags and added date,
 * its folder a collection (a nested path joined), the browser's own bars none; an address in two folders one entry
 * on both; a bookmarklet named in the report; any other .html file still a web page.
 */
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { isArchiveBytes } from '../../../../../../src-main/services/import-job/expand-archive';
import { decodeEntities } from '../../../../../../src-main/services/import/migrations/netscape-bookmarks';
import { importSample, sampleBytes } from './fixture';
import { importExportBytes } from './run-export';

describe('bookmarks.html', () => {
  it('is told from a web page by its doctype, not its name', () => {
    expect(isArchiveBytes('Favoris.htm', sampleBytes('safari-bookmarks.html'))).toBe(true);
    expect(isArchiveBytes('tide-tables.html', sampleBytes('tide-tables.html'))).toBe(false);
    expect(isArchiveBytes('bookmarks.txt', sampleBytes('chrome-bookmarks.html'))).toBe(false);
  });

  it('imports Chrome’s bookmarks as link-only entries on their folders’ collections', async () => {
    const { articles, failures } = await importSample('chrome-bookmarks.html');
    expect(articles.map((a) => [a.meta.title, a.meta.collectionNames ?? []])).toEqual([
      ['Das Tramnetz', []],
      ['Harbour Pilots & the Night Tide', ['Reading', 'Cooking']],
      ['The Last Lighthouse Keepers', ['Reading / Longform']],
      ['Sourdough, slowly', ['Cooking']],
    ]);
    for (const article of articles) expect(article.meta).toMatchObject({ linkOnly: true, wordCount: 0 });
    expect(articles[0]?.meta).toMatchObject({ url: 'https://tram.example.ch/netz', addedAt: '2023-11-14T22:15:00.000Z', originalName: 'chrome-bookmarks.html' });
    expect(failures).toEqual([
      expect.objectContaining({ code: 'exportEntryInvalid', params: expect.objectContaining({ entry: '\u2068Save to reader\u2069', field: 'HREF' }) }),
    ]);
  });

  it('keeps Firefox’s tags and passes over its place: queries', async () => {
    const { articles, failures } = await importSample('firefox-bookmarks.html');
    expect(failures).toEqual([]);
    expect(articles.map((a) => [a.meta.title, a.meta.tags, a.meta.collectionNames ?? []])).toEqual([
      ['On Marginalia', ['reading', 'notes'], []],
      ['How the Moon Moves the Sea', ['tides', 'moon'], ['Science']],
      ['Café culture in École street', [], []],
    ]);
    expect(articles[1]?.meta.addedAt).toBe('2024-01-02T00:00:00.000Z');
  });

  it('reads Safari’s file, which has no outer list and no dates', async () => {
    const { articles } = await importSample('safari-bookmarks.html');
    expect(articles.map((a) => [a.meta.title, a.meta.collectionNames, a.meta.addedAt])).toEqual([
      ['World & Nation', ['Favorites'], undefined],
      ['The Art of Walking Slowly', ['Reading List'], undefined],
    ]);
  });

  it('decodes the character references exporters write', () => {
    expect(decodeEntities('a &amp; b &lt;c&gt; &quot;d&quot; &#39;e&#39; &#x00E9; &bogus;')).toBe('a & b <c> "d" \'e\' é &bogus;');
  });

  it('a bookmarks file with no bookmark imports nothing and says nothing is wrong', async () => {
    const { articles, failures } = await importExportBytes(strToU8('<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<H1>Bookmarks</H1>\n<DL><p>\n</DL>'), 'empty.html');
    expect(articles).toEqual([]);
    expect(failures).toEqual([]);
  });
});
