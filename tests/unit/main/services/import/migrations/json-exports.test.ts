/**
 * Karakeep's and Hypothesis's JSON exports (samples in tests/fixtures/migrations), each told apart by its shape:
 * Karakeep's links as link-only entries and its text bookmarks as articles, with tags, states and notes;
 * Hypothesis's annotations grouped by page, each page an entry whose highlights keep the export's own selectors so
 * that the library's article at that address anchors them. A bookmark or annotation of the wrong shape is named.
 */
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { anchor, type TextQuoteSelector } from '../../../../../../src-shared/anchoring';
import { importSample } from './fixture';
import { importExportBytes } from './run-export';

describe('Karakeep JSON', () => {
  it('imports links as link-only entries and text bookmarks as articles, with tags, states and notes', async () => {
    const { articles, failures } = await importSample('karakeep-export.json');
    const [register, packing] = articles;
    expect(register?.meta).toMatchObject({
      title: 'The Lighthouse Register',
      url: 'https://lights.example.org/register',
      linkOnly: true,
      tags: ['lighthouses', 'maps'],
      addedAt: '2024-05-06T12:53:20.000Z',
      favouritedAt: '2024-05-06T12:53:20.000Z',
    });
    expect(register?.meta.archivedAt).toBeUndefined();
    expect(register?.annotations?.notes.map((n) => n.body)).toEqual(['Check the Faroe entries']);
    expect(packing?.meta).toMatchObject({ title: 'Packing list for the ferry', tags: ['travel'], archivedAt: '2024-05-07T16:40:00.000Z' });
    expect(packing?.meta.linkOnly).toBeUndefined();
    expect(packing?.text).toContain('Tickets are checked at the gangway');
    expect(failures).toEqual([expect.objectContaining({ code: 'exportEntryInvalid', params: expect.objectContaining({ entry: '\u2068Broken bookmark\u2069', field: 'tags', service: 'Karakeep' }) })]);
  });
});

describe('Hypothesis JSON', () => {
  it('groups the annotations by page: highlights with their selectors, notes and tags; page notes; replies left out', async () => {
    const { articles, failures } = await importSample('hypothesis-export.json');
    expect(articles.map((a) => [a.meta.title, a.meta.url, a.meta.linkOnly])).toEqual([
      ['Reading the Tide Tables', 'https://quay.example.org/tide-tables', true],
      ['Ferry Timetable, Winter', 'https://ferries.example.no/timetable', true],
    ]);
    const [tides, ferry] = articles;
    expect(tides?.annotations?.highlights.map((h) => h.note)).toEqual(["Fifty minutes a day: the moon's delay.\n\n#tides #moon", null]);
    const quote = tides?.annotations?.highlights[0]?.selectors.find((s) => (s as TextQuoteSelector).type === 'TextQuoteSelector') as TextQuoteSelector;
    expect(quote).toEqual({ type: 'TextQuoteSelector', exact: 'The high water comes later each day', prefix: 'ery day of the year.\n', suffix: ', by about fifty minutes, becaus' });
    expect(tides?.annotations?.highlights[0]?.selectors).toContainEqual({ type: 'TextPositionSelector', end: 318, start: 224 });
    expect(ferry?.annotations?.notes.map((n) => n.body)).toEqual(['A page note: the whole timetable changes in October.']);
    expect(failures).toEqual([expect.objectContaining({ code: 'exportEntryInvalid', params: expect.objectContaining({ field: 'uri', service: 'Hypothesis' }) })]);
    // On the page's own text (as Offprint keeps it: paragraphs apart), its selectors place it on those words.
    const text =
      'The tables say when, to the minute, for every day of the year.\n\nThe high water comes later each day, by about fifty minutes, because the moon rises later each day.';
    const found = anchor(text, { quote });
    expect(found.status).not.toBe('orphan');
    if (found.status !== 'orphan') expect(text.slice(found.start, found.end)).toBe('The high water comes later each day');
  });

  it('refuses JSON of no known shape, and names a file that is not JSON', async () => {
    const other = await importExportBytes(strToU8(JSON.stringify({ annotations: 'none', bookmarks: 3 })), 'other.json');
    expect(other.failures).toEqual([expect.objectContaining({ code: 'exportNotRecognised' })]);
    const broken = await importExportBytes(strToU8('{"bookmarks": ['), 'karakeep.json');
    expect(broken.failures).toEqual([expect.objectContaining({ code: 'exportFileNotJson' })]);
  });
});
