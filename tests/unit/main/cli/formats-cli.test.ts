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
