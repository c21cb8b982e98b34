/**
 * Readwise's highlights CSV (tests/fixtures/migrations/readwise-highlights.csv, the columns of Readwise's export):
 * told apart by its header, one link-only entry per book (by URL when the export has that column, else by title and
 * author) with its highlights waiting as quotes, their notes and highlight tags, dates and the book's document tags;
 * a line without a quote is named in the report and the others go on.
 */
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { isReadwiseHighlightsCsv } from '../../../../../../src-main/services/import/migrations/readwise-highlights-csv';
import { importSample } from './fixture';
import { importExportBytes } from './run-export';

const HANDBOOK = "A Reader's Handbook: Reading Well on Screens and Off Them";
const quotes = (article: { annotations?: { highlights: { selectors: unknown[]; note: string | null; createdAt: string }[] } } | undefined) =>
  article?.annotations?.highlights.map((h) => [(h.selectors[0] as { exact: string }).exact, h.note, h.createdAt]) ?? [];

describe('Readwise highlights CSV', () => {
  it('is one link-only entry per book, named by its title and author, with its highlights waiting as quotes', async () => {
    const { articles, failures } = await importSample('readwise-highlights.csv');
    expect(articles.map((a) => [a.meta.title, a.meta.author, a.meta.url, a.meta.linkOnly, a.meta.tags])).toEqual([
      [HANDBOOK, 'The Offprint Team', null, true, ['reading', 'handbooks']],
      ['Harbour Pilots', 'Ann Reader', null, true, []],
    ]);
    const [handbook, pilots] = articles;
    expect(quotes(handbook)).toEqual([
      ['Speed is the most advertised and least useful of reading skills.', 'Worth quoting, with the "least" part.\n\n#favorite #speed', '2024-03-05T21:14:07.000Z'],
      ['Each section ends with something to try.', null, '2024-03-05T21:10:00.000Z'],
    ]);
    expect(quotes(pilots)).toEqual([['The tide does not wait, and neither\ndoes the pilot.', null, '2024-02-11T08:00:00.000Z']]);
    // Two books of the same title by different authors are two entries, each its own content hash.
    expect(handbook?.meta.contentHash).not.toBe(pilots?.meta.contentHash);
    expect(failures).toEqual([
      expect.objectContaining({ code: 'exportCsvLineInvalid', params: { file: 'readwise-highlights.csv', line: 6, field: 'highlight', service: 'Readwise' } }),
    ]);
  });

  it('is recognised by its header whatever the file is called, and groups by URL when the export has one', async () => {
    const csv = [
      'Highlight,Book Title,Book Author,Amazon Book ID,Note,Color,Tags,Location Type,Location,Highlighted at,Document tags,URL',
      'First words.,An Essay,,,,,,offset,10,2024-01-01 10:00:00+00:00,,https://essays.example.org/one',
      'Second words.,An Essay (web),,,,,,offset,20,2024-01-01 10:01:00+00:00,,https://essays.example.org/one',
      'Third words.,An Essay,,,,,,offset,30,2024-01-01 10:02:00+00:00,,',
    ].join('\n');
    expect(isReadwiseHighlightsCsv(csv)).toBe(true);
    expect(isReadwiseHighlightsCsv('Title,URL,ID,Document tags,Saved date,Reading progress,Location,Seen\n')).toBe(false);
    const { articles, failures } = await importExportBytes(strToU8(csv), 'export (3).csv');
    expect(failures).toEqual([]);
    expect(articles.map((a) => [a.meta.title, a.meta.url, quotes(a).map(([quote]) => quote)])).toEqual([
      ['An Essay', 'https://essays.example.org/one', ['First words.', 'Second words.']],
      ['An Essay', null, ['Third words.']],
    ]);
  });
});
