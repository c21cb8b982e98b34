/**
 * `offprint-bundle inspect` and `pack` take the saved-page and book formats like the app's import: EPUB, Safari web
 * archives, MHTML, SingleFile; and Pocket's export zip, whose items are link-only entries; and the exports that are one
 * file (bookmarks.html, Instapaper's, Raindrop's and Readwise Reader's CSV, Karakeep's and Hypothesis's JSON).
 */
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli, scratch } from './cli-helpers';

const FORMATS = join(process.cwd(), 'tests/fixtures/formats');
const FILES = ['chromium-snapshot.mhtml', 'epub3-harbour.epub', 'safari-quay.webarchive', 'singlefile-quay.html'];

let root: string;
beforeEach(() => {
  root = scratch();
  mkdirSync(join(root, 'saved'));
  for (const file of FILES) copyFileSync(join(FORMATS, file), join(root, 'saved', file));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

async function inspectJson(path: string): Promise<Record<string, unknown>[]> {
  const run = await cli(root, 'inspect', path, '--json');
  return JSON.parse(run.stdout) as Record<string, unknown>[];
}

const TITLES = ['Tide Tables of the Northern Shore', 'The Harbour Book', 'Lamps of the Harbour Wall', 'Night Market on the Quay'];

describe('the bundle tool and the new formats', () => {
  it('inspects each file as an article with its images', async () => {
    const items = await inspectJson('saved');
    expect(items.map((item) => [item['kind'], item['title']])).toEqual(TITLES.map((title) => ['article', title]));
    expect(items.map((item) => (item['assets'] as unknown[]).length)).toEqual([1, 1, 2, 2]);
  });

  it('packs them into a bundle that reads back with their metadata', async () => {
    expect(await cli(root, 'pack', 'saved', '-o', 'Saved.offprint')).toMatchObject({ code: 0, stderr: '' });
    const items = await inspectJson('Saved.offprint');
    expect(items.map((item) => item['title']).sort()).toEqual([...TITLES].sort());
    const book = items.find((item) => item['title'] === 'The Harbour Book');
    expect(book).toMatchObject({ author: 'Mara Lind, Tomas Berg', source: 'Quayside Press', publishedAt: '2021-06-15', language: 'en' });
  });

  it('inspects a Pocket export as link-only entries, and packs them into a bundle that keeps them so', async () => {
    mkdirSync(join(root, 'pocket'));
    copyFileSync(join(FORMATS, 'pocket-export.zip'), join(root, 'pocket', 'pocket-export.zip'));
    const items = await inspectJson('pocket/pocket-export.zip');
    expect(items).toHaveLength(7);
    expect(items.every((item) => item['kind'] === 'article' && item['linkOnly'] === true && item['wordCount'] === 0)).toBe(true);
    expect(items[0]).toMatchObject({ title: 'The Slow Reading Movement', url: 'https://read.example.org/essays/slow-reading', tags: ['reading', 'slow web'], highlights: 2 });
    expect(await cli(root, 'pack', 'pocket', '-o', 'Pocket.offprint')).toMatchObject({ code: 0, stderr: '' });
    const packed = await inspectJson('Pocket.offprint');
    expect(packed.map((item) => [item['title'], item['linkOnly']]).sort()).toEqual(items.map((item) => [item['title'], true]).sort());
  });

  it('inspects each one-file export as its entries, naming what it cannot read, and packs them', async () => {
    const samples = join(process.cwd(), 'tests/fixtures/migrations');
    const expected: [string, number, number][] = [
      ['chrome-bookmarks.html', 4, 1],
      ['firefox-bookmarks.html', 3, 0],
      ['safari-bookmarks.html', 2, 0],
      ['instapaper-export.csv', 4, 1],
      ['raindrop-export.csv', 3, 0],
      ['readwise-reader-documents.csv', 3, 0],
      ['karakeep-export.json', 2, 1],
      ['hypothesis-export.json', 2, 1],
    ];
    mkdirSync(join(root, 'exports'));
    for (const [file, articles, failures] of expected) {
      copyFileSync(join(samples, file), join(root, 'exports', file));
      const items = await inspectJson(`exports/${file}`);
      expect([file, items.filter((item) => item['kind'] === 'article').length, items.filter((item) => item['kind'] !== 'article').length]).toEqual([file, articles, failures]);
    }
    const raindrop = await inspectJson('exports/raindrop-export.csv');
    expect(raindrop[0]).toMatchObject({ title: 'Harbour Pilots & the Night Tide', linkOnly: true, tags: ['harbours', 'night'], highlights: 2 });
    mkdirSync(join(root, 'clean'));
    for (const file of ['firefox-bookmarks.html', 'readwise-reader-documents.csv']) copyFileSync(join(samples, file), join(root, 'clean', file));
    expect(await cli(root, 'pack', 'clean', '-o', 'Moved.offprint')).toMatchObject({ code: 0, stderr: '' });
    expect((await inspectJson('Moved.offprint')).map((item) => item['title']).sort()).toEqual(
      ['A New Essay', 'Café culture in École street', 'How the Moon Moves the Sea', 'Notes on Tram Maps', 'On Marginalia', 'The Quiet Harbour'],
    );
  });
});

describe('the bundle tool and web archives', () => {
  it('inspects a .warc, a .warc.gz and a .wacz page by page, and packs a folder of them', async () => {
    const { makePng, makeWacz, makeWarc } = await import('../services/import/warc-writer');
    const { writeFileSync } = await import('node:fs');
    const long = 'The ferry leaves the quay at slack water, and the harbour master writes the hour in the book. '.repeat(5);
    const entry = (url: string, title: string, date: string) => ({ url, date, body: `<html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>${title}: ${long}</p><img src="/chart.png" alt="chart"></article></body></html>` });
    const image = { url: 'https://quay.example.org/chart.png', date: '2024-05-01T10:00:00Z', contentType: 'image/png', body: makePng(8, [1, 2, 3]) };
    mkdirSync(join(root, 'archives'));
    writeFileSync(join(root, 'archives', 'a.warc'), await makeWarc([entry('https://quay.example.org/a', 'Plain Page', '2024-05-01T10:00:00Z'), image], { gzip: false }));
    writeFileSync(join(root, 'archives', 'b.warc.gz'), await makeWarc([entry('https://quay.example.org/b', 'Gzipped Page', '2024-05-02T10:00:00Z'), image], { gzip: true }));
    const inWacz = await makeWarc([entry('https://quay.example.org/c', 'Zipped Page', '2024-05-03T10:00:00Z'), image], { gzip: true });
    writeFileSync(join(root, 'archives', 'c.wacz'), makeWacz({ 'data.warc.gz': inWacz }, [{ url: 'https://quay.example.org/c', title: 'Listed Page', ts: '2024-05-03T10:00:00Z' }]));
    const items = await inspectJson('archives');
    expect(items.map((item) => [item['kind'], item['title'], item['url'], (item['assets'] as unknown[]).length])).toEqual([
      ['article', 'Plain Page', 'https://quay.example.org/a', 1],
      ['article', 'Gzipped Page', 'https://quay.example.org/b', 1],
      ['article', 'Listed Page', 'https://quay.example.org/c', 1],
    ]);
    expect(await cli(root, 'pack', 'archives', '-o', 'Archives.offprint')).toMatchObject({ code: 0, stderr: '' });
    const packed = await inspectJson('Archives.offprint');
    expect(packed.map((item) => item['title']).sort()).toEqual(['Gzipped Page', 'Listed Page', 'Plain Page']);
  });
});
