/**
 * `offprint-bundle inspect` and `validate`, run in-process: what would be imported from a folder, a plain zip or a
 * bundle, with metadata, and what would fail and why; validate's exit code and one line per problem.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildZip, manifestEntry, articleEntries } from '../services/bundle/support/zip-builder';
import { articlesFolder, cli, scratch, write } from './cli-helpers';

let root: string;
beforeEach(() => {
  root = scratch();
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('inspect', () => {
  it('--json prints every article with its metadata and text, and every failure with its reason', async () => {
    articlesFolder(root);
    const run = await cli(root, 'inspect', 'articles', '--json');
    expect(run.code).toBe(0);
    const items = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(items.map((i) => [i['kind'], i['path']])).toEqual([
      ['article', 'articles/rivers.md'],
      ['article', 'articles/web/bridges.html'],
      ['article', 'articles/zh/security.txt'],
      ['failure', 'articles/report.docx'],
    ]);
    expect(items[0]).toMatchObject({
      title: 'Rivers of the North',
      author: 'Ada Reader',
      publishedAt: '2017-09-28',
      language: 'en',
      url: 'https://example.org/rivers',
      tags: ['water', 'maps'],
      wordCount: 11,
      format: 'markdown',
      assets: [{ name: 'square.png', mediaType: 'image/png', bytes: readFileSync(join(root, 'articles/images/square.png')).length }],
      text: expect.stringContaining('The rivers of the north run cold and clear.'),
    });
    expect(items[1]).toMatchObject({ title: 'Bridges', author: 'Ben Builder', source: 'Engineering Weekly', language: 'en' });
    expect(items[2]).toMatchObject({ title: '全球安全治理的中国方案', language: 'zh', text: expect.stringContaining('各国应当加强合作') });
    expect(items[3]).toEqual({ kind: 'failure', path: 'articles/report.docx', reason: expect.stringContaining('cannot import “.docx” files') });
  });

  it('prints a readable summary of a plain zip, its members named inside it', async () => {
    write(root, 'reading.zip', zipSync({ 'notes/one.md': new TextEncoder().encode('# One\n\nFirst note.'), 'notes/two.txt': new TextEncoder().encode('Two\n\nSecond note.') }));
    const run = await cli(root, 'inspect', 'reading.zip');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('reading.zip › notes/one.md (Markdown)\n  Title:      One\n');
    expect(run.stdout).toContain('reading.zip › notes/two.txt (text)\n  Title:      Two\n');
    expect(run.stdout).toMatch(/2 articles would be imported; 0 files or articles would fail\.\n$/);
  });

  it('inspects a bundle: identifiers, notes, and the failures inside it', async () => {
    write(root, 'Library.offprint', buildZip([
      manifestEntry(2),
      ...articleEntries('0001', { author: 'Ada' }),
      { name: 'articles/0001/annotations.json', data: JSON.stringify({ notes: [{ id: 'n', body: 'Hi', createdAt: '2024-01-01T00:00:00Z', updatedAt: '2024-01-01T00:00:00Z' }], highlights: [] }) },
      { name: 'articles/0007/article.json', data: '{"id":"0007"}' },
      { name: 'articles/0007/body.md', data: 'Text' },
    ]));
    const run = await cli(root, 'inspect', 'Library.offprint', '--json');
    expect(JSON.parse(run.stdout)).toEqual([
      expect.objectContaining({ kind: 'article', path: 'Library.offprint › articles/0001', identifier: '0001', author: 'Ada', notes: 1 }),
      { kind: 'failure', path: 'Library.offprint › articles/0007/article.json', reason: 'title is missing' },
    ]);
  });
});

describe('validate', () => {
  it('exits with 1 and prints one line per problem', async () => {
    write(root, 'Library.offprint', buildZip([
      manifestEntry(3, { version: 1 }),
      ...articleEntries('0001'),
      { name: 'articles/0007/article.json', data: '{"id":"0007"}' },
      { name: 'articles/0007/body.md', data: 'Text' },
      ...articleEntries('0008', { publishedAt: 'soon' }),
    ]));
    const run = await cli(root, 'validate', 'Library.offprint');
    expect(run.code).toBe(1);
    expect(run.stdout.trim().split('\n')).toEqual([
      'Library.offprint › articles/0007/article.json: title is missing',
      'Library.offprint › articles/0008/article.json: publishedAt must be an ISO 8601 date or timestamp (2017-09-28 or 2017-09-28T08:30:00Z), or null',
    ]);
    expect(run.stderr).toBe('2 problems found; 1 article is valid.\n');
  });

  it('names a bundle of a newer version, and an archive that is not a zip', async () => {
    write(root, 'new.offprint', buildZip([manifestEntry(1, { version: 3 }), ...articleEntries('0001')]));
    write(root, 'broken.zip', 'This is a text file that someone renamed to .zip by mistake.');
    const run = await cli(root, 'validate', '.');
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      'broken.zip: It is not a zip archive, or it is damaged (its table of contents is missing).\n' +
        'new.offprint › manifest.json: the bundle was made by a newer Offprint (format version 3; this Offprint reads version 1). Update Offprint to import it\n',
    );
  });

  it('exits with 0 and a summary when everything is right', async () => {
    write(root, 'Library.offprint', buildZip([manifestEntry(2), ...articleEntries('0001'), ...articleEntries('0002')]));
    expect(await cli(root, 'validate', 'Library.offprint')).toEqual({
      code: 0,
      stdout: 'OK: 2 articles, 1 bundle of format version 1, no problems.\n',
      stderr: '',
    });
  });

  it('a folder with nothing to import is a problem', async () => {
    write(root, 'empty/image.png', new Uint8Array([1]));
    expect(await cli(root, 'validate', 'empty')).toMatchObject({ code: 1, stdout: 'empty: nothing to import (no articles found).\n' });
  });
});
