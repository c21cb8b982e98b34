/** library.json: written when given, read back whole, checked against its schema; a bad one costs only itself. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BundleWriter, readArchive } from '../../../../../src-main/services/bundle';
import { exportedArticle } from './support/articles';
import { buildZip } from './support/zip-builder';
import { LIBRARY } from '../backup/support';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const manifest = JSON.stringify({ format: 'offprint-bundle', version: 1, title: 'T', created: '2024-05-01T09:30:00Z', articleCount: 1 });
const article = [
  { name: 'articles/a1/article.json', data: JSON.stringify({ id: 'a1', title: 'One' }) },
  { name: 'articles/a1/body.txt', data: 'Some text.' },
];

describe('library.json', () => {
  it('is written by the writer when given, and read back equal', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'offprint-library-'));
    dirs.push(dir);
    const writer = await BundleWriter.create(join(dir, 'L.offprint'), { title: 'L', creator: null });
    await writer.addArticle(exportedArticle('a1'));
    await writer.finish({ library: LIBRARY });
    const contents = readArchive(new Uint8Array(readFileSync(join(dir, 'L.offprint'))), 'L.offprint');
    expect(contents.kind === 'bundle' && contents.library).toEqual(LIBRARY);
    expect(contents.failures).toEqual([]);
  });

  it('is absent from a bundle without one (older bundles read as before)', () => {
    const contents = readArchive(buildZip([{ name: 'manifest.json', data: manifest }, ...article]), 'Old.offprint');
    expect(contents.kind === 'bundle' && 'library' in contents).toBe(false);
    expect(contents.failures).toEqual([]);
  });

  it('is reported and ignored when it does not fit its schema; the articles are read all the same', () => {
    const bad = JSON.stringify({ collections: [], articles: [{ id: '../x', position: { textOffset: -1, fraction: 2 } }], settings: [] });
    const contents = readArchive(buildZip([{ name: 'manifest.json', data: manifest }, { name: 'library.json', data: bad }, ...article]), 'Bad.offprint');
    expect(contents.kind === 'bundle' && contents.articles.length).toBe(1);
    expect(contents.kind === 'bundle' && contents.library).toBeUndefined();
    expect(contents.failures).toMatchObject([{ path: 'Bad.offprint › library.json', reason: expect.stringMatching(/articles\[0\]\.id/) }]);
  });
});
