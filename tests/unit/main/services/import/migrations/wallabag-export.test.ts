/**
 * wallabag's v2 JSON export, written here as wallabag writes it (its own import fixtures give the shape: content
 * HTML, tags, is_archived/is_starred, dates with a numeric zone, Annotator annotations with quote, text and ranges).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readPath } from '../../../../../../src-main/services/bundle/read-path';
import { isArchivePath } from '../../../../../../src-main/services/import-job/expand-archive';
import { OPENABLE_EXTENSIONS } from '../../../../../../src-main/services/import/importers';
import { importExportBytes } from './run-export';

const TIDE = {
  id: 4668,
  title: 'The Tide Tables of the North Quay',
  url: 'https://quay.example.org/tides',
  is_archived: 1,
  is_starred: 1,
  created_at: '2016-09-08T11:55:58+0200',
  updated_at: '2016-09-10T08:00:00+0200',
  published_at: '2016-09-01T06:00:00+0200',
  published_by: ['Tomas Berg'],
  mimetype: 'text/html',
  language: 'en',
  reading_time: 2,
  domain_name: 'quay.example.org',
  tags: ['tides', 'north quay'],
  content:
    '<p>The tide tables are printed each spring and nailed to the door of the harbour master’s office, where the fishermen on the quay read them before dawn.</p>\n' +
    '<p>High water comes an hour later each day. The tables also give the height of every tide, so a skipper knows when the bar can be crossed.</p>\n' +
    '<p>At spring tides the water covers the lowest step of the quay; at neap tides the step stays dry all day.</p>',
  annotations: [
    {
      user: 'ann',
      annotator_schema_version: 'v1.0',
      id: 5,
      text: 'Check this against the almanac.',
      created_at: '2016-09-09T09:00:00+0200',
      updated_at: '2016-09-09T09:00:00+0200',
      quote: 'High water comes an hour later each day.',
      ranges: [{ start: '/p[2]', startOffset: '0', end: '/p[2]', endOffset: '40' }],
    },
    { user: 'ann', annotator_schema_version: 'v1.0', id: 6, text: '', quote: 'the quay', ranges: [] },
    {
      user: 'ann',
      annotator_schema_version: 'v1.0',
      id: 7,
      text: 'Where the ledge is.',
      quote: 'the quay',
      ranges: [{ start: '/p[3]', startOffset: '52', end: '/p[3]', endOffset: '60' }],
    },
  ],
};

const LANTERN = {
  id: 4667,
  title: 'Lanterns',
  url: 'https://quay.example.org/lanterns',
  is_archived: false,
  is_starred: false,
  created_at: '2016-09-08T11:55:58+0200',
  updated_at: '2016-09-08T11:57:16+0200',
  tags: [],
  content: '<div><p>The lanterns on the pier are paraffin lamps, trimmed every morning and lit again before the last ferry comes in across the bay.</p></div>',
};

function importJson(value: unknown, name = 'wallabag-export.json') {
  return importExportBytes(strToU8(typeof value === 'string' ? value : JSON.stringify(value)), name);
}

describe('wallabag JSON export', () => {
  it('is a file Offprint opens, read by its content', async () => {
    expect(OPENABLE_EXTENSIONS).toContain('.json');
    expect(await isArchivePath('/home/ann/Downloads/All articles.json')).toBe(true);
  });

  it('imports each entry with its text, title, author, address, tags, language and dates', async () => {
    const { articles, failures } = await importJson([TIDE, LANTERN]);
    expect(failures).toEqual([]);
    expect(articles).toHaveLength(2);
    const [tide, lantern] = articles;
    expect(tide?.meta).toMatchObject({
      title: 'The Tide Tables of the North Quay',
      author: 'Tomas Berg',
      url: 'https://quay.example.org/tides',
      tags: ['tides', 'north quay'],
      language: 'en',
      addedAt: '2016-09-08T09:55:58.000Z',
      publishedAt: '2016-09-01T04:00:00.000Z',
    });
    expect(tide?.text).toContain('High water comes an hour later each day.');
    expect(lantern?.meta).toMatchObject({ title: 'Lanterns', url: 'https://quay.example.org/lanterns', tags: [] });
  });

  it('keeps is_archived and is_starred as the reading states, dated by the entry’s last change', async () => {
    const { articles } = await importJson([TIDE, LANTERN]);
    expect(articles[0]?.meta).toMatchObject({ archivedAt: '2016-09-10T06:00:00.000Z', favouritedAt: '2016-09-10T06:00:00.000Z' });
    expect(articles[1]?.meta.archivedAt).toBeUndefined();
    expect(articles[1]?.meta.favouritedAt).toBeUndefined();
  });

  it('puts an annotation back on its words with its note, and keeps an ambiguous one as an orphan', async () => {
    const { articles } = await importJson([TIDE]);
    const [placed, ambiguous] = articles[0]?.annotations?.highlights ?? [];
    const text = articles[0]?.text ?? '';
    const position = placed?.selectors[1] as { start: number; end: number };
    expect(text.slice(position.start, position.end)).toBe('High water comes an hour later each day.');
    expect(placed?.selectors[0]).toMatchObject({ type: 'TextQuoteSelector', exact: 'High water comes an hour later each day.', suffix: expect.stringMatching(/^ The tables/) });
    expect(placed).toMatchObject({ note: 'Check this against the almanac.', createdAt: '2016-09-09T07:00:00.000Z', color: 'yellow' });
    // "the quay" is in the text twice: it is not placed on either.
    expect(ambiguous?.selectors).toEqual([{ type: 'TextQuoteSelector', exact: 'the quay', prefix: '', suffix: '' }]);
    expect(ambiguous?.note).toBeNull();
  });

  it('places a quote the text holds twice where its Annotator range puts it', async () => {
    const { articles } = await importJson([TIDE]);
    const located = articles[0]?.annotations?.highlights[2];
    const text = articles[0]?.text ?? '';
    const position = located?.selectors[1] as { start: number; end: number };
    expect(text.slice(position.start - 15, position.end)).toBe('lowest step of the quay');
    expect(located?.note).toBe('Where the ledge is.');
  });

  it('reports an entry of the wrong shape by its title and field, and imports the others', async () => {
    const { articles, failures } = await importJson([{ ...TIDE, tags: 'tides' }, { title: 'No address', content: '<p>x</p>', is_archived: 0 }, LANTERN]);
    expect(articles.map((article) => article.meta.title)).toEqual(['Lanterns']);
    expect(failures.map((failure) => [failure.path, failure.code, failure.params])).toEqual([
      ['wallabag-export.json', 'exportEntryInvalid', { entry: '\u2068The Tide Tables of the North Quay\u2069', file: 'wallabag-export.json', field: 'tags', service: 'wallabag' }],
      ['wallabag-export.json', 'exportEntryInvalid', { entry: '\u2068No address\u2069', file: 'wallabag-export.json', field: 'url', service: 'wallabag' }],
    ]);
  });

  it('reports broken JSON, and JSON that is not a wallabag export, each as one clear failure', async () => {
    expect((await importJson('[{"title": "cut off', 'cut.json')).failures).toEqual([
      expect.objectContaining({ path: 'cut.json', code: 'exportFileNotJson', params: { file: 'cut.json', service: 'wallabag' } }),
    ]);
    expect((await importJson({ name: 'offprint', version: '1.0.0' }, 'package.json')).failures).toEqual([
      expect.objectContaining({ path: 'package.json', code: 'exportNotRecognised' }),
    ]);
  });

  it('is read the same way by the bundle tool (offprint-bundle inspect, pack), from a file on disk', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'offprint-wallabag-'));
    try {
      const file = path.join(folder, 'export.json');
      writeFileSync(file, JSON.stringify([TIDE, LANTERN]));
      const { outcomes } = await readPath(file);
      expect(outcomes.map((outcome) => ('article' in outcome ? outcome.article.meta.title : outcome.failure.reason))).toEqual([
        'The Tide Tables of the North Quay',
        'Lanterns',
      ]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('reports an entry with no readable text', async () => {
    const { failures } = await importJson([{ ...LANTERN, content: '   ' }]);
    expect(failures).toEqual([expect.objectContaining({ code: 'exportEntryNoText', params: { entry: '\u2068Lanterns\u2069', service: 'wallabag' } })]);
  });
});
