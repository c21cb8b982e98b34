/**
 * Omnivore's export zip, built here as its exporter writes it (packages/api/src/jobs/export.ts): metadata files,
 * readable HTML per slug, highlights markdown. Read by the archive reader, each entry run as the import job runs it.
 */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { ArticleHighlight } from '../../../../../../src-shared/contract';
import { readArchive } from '../../../../../../src-main/services/bundle';
import { archiveLimits } from '../../../../../../src-main/services/bundle/archive-limits';
import { expandArchiveBytes } from '../../../../../../src-main/services/import-job/expand-archive';
import { importExportBytes } from './run-export';

const HARBOUR = `<DIV class="page" id="readability-page-1"><div><h1>Lights of the Harbour</h1>
<p>Every evening the keeper climbs the stair and lights the lamps along the harbour wall, one after another, from the quay to the end of the mole.</p>
<p>The fishing boats come in by those lamps. When the fog is thick the keeper rings the bell as well, and the boats steer by the sound.</p>
<p>Here the lamps are lit at dusk. In winter that is early, and the keeper has the evening to himself; the lamps are lit at dusk all year.</p>
</div></DIV>`;
const FERRY = `<DIV class="page" id="readability-page-1"><div><p>The first ferry of the day leaves the quay at six, and the timetable is pinned to the ticket office door beside the café.</p>
<p>In winter the last crossing is at nine; in summer the boats run until midnight and the café stays open for the late passengers.</p></div></DIV>`;

const METADATA = [
  {
    id: '0b7f6a2e-1111-4c2e-9f00-000000000001',
    slug: 'lights-of-the-harbour-18c2',
    title: 'Lights of the Harbour',
    description: 'A keeper and his lamps.',
    author: 'Mara Lind',
    url: 'https://quay.example.org/lights',
    state: 'Archived',
    readingProgress: 100,
    thumbnail: null,
    labels: ['harbour', 'Reading list'],
    savedAt: '2024-03-09T08:00:00.000Z',
    updatedAt: '2024-03-12T19:30:00.000Z',
    publishedAt: '2024-03-01T00:00:00.000Z',
  },
  {
    id: '0b7f6a2e-1111-4c2e-9f00-000000000002',
    slug: 'the-ferry-timetable-9a1f',
    title: 'The Ferry Timetable',
    author: null,
    url: 'https://quay.example.org/ferry',
    state: 'Succeeded',
    readingProgress: 35,
    labels: [],
    savedAt: '2024-04-02T10:15:00.000Z',
    updatedAt: '2024-04-02T10:15:00.000Z',
    publishedAt: null,
  },
];

const HIGHLIGHTS = [
  '> lights the lamps along the harbour wall \n\n#lamps\n\nThe opening image.',
  '> from the quay to the end of the mole.\n> \nThe fishing boats come in ',
  '> the lamps are lit at dusk ',
  '> a sentence the article never had ',
].join('\n\n');

function exportZip(files: Record<string, string>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])));
}

const GOOD = {
  'metadata_0_to_2.json': JSON.stringify(METADATA, null, 2),
  'content/lights-of-the-harbour-18c2.html': HARBOUR,
  'content/the-ferry-timetable-9a1f.html': FERRY,
  'highlights/lights-of-the-harbour-18c2.md': HIGHLIGHTS,
};

function importExport(files: Record<string, string>, name = 'omnivore-export.zip') {
  return importExportBytes(exportZip(files), name);
}

function quoteOf(highlight: ArticleHighlight): { exact: string; prefix: string; suffix: string } {
  return highlight.selectors[0] as { exact: string; prefix: string; suffix: string };
}

describe('Omnivore export zip', () => {
  it('is recognised by its metadata files, whatever the zip is called', () => {
    expect(readArchive(exportZip(GOOD), 'Downloads/3f2c9d.zip').kind).toBe('migration');
    expect(readArchive(exportZip({ 'notes/metadata.md': 'not an export', 'essay.md': '# An essay\n\nSome text.' }), 'x.zip').kind).toBe('zip');
  });

  it('imports each item with its text, title, author, address, labels as tags and dates', async () => {
    const { articles, failures, paths } = await importExport(GOOD);
    expect(failures).toEqual([]);
    expect(paths).toEqual([
      'omnivore-export.zip › metadata_0_to_2.json › \u2068Lights of the Harbour\u2069',
      'omnivore-export.zip › metadata_0_to_2.json › \u2068The Ferry Timetable\u2069',
    ]);
    const [harbour, ferry] = articles;
    expect(harbour?.meta).toMatchObject({
      title: 'Lights of the Harbour',
      author: 'Mara Lind',
      url: 'https://quay.example.org/lights',
      tags: ['harbour', 'Reading list'],
      addedAt: '2024-03-09T08:00:00.000Z',
      publishedAt: '2024-03-01T00:00:00.000Z',
    });
    expect(harbour?.text).toContain('Every evening the keeper climbs the stair');
    expect(ferry?.meta).toMatchObject({ title: 'The Ferry Timetable', url: 'https://quay.example.org/ferry', tags: [] });
    expect(ferry?.text).toContain('The first ferry of the day leaves the quay at six');
  });

  it('keeps an archived item archived (at its last change) and leaves the others unarchived', async () => {
    const { articles } = await importExport(GOOD);
    expect(articles[0]?.meta.archivedAt).toBe('2024-03-12T19:30:00.000Z');
    expect(articles[1]?.meta.archivedAt).toBeUndefined();
    expect(articles[0]?.meta.favouritedAt).toBeUndefined();
  });

  it('puts a quote found once back on its words, with the text around it, and its note and labels', async () => {
    const { articles } = await importExport(GOOD);
    const highlights = articles[0]?.annotations?.highlights ?? [];
    expect(highlights).toHaveLength(4);
    const [lamps, boats] = highlights as [ArticleHighlight, ArticleHighlight];
    const text = articles[0]?.text ?? '';
    const position = lamps.selectors[1] as { type: string; start: number; end: number };
    expect(position.type).toBe('TextPositionSelector');
    expect(text.slice(position.start, position.end)).toBe('lights the lamps along the harbour wall');
    expect(quoteOf(lamps)).toMatchObject({ exact: 'lights the lamps along the harbour wall', prefix: expect.stringContaining('climbs the stair and ') });
    expect(lamps.note).toBe('The opening image.\n\n#lamps');
    // A quote across two paragraphs is found with the text's own paragraph break.
    expect(quoteOf(boats).exact).toBe('from the quay to the end of the mole.\n\nThe fishing boats come in');
    expect(boats.selectors).toHaveLength(2);
  });

  it('keeps a quote that is in the text twice, or not at all, as an orphan with only its words', async () => {
    const { articles } = await importExport(GOOD);
    const [, , twice, missing] = articles[0]?.annotations?.highlights ?? [];
    expect(twice?.selectors).toEqual([{ type: 'TextQuoteSelector', exact: 'the lamps are lit at dusk', prefix: '', suffix: '' }]);
    expect(missing?.selectors).toEqual([{ type: 'TextQuoteSelector', exact: 'a sentence the article never had', prefix: '', suffix: '' }]);
  });

  it('gives the highlights the same ids on a second import, so they merge instead of doubling', async () => {
    const first = await importExport(GOOD);
    const second = await importExport(GOOD);
    const ids = (result: typeof first) => result.articles[0]?.annotations?.highlights.map((h) => h.id);
    expect(ids(second)).toEqual(ids(first));
    expect(new Set(ids(first)).size).toBe(4);
  });

  it('reports an item whose content file is missing, naming the file and the item, and imports the rest', async () => {
    const { 'content/the-ferry-timetable-9a1f.html': _dropped, ...rest } = GOOD;
    const { articles, failures } = await importExport(rest);
    expect(articles.map((article) => article.meta.title)).toEqual(['Lights of the Harbour']);
    expect(failures).toEqual([
      expect.objectContaining({
        path: 'omnivore-export.zip › metadata_0_to_2.json',
        code: 'exportContentMissing',
        params: { entry: '\u2068The Ferry Timetable\u2069', file: 'content/the-ferry-timetable-9a1f.html', service: 'Omnivore' },
      }),
    ]);
  });

  it('reports a metadata file of the wrong shape, and an item without a slug, and goes on with the other files', async () => {
    const broken = {
      ...GOOD,
      'metadata_0_to_2.json': JSON.stringify([{ title: 'No slug here', url: 'https://quay.example.org/x' }, METADATA[1]]),
      'metadata_2_to_4.json': JSON.stringify({ items: METADATA }),
      'metadata_4_to_6.json': '[{"slug": "lights-of',
    };
    const { articles, failures } = await importExport(broken);
    expect(articles.map((article) => article.meta.title)).toEqual(['The Ferry Timetable']);
    expect(failures.map((failure) => [failure.path, failure.code, failure.params])).toEqual([
      ['omnivore-export.zip › metadata_0_to_2.json', 'exportEntryInvalid', { entry: '\u2068No slug here\u2069', file: 'metadata_0_to_2.json', field: 'slug', service: 'Omnivore' }],
      ['omnivore-export.zip › metadata_2_to_4.json', 'exportFileNotList', { file: 'metadata_2_to_4.json', service: 'Omnivore' }],
      ['omnivore-export.zip › metadata_4_to_6.json', 'exportFileNotJson', { file: 'metadata_4_to_6.json', service: 'Omnivore' }],
    ]);
  });

  it('reports an item whose content has no text', async () => {
    const { failures } = await importExport({ ...GOOD, 'content/the-ferry-timetable-9a1f.html': '<div>   </div>' });
    expect(failures).toEqual([expect.objectContaining({ code: 'exportEntryNoText', params: { entry: '\u2068The Ferry Timetable\u2069', service: 'Omnivore' } })]);
  });

  it('applies the archive limits: a broken zip is one failure, a zip over the size limit is refused before inflating', () => {
    const bytes = exportZip(GOOD);
    const broken = expandArchiveBytes(bytes.slice(0, bytes.length - 30), 'cut.zip');
    expect(broken.units).toEqual([]);
    expect(broken.failures).toHaveLength(1);
    const tooLarge = readArchive(bytes, 'big.zip', archiveLimits({ maxTotalBytes: 100 }));
    expect(tooLarge.kind).toBe('unreadable');
    expect(tooLarge.failures[0]?.reason).toMatch(/too large/);
  });
});
